package io.newsroom.segmenter;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Turns the bytes of a page-text file into text: a declared charset is used strictly; otherwise a
 * byte order mark decides, then strict UTF-8, then strict GB18030 (a superset of GBK and GB2312).
 * A GB18030 result is accepted only when it reads as Chinese text, so that a wrong guess is
 * reported instead of silently producing mojibake. Pure; thread-safe.
 */
public final class PageTextDecoder {

    /** GB18030 decodes many byte strings; below this share of plausible characters it is refused. */
    static final double MIN_PLAUSIBLE_SHARE = 0.95;
    /** Above this share of NUL characters the bytes are binary (or UTF-16 without a BOM), not page text. */
    static final double MAX_NUL_SHARE = 0.01;

    private static final Charset GB18030 = Charset.forName("GB18030");

    private PageTextDecoder() {
    }

    /**
     * @param bytes           the file or request body
     * @param declaredCharset charset name from a {@code Content-Type} header or an option, or {@code null} to detect
     * @return the text and the charset used
     * @throws PageTextException UNSUPPORTED_CHARSET for an unknown declared name, UNDECODABLE when the bytes
     *                           are invalid in the declared charset or read as neither UTF-8 nor GB18030 text,
     *                           BINARY for NUL-heavy data
     */
    public static DecodedPage decode(byte[] bytes, String declaredCharset) throws PageTextException {
        if (declaredCharset != null && !declaredCharset.isBlank()) {
            Charset charset = charset(declaredCharset.trim());
            String text = strict(bytes, 0, charset);
            if (text == null) {
                throw new PageTextException(PageTextException.Reason.UNDECODABLE,
                        "the bytes are not valid " + charset.name() + " text");
            }
            return checked(new DecodedPage(stripBom(text), charset.name(), false));
        }
        if (hasUtf8Bom(bytes)) {
            String text = strict(bytes, 3, StandardCharsets.UTF_8);
            if (text == null) {
                throw new PageTextException(PageTextException.Reason.UNDECODABLE,
                        "the text starts with a UTF-8 byte order mark but is not valid UTF-8");
            }
            return checked(new DecodedPage(text, "UTF-8", true));
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            String text = strict(bytes, 0, StandardCharsets.UTF_16);
            if (text == null) {
                throw new PageTextException(PageTextException.Reason.UNDECODABLE,
                        "the text starts with a UTF-16 byte order mark but is not valid UTF-16");
            }
            return checked(new DecodedPage(stripBom(text), "UTF-16", true));
        }
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return checked(new DecodedPage(utf8, "UTF-8", true));
        }
        String gb = strict(bytes, 0, GB18030);
        if (gb != null && plausibleShare(gb) >= MIN_PLAUSIBLE_SHARE) {
            return checked(new DecodedPage(gb, "GB18030", true));
        }
        throw new PageTextException(PageTextException.Reason.UNDECODABLE,
                "the bytes are neither UTF-8 nor GB18030 text");
    }

    private static DecodedPage checked(DecodedPage page) throws PageTextException {
        String text = page.text();
        long nul = text.chars().filter(c -> c == 0).count();
        if (!text.isEmpty() && nul > Math.max(1, text.length() * MAX_NUL_SHARE)) {
            throw new PageTextException(PageTextException.Reason.BINARY,
                    "the bytes look like binary data (" + nul + " NUL characters), not page text");
        }
        return page;
    }

    private static Charset charset(String name) throws PageTextException {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new PageTextException(PageTextException.Reason.UNSUPPORTED_CHARSET,
                    "unknown charset \"" + name + "\"");
        }
    }

    /** @return the decoded text, or {@code null} when the bytes are not valid in the charset */
    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
    }

    private static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /**
     * Share of code points that occur in Chinese newspaper text: ASCII, whitespace, CJK ideographs,
     * CJK and general punctuation, full-width forms, Latin-1 and common symbols.
     */
    static double plausibleShare(String text) {
        int total = 0;
        int plausible = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            total++;
            if (cp < 0x80 || Character.isWhitespace(cp)
                    || (cp >= 0x4E00 && cp <= 0x9FFF)      // CJK Unified Ideographs
                    || (cp >= 0x3400 && cp <= 0x4DBF)      // Extension A
                    || (cp >= 0x3000 && cp <= 0x303F)      // CJK symbols and punctuation
                    || (cp >= 0xFF00 && cp <= 0xFFEF)      // half- and full-width forms
                    || (cp >= 0x2000 && cp <= 0x206F)      // general punctuation (— “ ” …)
                    || (cp >= 0x00A0 && cp <= 0x00FF)      // Latin-1 (· ×)
                    || (cp >= 0x2100 && cp <= 0x25FF)      // letterlike, numbers, arrows, shapes (■ ①)
                    || (cp >= 0x3200 && cp <= 0x32FF)) {   // enclosed CJK
                plausible++;
            }
        }
        return total == 0 ? 1.0 : (double) plausible / total;
    }
}
