package io.newsroom.article.matching;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The one text similarity of article-service's matchers ({@link StoryMatcher}, {@link JumpMatcher}): the
 * Sørensen–Dice coefficient (Dice 1945; Sørensen 1948), 2·|A∩B| / (|A|+|B|), on multisets of character bigrams.
 * Texts are NFKC-normalised, lower-cased and stripped of white space first (line wraps and the compatibility
 * ideographs of PDF extractors do not count), and padded so that a one-character text still has bigrams.
 * Character bigrams are the usual unit for comparing Chinese text without a word segmenter (Nie, Gao, Zhang and
 * Zhou 2000, "On the use of words and n-grams for Chinese information retrieval"). Pure and thread-safe.
 */
public final class TextSimilarity {

    private static final char START = '\u0002';
    private static final char END = '\u0003';

    private TextSimilarity() {
    }

    /**
     * @param a a string
     * @param b another
     * @return the Dice coefficient of their character-bigram multisets after normalisation, 1 for two empty strings
     */
    public static double dice(String a, String b) {
        int[] x = bigrams(normalise(a));
        int[] y = bigrams(normalise(b));
        if (x.length == 0 && y.length == 0) {
            return 1;
        }
        return dice(x, y);
    }

    /**
     * @param x a sorted bigram multiset ({@link #bigrams})
     * @param y another
     * @return their Dice coefficient, 0 when both are empty
     */
    public static double dice(int[] x, int[] y) {
        if (x.length + y.length == 0) {
            return 0;
        }
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                common++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * common / (x.length + y.length);
    }

    /**
     * @param text any text, may be {@code null}
     * @return NFKC, lower case, no white space (ideographic space included); {@code null} as empty
     */
    public static String normalise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int k = 0; k < nfkc.length(); k++) {
            char c = nfkc.charAt(k);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * @param normalised a text already {@link #normalise normalised}
     * @return sorted codes of the bigrams of {@code ^text$}; empty for an empty text
     */
    public static int[] bigrams(String normalised) {
        if (normalised.isEmpty()) {
            return new int[0];
        }
        String padded = START + normalised + END;
        int[] codes = new int[padded.length() - 1];
        for (int k = 0; k < codes.length; k++) {
            codes[k] = (padded.charAt(k) << 16) | padded.charAt(k + 1);
        }
        Arrays.sort(codes);
        return codes;
    }
}
