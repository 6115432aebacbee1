package io.newsroom.article.service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Strong entity tags (RFC 9110 §8.8.3) and the comparisons of {@code If-Match} / {@code If-None-Match}. */
public final class ETags {

    private ETags() {
    }

    /**
     * @param version an article version
     * @return the desk ETag of that version, {@code "<version>"}
     */
    public static String version(long version) {
        return "\"" + version + "\"";
    }

    /**
     * @param representation the bytes of a representation
     * @return a strong ETag from the first 128 bits of its SHA-256, hex
     */
    public static String of(byte[] representation) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(representation);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether a conditional header matches an entity tag: {@code *}, or one of its comma-separated tags equals
     * {@code etag}. Weak tags ({@code W/"…"}) are compared by their opaque part (weak comparison, as
     * {@code If-None-Match} requires); a bare version number without quotes is accepted too.
     *
     * @param header the {@code If-Match} or {@code If-None-Match} value
     * @param etag   the current strong tag, quoted
     * @return whether it matches
     */
    public static boolean matches(String header, String etag) {
        if (header == null) {
            return false;
        }
        for (String tag : header.split(",")) {
            String t = tag.strip();
            if (t.equals("*")) {
                return true;
            }
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (!t.startsWith("\"")) {
                t = "\"" + t + "\"";
            }
            if (t.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
