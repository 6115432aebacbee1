package io.newsroom.segmenter.pipeline;

import java.util.Arrays;
import java.util.List;

/**
 * One line of a normalised page.
 *
 * @param number     1-based line number in the normalised input
 * @param text       the line without leading and trailing spaces, jump markers removed
 * @param frameStart {@code true} when the raw line starts with a space: the extraction begins a new text
 *                   frame there (seed 000 line 35 " 3月23日，在冠县鑫昌")
 * @param jumpPage      N of a jump marker "（下转第N版）" found on the line, else {@code null}
 * @param jumpText      that jump marker as printed, without white space ("（下转第8版）", "详见第2版"), else {@code null}
 * @param continuedFrom N of a continuation marker "（上接第N版）" found on the line or alone on the line above,
 *                      else {@code null}
 * @param width         printed width in ems: CJK characters and full-width punctuation 1, others ½
 */
public record PageLine(int number, String text, boolean frameStart, Integer jumpPage, String jumpText,
                       Integer continuedFrom, double width) {

    /**
     * @param number     1-based line number
     * @param text       stripped text
     * @param frameStart whether a text frame starts here
     * @return the line, without jump or continuation marker, with its width measured
     */
    public static PageLine of(int number, String text, boolean frameStart) {
        return of(number, text, frameStart, null, null, null);
    }

    /**
     * @param number        1-based line number
     * @param text          stripped text
     * @param frameStart    whether a text frame starts here
     * @param jump          the jump marker found on the line, or {@code null}
     * @param continuedFrom page the text is continued from, or {@code null}
     * @return the line with its width measured
     */
    public static PageLine of(int number, String text, boolean frameStart, LinePatterns.Jump jump,
            Integer continuedFrom) {
        return of(number, text, frameStart, jump == null ? null : jump.page(), jump == null ? null : jump.text(),
                continuedFrom);
    }

    private static PageLine of(int number, String text, boolean frameStart, Integer jumpPage, String jumpText,
            Integer continuedFrom) {
        return new PageLine(number, text, frameStart, jumpPage, jumpText, continuedFrom, Typography.width(text));
    }

    /** @return {@code true} for an empty line (a line that held only a jump marker is not blank) */
    public boolean isBlank() {
        return text.isEmpty() && jumpPage == null;
    }

    /** @return {@code true} for a line that held only a jump marker ("（下转第7版）", 002 line 202) */
    public boolean isJumpOnly() {
        return text.isEmpty() && jumpPage != null;
    }

    /**
     * @param lines lines of one column, not empty
     * @return their upper median width in ems: the column's width, robust to a paragraph's short last line
     */
    public static double medianWidth(List<PageLine> lines) {
        double[] w = new double[lines.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = lines.get(i).width();
        }
        Arrays.sort(w);
        return w[w.length / 2];
    }
}
