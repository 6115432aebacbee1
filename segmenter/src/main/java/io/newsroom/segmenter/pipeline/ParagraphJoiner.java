package io.newsroom.segmenter.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Stage 4: joins the lines of a body into paragraphs. Wrapped lines join with no separator; artefact spaces go.
 * A paragraph ends
 * <ul>
 *   <li>at the end of a block that ends a sentence (a run cut mid-sentence, the column break of a threaded story,
 *       goes on in the next block: "…该市抢抓长三" + "角一体化发展…");</li>
 *   <li>at a blank line after a line that ends a sentence ("…注入源源不断的强劲动力。", blank);</li>
 *   <li>one-paragraph-per-line pages (seed 003): after every line that ends a sentence;</li>
 *   <li>hard-wrapped pages: after a line that ends a sentence and is clearly shorter than the lines around it
 *       ("市级领导同志参加活动。", 11 ems in a 17-em column, 004 line 148).</li>
 * </ul>
 */
public final class ParagraphJoiner {

    /** A line this many ems narrower than its neighbours' median is short. */
    static final double SHORT_MARGIN = 1.5;
    /** Neighbours on each side that give a line's reference width. */
    static final int WINDOW = 4;

    private ParagraphJoiner() {
    }

    /**
     * @param prose      the body's prose blocks in order
     * @param onePerLine whether the page prints one paragraph per line
     * @return raw paragraph texts in order (lines joined, spaces not yet cleaned)
     */
    public static List<String> paragraphs(List<Block> prose, boolean onePerLine) {
        List<PageLine> all = new ArrayList<>();
        prose.forEach(b -> all.addAll(b.lines()));
        double[] widths = new double[all.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = all.get(i).width();
        }
        List<String> out = new ArrayList<>();
        int index = 0;
        StringBuilder cur = new StringBuilder();
        for (Block block : prose) {
            List<PageLine> lines = block.lines();
            for (int i = 0; i < lines.size(); i++, index++) {
                PageLine line = lines.get(i);
                cur.append(line.text());
                boolean last = i == lines.size() - 1;
                boolean ends = Typography.endsSentence(line.text());
                boolean breakHere;
                if (last) {
                    breakHere = ends || block == prose.get(prose.size() - 1);
                } else if (onePerLine || lines.get(i + 1).number() > line.number() + 1) {
                    breakHere = ends;
                } else {
                    breakHere = ends && line.width() <= referenceWidth(widths, index) - SHORT_MARGIN;
                }
                if (breakHere && cur.length() > 0) {
                    out.add(cur.toString());
                    cur = new StringBuilder();
                }
            }
        }
        return out;
    }

    /** Median width of up to {@link #WINDOW} lines on each side of line {@code i}. */
    static double referenceWidth(double[] widths, int i) {
        int from = Math.max(0, i - WINDOW);
        int to = Math.min(widths.length, i + WINDOW + 1);
        double[] near = new double[to - from - 1];
        int k = 0;
        for (int j = from; j < to; j++) {
            if (j != i) {
                near[k++] = widths[j];
            }
        }
        if (near.length == 0) {
            return widths[i];
        }
        Arrays.sort(near);
        return near.length % 2 == 1 ? near[near.length / 2] : (near[near.length / 2 - 1] + near[near.length / 2]) / 2;
    }
}
