package io.newsroom.contract;

/**
 * The one rule for text every service accepts (JSON string members, path segments, query parameters): no NUL
 * character (U+0000), which PostgreSQL's {@code text} and {@code jsonb} cannot hold, and no unpaired UTF-16 surrogate
 * (a lone {@code \ud800} in JSON), which is no character: UTF-8 cannot encode it, so it would be stored as {@code ?}.
 */
public final class Texts {

    private Texts() {
    }

    /**
     * @param value a text as received, may be {@code null}
     * @return why the text cannot be accepted, e.g. {@code contains a NUL character (U+0000) at position 3}, or
     *         {@code null} when it can (and for {@code null})
     */
    public static String flaw(String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return "contains a NUL character (U+0000) at position " + (i + 1) + ", which text cannot hold";
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("contains an unpaired surrogate (U+%04X) at position %d, which is no character",
                        (int) c, i + 1);
            }
        }
        return null;
    }

    /**
     * @param field the request's name of the value, e.g. {@code page_name}
     * @param value the value, may be {@code null}
     * @return the value
     * @throws InvalidFieldException naming {@code field} when {@link #flaw} finds one
     */
    public static String check(String field, String value) {
        String flaw = flaw(value);
        if (flaw != null) {
            throw new InvalidFieldException(field, flaw);
        }
        return value;
    }
}
