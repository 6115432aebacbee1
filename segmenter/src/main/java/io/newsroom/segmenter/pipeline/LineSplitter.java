package io.newsroom.segmenter.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Stage 2: splits normalised text into numbered lines. Jump markers are taken off each line into
 * {@link PageLine#jumpPage()}; a credit printed at the end of a caption line ("… ■ 本报记者 许金松") becomes a
 * second line with the same number, so that every later stage sees "■" only at a line start.
 */
public final class LineSplitter {

    private LineSplitter() {
    }

    /**
     * @param normalized output of {@link TextNormalizer#normalize(String)}
     * @return the lines, blank ones included; line numbers are 1-based
     */
    public static List<PageLine> split(String normalized) {
        String[] raw = normalized.split("\n", -1);
        List<PageLine> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            addLine(lines, i + 1, raw[i]);
        }
        return lines;
    }

    private static void addLine(List<PageLine> lines, int number, String raw) {
        String text = raw.strip();
        boolean frameStart = !text.isEmpty() && raw.charAt(0) == ' ';
        Integer jump = LinePatterns.jumpPage(text);
        if (jump != null) {
            text = LinePatterns.withoutJump(text);
        }
        Matcher inline = LinePatterns.hasMark(text) ? LinePatterns.INLINE_MARK.matcher(text) : null;
        if (inline != null && !LinePatterns.isMark(text) && inline.find()) {
            lines.add(PageLine.of(number, text.substring(0, inline.start()).strip(), frameStart, null));
            lines.add(PageLine.of(number, "■ " + text.substring(inline.end()).strip(), false, jump));
            return;
        }
        lines.add(PageLine.of(number, text, frameStart, jump));
    }
}
