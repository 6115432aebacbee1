package io.newsroom.segmenter.pipeline;

/**
 * Stage 1: makes raw page text uniform before it is split into lines. Pure; linear in the text length.
 *
 * <ul>
 *   <li>a leading byte order mark (U+FEFF) is dropped;</li>
 *   <li>CRLF and lone CR line ends become LF;</li>
 *   <li>tabs, full-width spaces (U+3000), no-break spaces and other Unicode spaces become one ASCII space
 *       (a full-width space is typeset padding, e.g. "本报讯　(记者…)");</li>
 *   <li>NUL and other control characters (C0, C1, zero-width and format characters) are removed.</li>
 * </ul>
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /**
     * @param text decoded page text, any line ends; not {@code null}
     * @return the text with LF line ends, ASCII spaces and no control characters
     */
    public static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n') {
                out.append('\n');
            } else if (c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\u2007' || c == '\u202F'
                    || (c >= '\u2000' && c <= '\u200A')) {
                out.append(' ');
            } else if (Character.isISOControl(c) || c == '\uFEFF' || c == '\u200B' || c == '\u200C'
                    || c == '\u200D' || c == '\u2028' || c == '\u2029' || c == '\u00AD') {
                // dropped: control or invisible format character
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
