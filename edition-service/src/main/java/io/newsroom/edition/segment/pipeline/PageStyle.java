package io.newsroom.edition.segment.pipeline;

import java.util.List;

/**
 * How the page text was extracted. Hard-wrapped pages (seeds 000, 001, 002, 004) keep the printed line breaks
 * of each column (13 to 38 ems wide) and put headlines after their body; one-paragraph-per-line pages (seed 003)
 * put each paragraph on one long line and headlines before their body.
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
     * @param lines the page's lines
     * @return the page's style: one-paragraph-per-line when at least 30% of its text lines are wider than any column
     */
    public static PageStyle detect(List<PageLine> lines) {
        int text = 0;
        int wide = 0;
        for (PageLine line : lines) {
            if (line.width() >= TEXT_MIN_WIDTH) {
                text++;
                if (line.width() > COLUMN_MAX_WIDTH) {
                    wide++;
                }
            }
        }
        return text > 0 && wide >= LONG_LINE_SHARE * text ? ONE_PARAGRAPH_PER_LINE : HARD_WRAPPED;
    }
}
