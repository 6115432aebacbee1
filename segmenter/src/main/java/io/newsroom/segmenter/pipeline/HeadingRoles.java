package io.newsroom.segmenter.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 5: decides which lines of a headline group are the kicker (引题), the headline (主标题) and the
 * subheadline (副题). Rules, with examples from the seeds:
 * <ul>
 *   <li>a line starting with "——" starts the subheadline; its wrapped lines join with no separator;</li>
 *   <li>two blank-separated parts: the first is the kicker, the last the headline
 *       ("李长萍带队开展巡林活动" / "落 实 落 细 …" + "不断厚植…"); weak when both are about as wide;</li>
 *   <li>one part of two lines over a "——" subheadline: kicker and headline (weak)
 *       ("改革创新走在前 奋发有为勇争先" / "全力争创全市现代化建设先行区");</li>
 *   <li>one part of two lines, the second much longer: headline and an undashed subheadline (weak)
 *       ("市政府常务会议召开" / "研究招商引资、就业、培育发展新质生产力等工作");</li>
 *   <li>one part of two lines whose first is a couplet of phrases: kicker and headline (weak)
 *       ("奋进新征程 建功新时代" / "“小切口”撬动“大民生”");</li>
 *   <li>otherwise two lines are one headline printed on two lines, joined with one space
 *       ("聊城经济技术开发区在全省考核中 连续两年获得“一等”等次"); three lines are kicker + two-line headline.</li>
 * </ul>
 * Letter-spaced big type collapses ("聊 城 实 践 …" → "聊城实践…").
 */
public final class HeadingRoles {

    /** A second line this many times wider than the first reads as an undashed subheadline. */
    static final double SUBHEAD_RATIO = 1.6;
    /** The phrases of a couplet differ in length by at most this factor. */
    static final double COUPLET_BALANCE = 1.5;
    /** Each phrase of a couplet has at least this many characters. */
    static final int COUPLET_MIN_CHARS = 3;
    /** Lines within this many ems of each other have equal weight. */
    static final double EQUAL_WIDTH = 2.5;

    private HeadingRoles() {
    }

    /** The last line of a two-line wrapped headline is at most this share of the first (seed 001's kicker over its
     * headline, 11 of 19 ems, is not a wrap). */
    static final double WRAP_TAIL = 0.35;

    /**
     * Wrapped-headline rule: in a narrow frame one headline wraps into lines of one width and a shorter last line
     * (dev lyrb-p07 pdfbox: "老城区历" / "史文化" / "街区亟待" / "整治"; "找出制约症结 提出发展建" / "议"). Two lines
     * count as wrapped only when the second is a short tail.
     */
    static boolean isWrapped(List<PageLine> lines) {
        double first = lines.get(0).width();
        for (int i = 1; i < lines.size() - 1; i++) {
            if (Math.abs(lines.get(i).width() - first) > BlockBuilder.WRAP_TOLERANCE) {
                return false;
            }
        }
        double last = lines.get(lines.size() - 1).width();
        return last <= first && (lines.size() >= 3 || last <= WRAP_TAIL * first);
    }

    /**
     * @param group a {@link BlockKind#HEAD} block
     * @return the roles of its lines
     */
    public static Headings assign(Block group) {
        List<List<PageLine>> plain = new ArrayList<>();
        List<PageLine> sub = new ArrayList<>();
        for (List<PageLine> part : group.parts()) {
            List<PageLine> cur = new ArrayList<>();
            for (PageLine line : part) {
                if (!sub.isEmpty() || BlockBuilder.isSubheadline(line.text())) {
                    sub.add(line);
                } else {
                    cur.add(line);
                }
            }
            if (!cur.isEmpty()) {
                plain.add(cur);
            }
        }
        String subheadline = sub.isEmpty() ? null : joinTight(sub);
        if (plain.isEmpty()) {
            return new Headings(null, null, subheadline, true);
        }
        if (plain.size() >= 2) {
            List<PageLine> kickerLines = new ArrayList<>();
            plain.subList(0, plain.size() - 1).forEach(kickerLines::addAll);
            List<PageLine> head = plain.get(plain.size() - 1);
            boolean equal = Math.abs(width(kickerLines) - width(head)) <= EQUAL_WIDTH;
            return new Headings(joinSpaced(kickerLines), joinSpaced(head), subheadline, equal);
        }
        List<PageLine> lines = plain.get(0);
        if (lines.size() == 1) {
            return new Headings(null, joinSpaced(lines), subheadline, false);
        }
        if (isWrapped(lines)) {
            return new Headings(null, joinTight(lines), subheadline, false);
        }
        if (lines.size() == 2 && subheadline != null) {
            return new Headings(joinSpaced(lines.subList(0, 1)), joinSpaced(lines.subList(1, 2)), subheadline, true);
        }
        if (lines.size() == 2 && lines.get(1).width() >= SUBHEAD_RATIO * lines.get(0).width()) {
            return new Headings(null, joinSpaced(lines.subList(0, 1)), joinSpaced(lines.subList(1, 2)), true);
        }
        if (lines.size() == 2 && isCouplet(lines.get(0).text())) {
            return new Headings(joinSpaced(lines.subList(0, 1)), joinSpaced(lines.subList(1, 2)), subheadline, true);
        }
        if (lines.size() == 2) {
            return new Headings(null, joinSpaced(lines), subheadline, false);
        }
        return new Headings(joinSpaced(lines.subList(0, 1)), joinSpaced(lines.subList(1, lines.size())),
                subheadline, true);
    }

    /**
     * Couplet rule: a line of two or more balanced phrases set apart by a real space ("奋进新征程 建功新时代",
     * "改革创新走在前 奋发有为勇争先") is complete in itself, so over another line it is a kicker, not the first half
     * of a headline wrapped on two lines. A name list is not a couplet ("中共中央 国务院关于弘扬教育家精神加强",
     * 002 line 212, is the first half of one headline): its phrases differ in length by more than
     * {@link #COUPLET_BALANCE}.
     *
     * @param line one headline line
     * @return {@code true} for a couplet
     */
    static boolean isCouplet(String line) {
        if (Typography.isLetterSpaced(line)) {
            return false;
        }
        String[] phrases = Typography.cleanHeadline(line).split(" ");
        if (phrases.length < 2) {
            return false;
        }
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (String p : phrases) {
            min = Math.min(min, p.length());
            max = Math.max(max, p.length());
        }
        return min >= COUPLET_MIN_CHARS && max <= COUPLET_BALANCE * min;
    }

    private static double width(List<PageLine> lines) {
        double w = 0;
        for (PageLine l : lines) {
            w += l.width();
        }
        return w;
    }

    /**
     * Joins headline lines with one space, the break between two phrases of a headline set on two lines (seed 004
     * "落实落细林长制各项工作" / "不断厚植聊城高质量发展绿色底色"), but with none after a line ending in punctuation
     * ("——", "：") and none where a word spans the break: that line was wrapped at the column's edge, not at a
     * phrase (dev lywb-e1-p2 "伊河龙门段面" / "貌大改观"; {@link TextAffinity#wordSpansCut}).
     *
     * @param lines headline lines
     * @return the cleaned, joined text
     */
    static String joinSpaced(List<PageLine> lines) {
        StringBuilder b = new StringBuilder();
        for (PageLine line : lines) {
            String text = Typography.cleanHeadline(line.text());
            if (b.length() > 0) {
                char prev = b.charAt(b.length() - 1);
                if ((Typography.isIdeograph(prev) || Character.isLetterOrDigit(prev) || "”》）)".indexOf(prev) >= 0)
                        && !TextAffinity.wordSpansCut(b.toString(), text)) {
                    b.append(' ');
                }
            }
            b.append(text);
        }
        return b.toString();
    }

    /**
     * Joins wrapped lines with no separator (subheadlines, crossheads).
     *
     * @param lines the lines
     * @return the cleaned, joined text
     */
    static String joinTight(List<PageLine> lines) {
        StringBuilder b = new StringBuilder();
        for (PageLine line : lines) {
            b.append(Typography.cleanHeadline(line.text()));
        }
        return b.toString();
    }
}
