package io.newsroom.segmenter.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage after {@link LineSpacing}: the page header (paper, date, 第N版, publisher, page name) is no item
 * (shared/gold/SCHEMA.md), so its lines become blank lines. Content-stream extractors print the header between
 * text frames (dev czrb-p01 pdfbox: "…保持门店周围干净、整洁。", "滁州日报社出版", "2023年10月25日 星期三", "这是10月11日拍摄的…"),
 * where it would be read into a body; a blank line in its place also separates the frames on both sides. Pure;
 * linear in the number of lines.
 */
public final class PageHeader {

    /**
     * Index-box rule: from an index heading ("今日导读") on, a line "第2版" is the page of an index entry, not the
     * header, until a line wider than this (in ems) or one that ends a sentence leaves the box (synthetic page s03:
     * "今日导读", "要闻", "我市部署春季安全生产工作", "第2版").
     */
    static final double INDEX_ENTRY_WIDTH = 24;

    /** Lines either side of a page number searched for the index entries of other pages. */
    static final int INDEX_RUN_REACH = 6;
    /** A line that ends with a page number: "第3版", "不便 第5版". */
    private static final Pattern ENDS_WITH_PAGE = Pattern.compile("第 *(\\d{1,3}) *版$");

    private PageHeader() {
    }

    /**
     * Index-run rule: a line that ends with "第N版" is an index entry, not the header, when a line within
     * {@link #INDEX_RUN_REACH} lines of it ends with another page's number (dev hxdsb-e1-p1 mutool, an index box
     * printed without its heading: "小区进出要道飞来“小山坡”", "第2版", "福州金建小区 垃圾遍地煞风景", "第3版").
     *
     * @param lines the page's lines
     * @param i     the index of a line
     * @return {@code true} when line {@code i} names a page and a neighbour names another one
     */
    static boolean inIndexRun(List<PageLine> lines, int i) {
        Matcher own = ENDS_WITH_PAGE.matcher(lines.get(i).text());
        if (!own.find()) {
            return false;
        }
        String page = own.group(1);
        for (int j = Math.max(0, i - INDEX_RUN_REACH); j <= Math.min(lines.size() - 1, i + INDEX_RUN_REACH); j++) {
            Matcher other = ENDS_WITH_PAGE.matcher(lines.get(j).text());
            if (j != i && other.find() && !other.group(1).equals(page)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param lines the page's lines
     * @return the lines with every {@link LinePatterns#isPageFurniture header line} outside an index box replaced by a blank line of the
     *         same number; {@code lines} itself when there is none
     */
    public static List<PageLine> blankOut(List<PageLine> lines) {
        List<PageLine> out = null;
        boolean inIndex = false;
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (LinePatterns.isIndexHeading(line.text())) {
                inIndex = true;
                continue;
            }
            if (inIndex && (line.width() > INDEX_ENTRY_WIDTH || Typography.endsSentence(line.text()))) {
                inIndex = false;
            }
            if (!inIndex && line.jumpPage() == null && line.continuedFrom() == null
                    && LinePatterns.isPageFurniture(line.text()) && !inIndexRun(lines, i)) {
                if (out == null) {
                    out = new ArrayList<>(lines);
                }
                out.set(i, PageLine.of(line.number(), "", false));
            }
        }
        return out == null ? lines : out;
    }
}
