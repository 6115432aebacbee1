package io.newsroom.segmenter.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Stage 2: splits normalised text into numbered lines. Jump markers are taken off each line into
 * {@link PageLine#jumpPage()}, continuation markers ("（上接第1版）") into {@link PageLine#continuedFrom()}: a line that
 * held only a continuation marker is left blank and its page (and frame start) goes to the next line with text.
 * A credit printed at the end of a caption line ("… ■ 本报记者 许金松") becomes a second line with the same number, so
 * that every later stage sees "■" only at a line start.
 */
public final class LineSplitter {

    /**
     * Credit rule: a photo credit printed without "■" ({@link LinePatterns#isPhotoCredit}), alone or run on after
     * a caption's last sentence, gets the mark the rest of the pipeline knows credits by ("■" is no field text).
     */
    static final String CREDIT_MARK = "■ ";

    private final List<PageLine> lines = new ArrayList<>();
    /** The page of a continuation marker that stood alone, waiting for the next line with text. */
    private Integer pendingFrom;
    private boolean pendingFrame;

    private LineSplitter() {
    }

    /**
     * @param normalized output of {@link TextNormalizer#normalize(String)}
     * @return the lines, blank ones included; line numbers are 1-based
     */
    public static List<PageLine> split(String normalized) {
        return split(SideBySideFrames.separate(normalized));
    }

    /**
     * @param source numbered lines, from {@link SideBySideFrames#separate}
     * @return the lines, blank ones included, with the numbers given
     */
    public static List<PageLine> split(List<SideBySideFrames.SourceLine> source) {
        LineSplitter splitter = new LineSplitter();
        for (SideBySideFrames.SourceLine line : source) {
            splitter.addLine(line.number(), line.raw());
        }
        return splitter.lines;
    }

    private void addLine(int number, String raw) {
        String text = raw.strip();
        boolean frameStart = !text.isEmpty() && raw.charAt(0) == ' ';
        LinePatterns.Jump jump = LinePatterns.jump(text);
        if (jump != null) {
            text = LinePatterns.withoutJump(text);
        }
        Integer from = LinePatterns.continuedFromPage(text);
        if (from != null) {
            text = LinePatterns.withoutContinuedFrom(text);
            if (text.isEmpty()) {
                pendingFrom = from;
                pendingFrame |= frameStart;
                lines.add(PageLine.of(number, text, false, jump, null));
                return;
            }
        }
        if (!text.isEmpty() && pendingFrom != null) {
            from = from == null ? pendingFrom : from;
            frameStart |= pendingFrame;
            pendingFrom = null;
            pendingFrame = false;
        }
        Matcher inline = LinePatterns.hasMark(text) ? LinePatterns.INLINE_MARK.matcher(text) : null;
        if (inline != null && !LinePatterns.isMark(text) && inline.find()) {
            lines.add(PageLine.of(number, text.substring(0, inline.start()).strip(), frameStart, null, from));
            lines.add(PageLine.of(number, "■ " + text.substring(inline.end()).strip(), false, jump, null));
            return;
        }
        if (!LinePatterns.isMark(text) && LinePatterns.isPhotoCredit(text)) {
            lines.add(PageLine.of(number, CREDIT_MARK + text, frameStart, jump, from));
            return;
        }
        Matcher credit = text.length() > 4 && (text.endsWith("摄") || text.endsWith("社发") || text.endsWith("/图"))
                ? LinePatterns.INLINE_PHOTO_CREDIT.matcher(text) : null;
        if (credit != null && credit.find() && credit.start() > 0) {
            lines.add(PageLine.of(number, text.substring(0, credit.start()).strip(), frameStart, null, from));
            String name = credit.group(1) != null ? credit.group(1) : credit.group(2);
            lines.add(PageLine.of(number, CREDIT_MARK + name.strip(), false, jump, null));
            return;
        }
        lines.add(PageLine.of(number, text, frameStart, jump, from));
    }
}
