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
     * {@code If-None-Match} evaluation (RFC 9110 §13.1.2, weak comparison): {@code *}, or one of the
     * comma-separated tags equals {@code etag} once a {@code W/} prefix is dropped.
     *
     * @param header the {@code If-None-Match} value, may be {@code null}
     * @param etag   the current strong tag, quoted
     * @return whether it matches
     */
    public static boolean matches(String header, String etag) {
        return matches(header, etag, true);
    }

    /**
     * {@code If-Match} evaluation (RFC 9110 §13.1.1, strong comparison): {@code *}, or one of the comma-separated
     * tags equals {@code etag}; weak tags never match. A bare version number without quotes is accepted too.
     *
     * @param header the {@code If-Match} value
     * @param etag   the current strong tag, quoted
     * @return whether it matches
     */
    public static boolean matchesStrongly(String header, String etag) {
        return matches(header, etag, false);
    }

    private static boolean matches(String header, String etag, boolean weak) {
        if (header == null) {
            return false;
        }
        for (String tag : header.split(",")) {
            String t = tag.strip();
            if (t.equals("*")) {
                return true;
            }
            if (t.startsWith("W/")) {
                if (!weak) {
                    continue;
                }
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
