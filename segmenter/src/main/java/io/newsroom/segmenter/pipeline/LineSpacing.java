package io.newsroom.segmenter.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage between {@link LineSplitter} and {@link PageStyle}: undoes double spacing. Some extractions put a blank
 * line after every printed line (mutool on dev page czrb-p01: "了读书演讲⽐赛、观看励志", blank, "影⽚、康复知识讲座和免费",
 * blank, …), so a blank line says nothing about frames or paragraphs there and every line would be a block of its
 * own. Such a page is recognised and its blank lines are dropped; every other page is returned unchanged. Pure;
 * linear in the number of lines.
 */
public final class LineSpacing {

    /** Share of text lines that stand alone between blank lines above which a page may be double-spaced. */
    static final double ISOLATED_SHARE = 0.8;
    /**
     * Share of the isolated prose lines that end mid-sentence above which isolated lines are wrapped lines and not
     * paragraphs (one-paragraph-per-line pages, seed 003, also set every line off by blank lines, but most of their
     * lines end sentences: 60% on seed 003; 84% to 100% end mid-sentence on the double-spaced dev pages).
     */
    static final double MID_SENTENCE_SHARE = 0.75;
    /** Fewest isolated prose lines that show double spacing (a headline and a lead alone show nothing). */
    static final int MIN_PROSE_LINES = 8;
    /** Lines narrower than this are headlines or labels and say nothing about wrapping. */
    static final double PROSE_MIN_WIDTH = 8;

    private LineSpacing() {
    }

    /**
     * Double-spacing rule: a page is double-spaced when at least 80% of its text lines stand alone between blank
     * lines (czrb-p01 mutool: 96 of 104; a headline printed over two lines is not isolated) and at least three
     * quarters of its isolated prose lines (8 ems or wider, at least 8 of them) end mid-sentence.
     *
     * @param lines the page's lines
     * @return {@code true} for a double-spaced page
     */
    public static boolean isDoubleSpaced(List<PageLine> lines) {
        int text = 0;
        int isolated = 0;
        int prose = 0;
        int midSentence = 0;
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            text++;
            if (blankOrEdge(lines, i - 1) && blankOrEdge(lines, i + 1)) {
                isolated++;
                if (line.width() >= PROSE_MIN_WIDTH) {
                    prose++;
                    midSentence += Typography.endsSentence(line.text()) ? 0 : 1;
                }
            }
        }
        return text > 0 && isolated >= ISOLATED_SHARE * text && prose >= MIN_PROSE_LINES
                && midSentence >= MID_SENTENCE_SHARE * prose;
    }

    /**
     * @param lines the page's lines
     * @return the lines without their blank lines when the page {@link #isDoubleSpaced is double-spaced}, else
     *         {@code lines}; line numbers are kept
     */
    public static List<PageLine> undouble(List<PageLine> lines) {
        if (!isDoubleSpaced(lines)) {
            return lines;
        }
        List<PageLine> out = new ArrayList<>(lines.size() / 2 + 1);
        for (PageLine line : lines) {
            if (!line.isBlank()) {
                out.add(line);
            }
        }
        return out;
    }

    private static boolean blankOrEdge(List<PageLine> lines, int i) {
        return i < 0 || i >= lines.size() || lines.get(i).isBlank();
    }
}
