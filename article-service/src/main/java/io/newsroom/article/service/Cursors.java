package io.newsroom.article.service;

import io.newsroom.support.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque pagination cursors: base64url (no padding) of {@code <kind>:<key1>|<key2>}, where the keys are the sort
 * key of the last item returned. Keyset pagination on a unique sort key is stable under inserts: an item added
 * before the cursor is not seen, one added after it is, and nothing is returned twice.
 */
public final class Cursors {

    private Cursors() {
    }

    /**
     * @param kind which listing the cursor belongs to, e.g. {@code e1} for editions
     * @param keys the sort key of the last item returned
     * @return the opaque cursor
     */
    public static String encode(String kind, Object... keys) {
        StringBuilder text = new StringBuilder(kind).append(':');
        for (int i = 0; i < keys.length; i++) {
            text.append(i == 0 ? "" : "|").append(keys[i]);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param kind   the expected listing
     * @param cursor the cursor as sent
     * @param arity  number of keys expected
     * @return the keys as strings
     * @throws ProblemException 400 naming {@code cursor} when it was not issued for this listing
     */
    public static List<String> decode(String kind, String cursor, int arity) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(kind + ":")) {
                List<String> keys = List.of(text.substring(kind.length() + 1).split("\\|", -1));
                if (keys.size() == arity) {
                    return keys;
                }
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw invalid();
    }

    /** @return the 400 problem for a cursor this API did not issue */
    public static ProblemException invalid() {
        return ProblemException.invalidField("cursor", "not a cursor issued by this listing");
    }

    /**
     * @param limit the {@code limit} query parameter as sent, {@code null} for the default 50
     * @return the limit 1..100
     * @throws ProblemException 400 naming {@code limit} when not an integer from 1 to 100 ({@code limit=abc})
     */
    public static int limit(String limit) {
        return (int) QueryParameters.integer("limit", limit, 50, 1, 100);
    }
}
