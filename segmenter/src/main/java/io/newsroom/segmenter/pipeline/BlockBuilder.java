package io.newsroom.segmenter.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Stage 3: groups lines into typed blocks. Blank lines and frame starts separate blocks; "■" lines, jump
 * lines and the duty editors' line stand alone. Then two rules join blocks again:
 * <ul>
 *   <li><b>column break</b>: a blank line after running text that does not end a sentence is a column break,
 *       and the next block continues the text (seed 000 line 55 "…坚持和深化市委", blank, "‘6293’工作思路，…");</li>
 *   <li><b>headline group</b>: blank-separated headline blocks that belong together form one group
 *       (000 lines 315 and 317-318: kicker, then the two-line headline).</li>
 * </ul>
 * Pure; linear in the number of lines.
 */
public final class BlockBuilder {

    /** Widest headline line in ems; wider lines are running text (000 line 315, a kicker, is 43). */
    static final double MAX_HEAD_WIDTH = 48;
    /** Most non-subheadline lines of one headline group: kicker plus a two-line headline. */
    static final int MAX_HEAD_LINES = 3;
    /** A subheadline line at least this wide may continue in the next block (004 lines 248/250). */
    static final double WRAPPED_SUBHEAD_WIDTH = 20;

    private BlockBuilder() {
    }

    /**
     * @param lines the page's lines from {@link LineSplitter#split(String)}
     * @return the page's blocks in input order
     */
    public static List<Block> build(List<PageLine> lines) {
        return groupHeads(joinColumnBreaks(splitTrailingHeads(
                classify(splitHeadRuns(splitAtWidthChange(rawBlocks(lines)))))));
    }

    /**
     * Headline-over-byline rule: extractors that print no blank lines (PDFBox, pdftotext -raw) run a headline
     * into the text before it. The last one to {@link #MAX_HEAD_LINES} lines of a prose block that read as a
     * headline, right before a byline or a dateline, are a headline block of their own, when the last of them
     * is clearly shorter than the block's column (dev czrb-p03 pdfbox: "…领域。其中工业项目8个，总",
     * "“全国助残日”活动精彩", "纷呈", "▲（卢 鸣）").
     */
    static List<Block> splitTrailingHeads(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            int k = b.kind() == BlockKind.PROSE && next != null && opensStory(next) ? trailingHeadLines(b) : 0;
            if (k == 0) {
                out.add(b);
                continue;
            }
            List<PageLine> lines = b.lines();
            out.add(Block.of(BlockKind.PROSE, lines.subList(0, lines.size() - k)));
            out.add(Block.of(BlockKind.HEAD, lines.subList(lines.size() - k, lines.size())));
        }
        return out;
    }

    /** A headline line set in its frame is at most this share of the frame's text column (larger type). */
    static final double HEAD_IN_FRAME_SHARE = 0.6;
    /** Longest run of headline lines read at the start of a block: a content-stream page's headline frames. */
    static final int MAX_HEAD_RUN = 16;
    /** Ems by which the next line of one wrapped headline may differ from the line before it. */
    static final double WRAP_TOLERANCE = 1.5;

    /**
     * Headline-run rule: headlines set over their text in the same frame, with no blank line after them, open a
     * raw block, and content-stream extractors print all headline frames of a page one after another. A run of
     * headline lines at the start of a block is split off when a dateline follows it (dev yarb-p01 pdftotext:
     * "扭起秧歌闹新春", "本报讯（记者 崔东）…"), or when its lines are set in larger type, clearly narrower than the text
     * column under them (dev yarb-p01: "黄土高原苹果", "之乡迎来销售", 6 ems, over 12-em lines), or when it is the
     * whole block. The run is then cut into headline groups by {@link #headlineGroups}.
     */
    static List<List<PageLine>> splitHeadRuns(List<List<PageLine>> raw) {
        List<List<PageLine>> out = new ArrayList<>(raw.size());
        for (List<PageLine> lines : raw) {
            int k = leadingHeadLines(lines);
            if (k == 0) {
                out.add(lines);
                continue;
            }
            out.addAll(headlineGroups(lines.subList(0, k)));
            if (k < lines.size()) {
                out.add(lines.subList(k, lines.size()));
            }
        }
        return out;
    }

    private static int leadingHeadLines(List<PageLine> lines) {
        int n = lines.size();
        int k = 0;
        while (k < MAX_HEAD_RUN && k < n && lines.get(k).jumpPage() == null
                && !LinePatterns.isMark(lines.get(k).text()) && isHeadLine(lines.get(k).text(), false)) {
            k++;
        }
        if (k == n) {
            return n > MAX_HEAD_LINES + 1 ? n : 0;
        }
        for (int j = 1; j <= k; j++) {
            String start = lines.get(j).text() + (j + 1 < n ? lines.get(j + 1).text() : "");
            if (LinePatterns.datelineLength(start) > 0) {
                return j;
            }
        }
        if (k == 0 || n - k < 2) {
            return 0;
        }
        double column = PageLine.medianWidth(lines.subList(k, n));
        int narrow = 0;
        while (narrow < k && lines.get(narrow).width() <= HEAD_IN_FRAME_SHARE * column) {
            narrow++;
        }
        return narrow == k ? k : 0;
    }

    /**
     * Cuts a run of headline lines into groups. The lines of one wrapped headline share a width and its last line
     * may be shorter, so a group ends after a line clearly shorter than the one before it, before a line clearly
     * wider, and before a narrow line that opens a wrapped headline of its own (dev lyrb-p07 pdfbox: "找出制约症结
     * 提出发展建" / "议" | "新华网载文：" / "洛阳牡丹成" / "中国“名" / "片”" | "市人大代表政协委员察看我市公交设施" |
     * "老城区历" / "史文化" / "街区亟待" / "整治").
     */
    static List<List<PageLine>> headlineGroups(List<PageLine> run) {
        List<List<PageLine>> groups = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < run.size() - 1; i++) {
            double w = run.get(i).width();
            double next = run.get(i + 1).width();
            boolean endsWrap = i > from && w < run.get(i - 1).width() - WRAP_TOLERANCE;
            boolean wider = next > w + WRAP_TOLERANCE && !isSubheadline(run.get(i + 1).text());
            boolean narrowGroup = next < HEAD_IN_FRAME_SHARE * w && i + 2 < run.size()
                    && Math.abs(run.get(i + 2).width() - next) <= WRAP_TOLERANCE;
            if (endsWrap || wider || narrowGroup) {
                groups.add(run.subList(from, i + 1));
                from = i + 1;
            }
        }
        groups.add(run.subList(from, run.size()));
        return groups;
    }

    /** Whether a block opens a story: a byline, a "■" line or prose that starts with a dateline. */
    private static boolean opensStory(Block b) {
        return b.kind() == BlockKind.BYLINE || b.kind() == BlockKind.MARK
                || (b.kind() == BlockKind.PROSE && LinePatterns.datelineLength(b.first().text()) > 0);
    }

    /** A headline's last line is at most this share of the column width. */
    static final double HEAD_TAIL_SHARE = 0.8;

    private static int trailingHeadLines(Block b) {
        List<PageLine> lines = b.lines();
        int n = lines.size();
        if (n < 3) {
            return 0;
        }
        double[] widths = lines.stream().mapToDouble(PageLine::width).sorted().toArray();
        double column = widths[widths.length * 3 / 4];
        if (lines.get(n - 1).width() > HEAD_TAIL_SHARE * column) {
            return 0;
        }
        int k = 0;
        while (k < MAX_HEAD_LINES && k < n - 2 && isHeadLine(lines.get(n - 1 - k).text(), k == 0)) {
            k++;
        }
        // the line above the headline must close the text before it or fill its column
        while (k > 0 && lines.get(n - 1 - k).width() < HEAD_TAIL_SHARE * column
                && !Typography.endsSentence(lines.get(n - 1 - k).text())) {
            k--;
        }
        return k;
    }

    /** Column widths (ems) that differ by at least this much belong to different frames. */
    static final double WIDTH_STEP = 2;
    /** Lines on each side of a possible frame boundary that give the column width there. */
    static final int WIDTH_WINDOW = 4;

    /**
     * Frame-width rule: extractors run frames of different column widths together without a blank line; where
     * a sentence ends and the column width changes, a new frame begins (dev jzrb-p11 pdftotext: a 17-em story
     * ends "…等荣誉称号。" and a 20-em photo caption begins "12月16日8时许，随着武陟县人武部组织的").
     */
    static List<List<PageLine>> splitAtWidthChange(List<List<PageLine>> raw) {
        List<List<PageLine>> out = new ArrayList<>(raw.size());
        for (List<PageLine> lines : raw) {
            int from = 0;
            for (int j = 3; j <= lines.size() - 3; j++) {
                if (j - from < 3 || !Typography.endsSentence(lines.get(j - 1).text())) {
                    continue;
                }
                double before = PageLine.medianWidth(lines.subList(Math.max(from, j - WIDTH_WINDOW), j));
                double after = PageLine.medianWidth(lines.subList(j, Math.min(lines.size(), j + WIDTH_WINDOW)));
                if (Math.abs(before - after) >= WIDTH_STEP) {
                    out.add(lines.subList(from, j));
                    from = j;
                }
            }
            out.add(from == 0 ? lines : lines.subList(from, lines.size()));
        }
        return out;
    }

    /**
     * Splits at blank lines, frame starts and datelines (a story starts there: dev lywb-e1-p2 mutool runs "…的环境。"
     * and "本报讯（记者陈曦） 上月26日，…" together); "■", jump, staff and byline lines stand alone (a byline printed
     * over its body in the same frame, dev czrb-p03 "（郭茂让 周佳佳）" over "本报讯 明光市…"; a bracketed byline may
     * wrap: "（通讯员孙春影 全媒体记者" + "汤 珏）").
     */
    static List<List<PageLine>> rawBlocks(List<PageLine> lines) {
        List<List<PageLine>> blocks = new ArrayList<>();
        List<PageLine> cur = new ArrayList<>();
        boolean inMark = false;
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (line.isBlank()) {
                flush(blocks, cur);
                cur = new ArrayList<>();
                inMark = false;
                continue;
            }
            boolean mark = LinePatterns.isMark(line.text());
            boolean bylineUnderMark = inMark && !mark && (LinePatterns.isByline(line.text())
                    || (endsWithRole(cur) && NAMES.matcher(line.text()).matches())
                    || wrapsMarkedByline(cur, line.text())
                    || (leavesBracketOpen(cur) && line.text().indexOf('）') >= 0 && line.text().length() <= SHORT_TAIL));
            int bylineLines = mark || inMark ? 0 : bylineLines(lines, i);
            boolean alone = line.isJumpOnly() || LinePatterns.isStaff(line.text())
                    || LinePatterns.isIndexHeading(line.text()) || bylineLines > 0;
            String next = i + 1 < lines.size() ? lines.get(i + 1).text() : "";
            boolean dateline = !cur.isEmpty() && LinePatterns.mayOpenWithDateline(line.text(), next)
                    && LinePatterns.datelineLength(line.text() + next) > 0;
            if (line.frameStart() || alone || mark || dateline || (inMark && !bylineUnderMark)) {
                flush(blocks, cur);
                cur = new ArrayList<>();
            }
            cur.add(line);
            if (bylineLines == 2) {
                cur.add(lines.get(++i));
            }
            inMark = mark || bylineUnderMark;
            if (alone) {
                flush(blocks, cur);
                cur = new ArrayList<>();
            }
        }
        flush(blocks, cur);
        return blocks;
    }

    /** Names alone on a line: "周东伦", "李保珠 王浩". */
    private static final Pattern NAMES = Pattern.compile(
            "[\\p{IsHan}·]{2,4}(?: +[\\p{IsHan}·]{2,4}){0,3}");
    /** A role word at a byline's end, its names wrapped onto the next line: "▲ 文/图 记者" / "周东伦" (dev hzrb-p03). */
    private static final Pattern ENDS_WITH_ROLE = Pattern.compile(
            "(?:记者|通讯员|摄影|文/图|文/摄|实习生)$");

    /** Most characters of a byline's wrapped tail: "佳）". */
    static final int SHORT_TAIL = 8;

    /** Whether the last line opens a bracket it does not close: "■（郭茂让 周佳" / "佳）" (dev czrb-p01 pdftotext). */
    private static boolean leavesBracketOpen(List<PageLine> cur) {
        if (cur.isEmpty()) {
            return false;
        }
        String last = cur.get(cur.size() - 1).text();
        return last.lastIndexOf('（') > last.lastIndexOf('）');
    }

    /**
     * Marked-byline wrap rule: a short line that completes a word of the marked byline above it, broken at the
     * column's edge ("▲N本报记者 陈钟兰 王浩志 实习" / "生 施德翔 文/图", dev hxdsb-e1-p4 pdftotext); a photo credit
     * is complete ("■ 记者 李卫超 摄" over a page label "综合", dev lyrb-p07 mutool).
     */
    private static boolean wrapsMarkedByline(List<PageLine> cur, String text) {
        if (cur.size() != 1 || text.length() > 2 * SHORT_TAIL) {
            return false;
        }
        String marked = cur.get(0).text();
        int start = 0;
        while (start < marked.length() && (LinePatterns.MARKS.indexOf(marked.charAt(start)) >= 0
                || marked.charAt(start) == ' ')) {
            start++;
        }
        String head = marked.substring(start);
        return !LinePatterns.isPhotoCredit(head) && TextAffinity.wordSpansCut(head, text)
                && LinePatterns.isByline(head + text);
    }

    private static boolean endsWithRole(List<PageLine> cur) {
        return !cur.isEmpty() && ENDS_WITH_ROLE.matcher(cur.get(cur.size() - 1).text()).find();
    }

    /**
     * 1 when line {@code i} is a byline, 2 when it and the next line are one wrapped byline (bracketed, or a short
     * tail: "N本报记者 陈钟兰 王浩志 实习" / "生 施德翔 文/图", dev hxdsb-e1-p4), else 0.
     */
    private static int bylineLines(List<PageLine> lines, int i) {
        String text = lines.get(i).text();
        boolean single = LinePatterns.isByline(text);
        boolean opens = text.startsWith("（") && text.indexOf('）') < 0;
        if ((single || opens) && i + 1 < lines.size() && !lines.get(i + 1).isBlank()
                && (opens || lines.get(i + 1).width() < HEAD_IN_FRAME_SHARE * lines.get(i).width())
                && !Typography.endsSentence(lines.get(i + 1).text())
                && LinePatterns.isByline(text + lines.get(i + 1).text())) {
            return 2;
        }
        return single ? 1 : 0;
    }

    private static void flush(List<List<PageLine>> blocks, List<PageLine> cur) {
        if (!cur.isEmpty()) {
            blocks.add(cur);
        }
    }

    /** Gives each raw block its kind. */
    static List<Block> classify(List<List<PageLine>> raw) {
        List<Block> out = new ArrayList<>(raw.size());
        for (List<PageLine> lines : raw) {
            out.add(Block.of(kindOf(lines), lines));
        }
        return out;
    }

    static BlockKind kindOf(List<PageLine> lines) {
        String first = lines.get(0).text();
        if (lines.get(0).isJumpOnly()) {
            return BlockKind.JUMP;
        }
        if (LinePatterns.isMark(first)) {
            return BlockKind.MARK;
        }
        if (LinePatterns.isStaff(first)) {
            return BlockKind.STAFF;
        }
        if (LinePatterns.isIndexHeading(first)) {
            return BlockKind.INDEX;
        }
        if ((lines.size() == 1 && LinePatterns.isByline(first))
                || (lines.size() == 2 && LinePatterns.isByline(first + lines.get(1).text()))) {
            return BlockKind.BYLINE;
        }
        if (isHeadBlock(lines)) {
            return lines.size() == 1 && LinePatterns.isColumn(first) ? BlockKind.COLUMN : BlockKind.HEAD;
        }
        return BlockKind.PROSE;
    }

    static boolean isHeadBlock(List<PageLine> lines) {
        int plain = 0;
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (line.jumpPage() != null || !isHeadLine(line.text(), i == lines.size() - 1)) {
                return false;
            }
            if (!isSubheadline(line.text())) {
                plain++;
            }
        }
        return (plain <= MAX_HEAD_LINES && lines.size() <= MAX_HEAD_LINES + 1)
                || (lines.size() <= 2 * MAX_HEAD_LINES && plain == lines.size() && HeadingRoles.isWrapped(lines));
    }

    /**
     * Headline line rule: at most {@link #MAX_HEAD_WIDTH} ems, no "。", no dateline ("本报讯（记者张苑）6", dev glrb-p01),
     * no sentence end but "？"/"！" (or "：" when
     * the headline goes on: "栽好梧桐引凤栖："), and no commas unless it is a subheadline ("——访…，…") or an
     * enumerated crosshead ("(一)忆往昔,…").
     *
     * @param text   line text
     * @param isLast whether it is the last line of its block
     * @return {@code true} when the line can be part of a headline group
     */
    static boolean isHeadLine(String text, boolean isLast) {
        if (text.isEmpty() || Typography.width(text) > MAX_HEAD_WIDTH + (isSubheadline(text) ? 12 : 0)
                || text.indexOf('。') >= 0 || text.indexOf('■') >= 0 || LinePatterns.datelineLength(text) > 0) {
            return false;
        }
        if (Typography.endsSentence(text)) {
            char end = Typography.lastSignificant(text);
            boolean allowed = end == '？' || end == '?' || end == '！' || end == '!'
                    || ((end == '：' || end == ':') && !isLast);
            if (!allowed) {
                return false;
            }
        }
        boolean commas = text.indexOf('，') >= 0 || text.indexOf(',') >= 0 || text.indexOf('；') >= 0;
        return !commas || isSubheadline(text) || LinePatterns.isEnumerated(text);
    }

    /**
     * @param text line text
     * @return {@code true} for a subheadline line, which starts with "——" ("——访阳谷县委书记彭志国")
     */
    static boolean isSubheadline(String text) {
        return text.startsWith("——") || text.startsWith("--");
    }

    /**
     * Column-break rule: running text that stops mid-sentence continues in the next block, unless that is a
     * headline group narrower than the text (dev glrb-p01: "…下午3:00-4:30，都", blank, "春节出游 文明应" / "与美景相伴"). A
     * lone headline-like line followed by a block that opens with the end of a sentence is also running text cut by
     * a column break (002 line 178 "在深化改革开放上展现新担当新", blank, "作为。近年来，…").
     */
    static List<Block> joinColumnBreaks(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Block after = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (!out.isEmpty() && continuesInto(out.get(out.size() - 1), b, after)) {
                Block prev = out.get(out.size() - 1);
                out.set(out.size() - 1, Block.of(BlockKind.PROSE, concat(prev.lines(), b.lines())));
            } else if (b.kind() == BlockKind.HEAD && b.lines().size() == 1 && after != null
                    && after.kind() == BlockKind.PROSE && !after.frameStart() && opensWithSentenceEnd(after)) {
                out.add(b.as(BlockKind.PROSE));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    /** Characters within which a block that opens with a sentence's end shows it continues one ("作为。"). */
    static final int FRAGMENT_CHARS = 4;

    private static boolean opensWithSentenceEnd(Block b) {
        String text = b.first().text();
        for (int i = 0; i < Math.min(text.length(), FRAGMENT_CHARS + 1); i++) {
            if ("。！？；".indexOf(text.charAt(i)) >= 0) {
                return i > 0;
            }
        }
        return false;
    }

    private static boolean continuesInto(Block prev, Block next, Block after) {
        if (prev.kind() != BlockKind.PROSE || prev.jumpPage() != null || Typography.endsSentence(prev.last().text())
                || next.frameStart()) {
            return false;
        }
        if (next.kind() == BlockKind.HEAD && after != null && (after.kind() != BlockKind.PROSE
                || LinePatterns.datelineLength(after.first().text()) > 0)) {
            return false;
        }
        boolean fullLine = next.lines().size() == 1
                && next.first().width() >= HEAD_TAIL_SHARE * PageLine.medianWidth(prev.lines());
        boolean textLike = next.kind() == BlockKind.PROSE || (next.kind() == BlockKind.HEAD && fullLine)
                || next.kind() == BlockKind.BYLINE || next.kind() == BlockKind.COLUMN;
        return textLike && !isSubheadline(next.first().text())
                && LinePatterns.datelineLength(next.first().text()) == 0;
    }

    private static List<PageLine> concat(List<PageLine> a, List<PageLine> b) {
        List<PageLine> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        return all;
    }

    /** Headline-group rule: joins consecutive headline blocks that form one kicker/headline/subheadline group. */
    static List<Block> groupHeads(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (!out.isEmpty() && b.kind() == BlockKind.HEAD && out.get(out.size() - 1).kind() == BlockKind.HEAD
                    && !b.frameStart() && belongsTo(out.get(out.size() - 1), b)) {
                out.set(out.size() - 1, out.get(out.size() - 1).plus(b));
                continue;
            }
            out.add(b);
        }
        return out;
    }

    private static boolean belongsTo(Block group, Block next) {
        List<PageLine> groupLines = group.lines();
        boolean groupHasSub = groupLines.stream().anyMatch(l -> isSubheadline(l.text()));
        boolean nextAllSub = next.lines().stream().allMatch(l -> isSubheadline(l.text()));
        if (groupHasSub) {
            List<PageLine> lastPart = group.parts().get(group.parts().size() - 1);
            boolean subInLastPart = lastPart.stream().anyMatch(l -> isSubheadline(l.text()));
            return subInLastPart && group.last().width() >= WRAPPED_SUBHEAD_WIDTH && next.lines().size() == 1
                    && !isSubheadline(next.first().text());
        }
        if (nextAllSub) {
            return true;
        }
        long plainGroup = groupLines.size();
        long plainNext = next.lines().stream().filter(l -> !isSubheadline(l.text())).count();
        boolean lastPartSingle = group.parts().get(group.parts().size() - 1).size() == 1;
        return lastPartSingle && plainGroup + plainNext <= MAX_HEAD_LINES;
    }
}
