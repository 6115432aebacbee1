package io.newsroom.segmenter.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 1b: takes apart the lines of an extractor that sorts text by position. PDFBox with
 * {@code setSortByPosition(true)} prints every text run at one height on one line, left to right, a space between
 * runs, so the lines of side-by-side columns and frames come out joined (dev hxdsb-e1-p2, pdfbox-sorted:
 * "【市民反映】昨日，蔡先生打 堵的正是该路的东侧路口。记者看 通往金牛山公园、江滨西大道等，" is one line of
 * each of three columns). On such a page each line is cut into its pieces and every piece is given to a column
 * stream; the streams are then printed one after another, as the other extractors print frames. Pages of other
 * extractors pass unchanged.
 *
 * <p>Rules, each with its example from that page:
 * <ul>
 *   <li><b>profile</b>: a page is read this way when at least {@link #JOINED_SHARE} of its text lines hold two or
 *       more pieces of {@link #LONG_PIECE} ems (the other extractors have at most 0.16 such lines on any dev page,
 *       pdfbox-sorted pages up to 0.85);</li>
 *   <li><b>cut</b>: a line is cut at a space between two wide characters ("…蔡先生打 堵的…"); not at one next to
 *       a digit or letter, which is the extractor's spacing inside a column ("量 1552.6亿斤"), and not in a
 *       letter-spaced line, the staff line ("值班编委：覃文鑫　值班审核：汤杰梅　…") or the page header; a line with
 *       fewer than two long pieces stays whole;</li>
 *   <li><b>names</b>: neighbouring pieces shorter than {@link #SHORT_PIECE} ems are one piece, a byline's names
 *       ("N本报记者 苏燕梅 林丹 实习生 黄"); a short piece ending in 讯 or 电 belongs to the text after it ("海都讯
 *       近日，一位市民向海");</li>
 *   <li><b>streams</b>: the pieces of a line are given, in order, to the columns of the lines just above by an
 *       order-keeping alignment that rewards a column fed on the line above, a piece as wide as the column's
 *       lines, and a column whose last line fills it mid-sentence; a piece that fits no column opens a new one.
 *       A column not fed for {@link #MAX_GAP} lines is closed.</li>
 * </ul>
 * Pure; linear in the page's length times the (small) number of columns.
 */
public final class SideBySideFrames {

    /** Least width, in ems, of a piece that counts towards the profile. */
    static final double LONG_PIECE = 8;
    /** Least share of text lines holding two long pieces for the profile. */
    static final double JOINED_SHARE = 0.2;
    /** Fewest text lines of a page read this way. */
    static final int MIN_LINES = 12;
    /** Pieces narrower than this (ems) are names or label words, joined to their short neighbours. */
    static final double SHORT_PIECE = 5;
    /** Lines without a piece after which a column stream is closed. */
    static final int MAX_GAP = 2;
    /** Paragraph indent, in ems: a paragraph's first line is this much narrower than its column. */
    static final double INDENT = 2;
    /** A lone piece this many times wider than every open column spans them: it closes them all. */
    static final double SPANNING = 1.5;
    /** Bonus of a piece that completes a word the column's last line broke off (dev glrb-p04 "老" | "少志愿者"). */
    static final double WORD_ACROSS = 1.0;
    /** Score of a piece that opens a new column; a piece goes to an open column only when that scores more. */
    static final double NEW_COLUMN = 0.8;

    private SideBySideFrames() {
    }

    /**
     * One line of text with the number of the page-text line it comes from (1-based).
     *
     * @param number line number in the normalised page text
     * @param raw    the text, unstripped (a leading space marks a frame start for {@link LineSplitter})
     */
    public record SourceLine(int number, String raw) {
    }

    /**
     * @param normalized output of {@link TextNormalizer#normalize(String)}
     * @return its lines, numbered; on a page of joined side-by-side lines, their pieces by column stream, each
     *         stream after a blank line, every piece keeping the number of the line it was cut from
     */
    public static List<SourceLine> separate(String normalized) {
        String[] raw = normalized.split("\n", -1);
        List<SourceLine> plain = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            plain.add(new SourceLine(i + 1, raw[i]));
        }
        int text = 0;
        int joined = 0;
        for (String line : raw) {
            if (!line.isBlank()) {
                text++;
                joined += longRuns(line) >= 2 ? 1 : 0;
            }
        }
        if (text < MIN_LINES || joined < JOINED_SHARE * text) {
            return plain;
        }
        List<List<String>> pieces = new ArrayList<>(raw.length);
        for (String line : raw) {
            pieces.add(pieces(line.strip()));
        }
        return streams(pieces);
    }

    /** Profile rule, in one pass and without allocating: the runs of at least {@link #LONG_PIECE} ems between cuts. */
    private static int longRuns(String line) {
        int runs = 0;
        double width = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < line.length() && Typography.isWide(line.charAt(i - 1))
                    && Typography.isWide(line.charAt(i + 1))) {
                runs += width >= LONG_PIECE ? 1 : 0;
                width = 0;
            } else if (c != ' ') {
                width += Typography.isWide(c) ? 1 : 0.5;
            }
        }
        return runs + (width >= LONG_PIECE ? 1 : 0);
    }

    /** Cut and names rules: the pieces of one stripped line (none for a blank line). */
    static List<String> pieces(String line) {
        List<String> cut = new ArrayList<>();
        if (line.isEmpty()) {
            return cut;
        }
        if (Typography.isLetterSpaced(line) || LinePatterns.isStaff(line) || LinePatterns.isPageFurniture(line)) {
            cut.add(line);
            return cut;
        }
        int start = 0;
        for (int i = 1; i < line.length() - 1; i++) {
            if (line.charAt(i) != ' ') {
                continue;
            }
            int j = i;
            while (j < line.length() && line.charAt(j) == ' ') {
                j++;
            }
            if (j < line.length() && Typography.isWide(line.charAt(i - 1)) && Typography.isWide(line.charAt(j))) {
                cut.add(line.substring(start, i));
                start = j;
            }
            i = j - 1;
        }
        cut.add(line.substring(start));
        int longPieces = 0;
        for (String piece : cut) {
            if (Typography.width(piece) >= LONG_PIECE) {
                longPieces++;
            }
        }
        if (longPieces < 2) {
            return List.of(line);
        }
        List<String> merged = new ArrayList<>(cut.size());
        boolean lastShort = false;
        for (String piece : cut) {
            int last = merged.size() - 1;
            boolean isShort = Typography.width(piece) < SHORT_PIECE;
            if (last >= 0 && isShort && lastShort) {
                merged.set(last, merged.get(last) + " " + piece); // a run of names stays one piece
            } else if (last >= 0 && opensDateline(merged.get(last))) {
                merged.set(last, merged.get(last) + " " + piece);
                lastShort = false;
            } else {
                merged.add(piece);
                lastShort = isShort;
            }
        }
        return merged;
    }

    private static boolean opensDateline(String piece) {
        char end = piece.charAt(piece.length() - 1);
        return (end == '讯' || end == '电') && Typography.width(piece) < LONG_PIECE;
    }

    /** A column stream: its pieces (line index, text) and what the alignment asks of it. */
    private static final class Column {
        final List<SourceLine> lines = new ArrayList<>();
        int lastLine;
        double width;
        String last;

        /** Whether the column was opened by a piece of a cut line (a column of side-by-side text). */
        final boolean cut;

        Column(int line, String piece, boolean cut) {
            this.cut = cut;
            add(line, piece);
        }

        void add(int line, String piece) {
            lines.add(new SourceLine(line + 1, piece));
            lastLine = line;
            width = Math.max(width, Typography.width(piece));
            last = piece;
        }

        /**
         * Streams rule: how well a piece of line {@code line} continues this column; a piece of a cut line never
         * continues a column of whole lines, a whole line continues a column of cut lines only within its width.
         */
        double fit(int line, String piece, boolean pieceCut) {
            double w = Typography.width(piece);
            if (pieceCut != cut && (pieceCut || w > width + 1)) {
                return Double.NEGATIVE_INFINITY;
            }
            double s = lastLine == line - 1 ? 1.0 : 0.4;
            if (Math.abs(w - width) <= 1) {
                s += 1.0;
            } else if (w <= width + INDENT + 0.5) {
                s += w > width ? 0.5 : 0; // a line after an indented first line is wider by the indent
            } else {
                s -= lines.size() > 1 ? 1.0 : 0.3; // wider than the column's lines: another frame
            }
            if (Typography.width(last) >= width - 1 && !Typography.endsSentence(last)) {
                s += 0.5; // the column's last line fills it mid-sentence: its text goes on below
                if (TextAffinity.wordSpansCut(last, piece)) {
                    s += WORD_ACROSS; // "…60多名老" | "少志愿者走上街头…"
                }
            }
            return s;
        }
    }

    private static List<SourceLine> streams(List<List<String>> pieces) {
        List<Column> all = new ArrayList<>();
        List<Column> open = new ArrayList<>(); // left to right
        for (int i = 0; i < pieces.size(); i++) {
            int line = i;
            open.removeIf(c -> line - c.lastLine > MAX_GAP);
            List<String> p = pieces.get(i);
            if (p.isEmpty()) {
                continue;
            }
            if (p.size() == 1) {
                double widest = 0;
                for (Column c : open) {
                    widest = Math.max(widest, c.width);
                }
                if (Typography.width(p.get(0)) > SPANNING * widest) {
                    open.clear(); // a line across the columns (a headline row, an editor's note) ends their frames
                }
            }
            int k = p.size();
            int m = open.size();
            // order-keeping alignment of the line's pieces to the open columns: score[a][b] = best for the first a
            // pieces and the first b columns; a piece is matched to a column or opens a new one
            double[][] score = new double[k + 1][m + 1];
            byte[][] move = new byte[k + 1][m + 1]; // 1 skip column, 2 new column, 3 match
            for (int a = 0; a <= k; a++) {
                for (int b = 0; b <= m; b++) {
                    if (a == 0 && b == 0) {
                        continue;
                    }
                    double best = Double.NEGATIVE_INFINITY;
                    if (b > 0 && score[a][b - 1] > best) {
                        best = score[a][b - 1];
                        move[a][b] = 1;
                    }
                    if (a > 0 && score[a - 1][b] + NEW_COLUMN > best) {
                        best = score[a - 1][b] + NEW_COLUMN;
                        move[a][b] = 2;
                    }
                    if (a > 0 && b > 0) {
                        double s = score[a - 1][b - 1] + open.get(b - 1).fit(line, p.get(a - 1), k > 1);
                        if (s > best) {
                            best = s;
                            move[a][b] = 3;
                        }
                    }
                    score[a][b] = best;
                }
            }
            List<Column> next = new ArrayList<>(m + k);
            List<Column> opened = new ArrayList<>();
            int a = k;
            int b = m;
            while (a > 0 || b > 0) {
                switch (move[a][b]) {
                    case 1 -> next.add(0, open.get(--b));
                    case 2 -> {
                        Column c = new Column(line, p.get(--a), k > 1);
                        opened.add(0, c);
                        next.add(0, c);
                    }
                    default -> {
                        Column c = open.get(--b);
                        c.add(line, p.get(--a));
                        next.add(0, c);
                    }
                }
            }
            all.addAll(opened);
            open = next;
        }
        List<SourceLine> out = new ArrayList<>();
        for (Column c : all) {
            if (!out.isEmpty()) {
                out.add(new SourceLine(c.lines.get(0).number(), ""));
            }
            out.addAll(c.lines);
        }
        return out;
    }
}
