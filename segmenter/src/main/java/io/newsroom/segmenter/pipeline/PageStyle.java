package io.newsroom.segmenter.pipeline;

import java.util.List;

/**
 * How the page text was extracted. Hard-wrapped pages (seeds 000, 001, 002, 004) keep the printed line breaks
 * of each column (13 to 38 ems wide) and put headlines after their body; one-paragraph-per-line pages (seed 003)
 * put each paragraph on one long line, set off by blank lines, and headlines before their body.
 */
public enum PageStyle {
    /** Printed line breaks kept; headline groups follow their body. */
    HARD_WRAPPED,
    /** One paragraph per line; headline groups precede their body. */
    ONE_PARAGRAPH_PER_LINE;

    /** Lines wider than this (in ems) are wider than any printed column. */
    static final double COLUMN_MAX_WIDTH = 48;
    /** Share of text lines wider than a column above which the page is one-paragraph-per-line. */
    static final double LONG_LINE_SHARE = 0.3;
    /** Lines narrower than this are headlines or labels and say nothing about the style. */
    static final double TEXT_MIN_WIDTH = 8;
    /**
     * Share of text lines standing alone between blank lines above which a page with any line wider than a column
     * is one-paragraph-per-line (a page of short paragraphs: most of them fit in 48 ems).
     */
    static final double ISOLATED_SHARE = 0.7;

    /**
     * Style rule: a page is one-paragraph-per-line when at least 30% of its text lines are wider than any column
     * (seed 003), or when some line is wider than any column and at least 70% of its text lines stand alone
     * between blank lines (a page of short paragraphs: "本报讯(记者 赵敏)3月6日,…" on one 45-em line, blank,
     * next paragraph). Hard-wrapped columns run for many lines without a blank.
     *
     * @param lines the page's lines
     * @return the page's style
     */
    public static PageStyle detect(List<PageLine> lines) {
        int text = 0;
        int wide = 0;
        int isolated = 0;
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (line.width() >= TEXT_MIN_WIDTH) {
                text++;
                if (line.width() > COLUMN_MAX_WIDTH) {
                    wide++;
                }
                if (blankOrEdge(lines, i - 1) && blankOrEdge(lines, i + 1)) {
                    isolated++;
                }
            }
        }
        boolean longLines = text > 0 && wide >= LONG_LINE_SHARE * text;
        boolean shortParagraphs = wide > 0 && isolated >= ISOLATED_SHARE * text;
        return longLines || shortParagraphs ? ONE_PARAGRAPH_PER_LINE : HARD_WRAPPED;
    }

    private static boolean blankOrEdge(List<PageLine> lines, int i) {
        return i < 0 || i >= lines.size() || lines.get(i).text().isEmpty();
    }
}
