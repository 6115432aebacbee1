package io.newsroom.segmenter.pipeline;

import java.util.ArrayList;
import java.util.List;

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
        return groupHeads(joinColumnBreaks(classify(rawBlocks(lines))));
    }

    /** Splits at blank lines and frame starts; "■", jump and staff lines stand alone. */
    static List<List<PageLine>> rawBlocks(List<PageLine> lines) {
        List<List<PageLine>> blocks = new ArrayList<>();
        List<PageLine> cur = new ArrayList<>();
        boolean inMark = false;
        for (PageLine line : lines) {
            if (line.isBlank()) {
                flush(blocks, cur);
                cur = new ArrayList<>();
                inMark = false;
                continue;
            }
            boolean alone = line.isJumpOnly() || LinePatterns.isStaff(line.text())
                    || LinePatterns.isIndexHeading(line.text());
            boolean mark = LinePatterns.isMark(line.text());
            boolean bylineUnderMark = inMark && !mark && LinePatterns.isByline(line.text());
            if (line.frameStart() || alone || mark || (inMark && !bylineUnderMark)) {
                flush(blocks, cur);
                cur = new ArrayList<>();
            }
            cur.add(line);
            inMark = mark || bylineUnderMark;
            if (alone) {
                flush(blocks, cur);
                cur = new ArrayList<>();
            }
        }
        flush(blocks, cur);
        return blocks;
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
        if (lines.size() == 1 && LinePatterns.isByline(first)) {
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
        return plain <= MAX_HEAD_LINES && lines.size() <= MAX_HEAD_LINES + 1;
    }

    /**
     * Headline line rule: at most {@link #MAX_HEAD_WIDTH} ems, no "。", no sentence end but "？"/"！" (or "：" when
     * the headline goes on: "栽好梧桐引凤栖："), and no commas unless it is a subheadline ("——访…，…") or an
     * enumerated crosshead ("(一)忆往昔,…").
     *
     * @param text   line text
     * @param isLast whether it is the last line of its block
     * @return {@code true} when the line can be part of a headline group
     */
    static boolean isHeadLine(String text, boolean isLast) {
        if (text.isEmpty() || Typography.width(text) > MAX_HEAD_WIDTH + (isSubheadline(text) ? 12 : 0)
                || text.indexOf('。') >= 0 || text.indexOf('■') >= 0) {
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
     * Column-break rule: running text that stops mid-sentence continues in the next block. A lone headline-like
     * line followed by a block that opens with the end of a sentence is also running text cut by a column
     * break (002 line 178 "在深化改革开放上展现新担当新", blank, "作为。近年来，…").
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
        boolean textLike = next.kind() == BlockKind.PROSE || next.kind() == BlockKind.HEAD
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
