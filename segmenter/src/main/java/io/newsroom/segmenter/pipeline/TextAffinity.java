package io.newsroom.segmenter.pipeline;

import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/**
 * How strongly two pieces of page text belong to one article, from the language alone: shared vocabulary
 * (character bigrams, weighted by inverse document frequency) and word continuity across a cut, and the folding of
 * radical forms that some extractors print for ideographs. Pure static functions and immutable profiles; the word
 * lexicon is the dictionary of Lucene's smartcn analyser (HHMM segmenter, loaded once, read-only, thread-safe).
 */
public final class TextAffinity {

    /** Characters of the text on each side of a cut that the word segmenter sees. */
    static final int SEAM_CHARS = 4;

    private static final HHMMSegmenter WORDS = new HHMMSegmenter();

    /**
     * CJK Radicals Supplement forms that mutool prints for common ideographs (dev xywb-p03 mutool "王⻓江", "市⺠"),
     * with the ideograph each stands for; Unicode has no normalisation for these (Kangxi radicals, U+2F00-U+2FD5,
     * fold by NFKC: "⽇" → "日").
     */
    private static final String SUPPLEMENT = "⺠民⻓长⻔门⻅见⻉贝⻋车⻚页⻢马⻥鱼⻜飞⻛风⻝食⻬齐⻩黄⻄西⺟母⻘青⻨麦⻰龙⻆角⻁虎"
            + "⺁厂⺇几⺌小⺗心⺝月⺢水⺫目⺮竹⺶羊⺼肉⻊足⻣骨⻤鬼⻮齿⻓长⻙韦⻦鸟⻳龟⻈讠⻐钅⻏阝";

    private TextAffinity() {
    }

    /**
     * The bigrams of a text's ideographs, letters and digits, punctuation and spaces skipped, radical forms folded:
     * "长三角，一体化" gives 长三, 三角, 角一, 一体, 体化. Each bigram is two UTF-16 units packed in an int.
     *
     * @param text any text
     * @return its distinct bigrams, ascending (empty for fewer than two letters)
     */
    public static int[] bigrams(String text) {
        int[] out = new int[Math.max(0, text.length() - 1)];
        int n = 0;
        char prev = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            if (!Typography.isIdeograph(c) && !Character.isLetterOrDigit(c)) {
                continue;
            }
            if (prev != 0) {
                out[n++] = (prev << 16) | c;
            }
            prev = c;
        }
        Arrays.sort(out, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || out[distinct - 1] != out[i]) {
                out[distinct++] = out[i];
            }
        }
        return Arrays.copyOf(out, distinct);
    }

    /**
     * @param part  bigrams of a short text (a headline), from {@link #bigrams}
     * @param whole bigrams of a longer text (a body's lead), from {@link #bigrams}
     * @return share of the short text's bigrams the longer one repeats, 0..1 ("九月份重点项目集中开工仪式举行" over a
     *         lead "明光市近日举行9月份重点项目集中开工…" is about 0.6); 0 when {@code part} is empty
     */
    public static double containment(int[] part, int[] whole) {
        if (part.length == 0) {
            return 0;
        }
        int hit = 0;
        for (int g : part) {
            if (Arrays.binarySearch(whole, g) >= 0) {
                hit++;
            }
        }
        return (double) hit / part.length;
    }

    /**
     * @param grams bigrams from {@link #bigrams}
     * @return a 64-bit signature of them (one bit per bigram, by hash), for {@link #mayContain}
     */
    public static long signature(int[] grams) {
        long bits = 0;
        for (int g : grams) {
            bits |= 1L << ((g * 0x9E3779B9) >>> 26);
        }
        return bits;
    }

    /**
     * A cheap upper bound of {@link #containment}: the share of the part's bigrams whose bit the whole's signature has.
     *
     * @param part  bigrams of the short text
     * @param whole signature of the long text, from {@link #signature}
     * @return at least {@code containment(part, wholeGrams)}
     */
    public static double mayContain(int[] part, long whole) {
        if (part.length == 0) {
            return 0;
        }
        int hit = 0;
        for (int g : part) {
            if ((whole & (1L << ((g * 0x9E3779B9) >>> 26))) != 0) {
                hit++;
            }
        }
        return (double) hit / part.length;
    }

    /**
     * The vocabulary of a page's texts (bodies or body fragments): each text's bigrams weighted by their inverse
     * document frequency among the texts, so that words every story uses ("记者", "发展") weigh little and a
     * story's own names weigh much. Immutable once built; O(total text length · log) to build.
     */
    public static final class Profiles {
        private final int[][] grams;
        /** The squared idf weight of each of {@link #grams}. */
        private final double[][] weights;
        private final double[] norms;
        /** In how many texts each bigram occurs: open addressing, keys in {@link #keys}, 0 for an empty slot. */
        private final int[] keys;
        private final int[] counts;
        private final int docs;

        /** @param texts the texts, indexed as given */
        public Profiles(List<String> texts) {
            docs = texts.size();
            grams = new int[docs][];
            int total = 0;
            for (int i = 0; i < docs; i++) {
                grams[i] = bigrams(texts.get(i));
                total += grams[i].length;
            }
            int capacity = Integer.highestOneBit(Math.max(16, total * 2)) << 1;
            keys = new int[capacity];
            counts = new int[capacity];
            for (int[] g : grams) {
                for (int gram : g) {
                    counts[slot(gram)]++;
                }
            }
            norms = new double[docs];
            weights = new double[docs][];
            for (int i = 0; i < docs; i++) {
                weights[i] = new double[grams[i].length];
                double sum = 0;
                for (int k = 0; k < grams[i].length; k++) {
                    double w = idf(counts[slot(grams[i][k])]);
                    weights[i][k] = w * w;
                    sum += w * w;
                }
                norms[i] = Math.sqrt(sum);
            }
        }

        /** The slot of a bigram in {@link #keys}, claimed when new (a bigram is never 0: it packs two letters). */
        private int slot(int gram) {
            int mask = keys.length - 1;
            int i = (gram * 0x9E3779B9) >>> 7 & mask;
            while (keys[i] != 0 && keys[i] != gram) {
                i = (i + 1) & mask;
            }
            keys[i] = gram;
            return i;
        }

        /** Inverse document frequency of a bigram held by {@code df} texts: log((texts + 1) / (df + ½)). */
        private double idf(int df) {
            return Math.log((docs + 1.0) / (df + 0.5));
        }

        /**
         * @param a index of a text
         * @param b index of another text
         * @return the idf-weighted cosine of their bigram sets, 0..1 (dev czrb-p03: two columns of one story share
         *         "明光", "项目", "开工"; a story on 助残 shares little with them)
         */
        public double cosine(int a, int b) {
            if (norms[a] == 0 || norms[b] == 0) {
                return 0;
            }
            int[] x = grams[a];
            int[] y = grams[b];
            double dot = 0;
            for (int i = 0, j = 0; i < x.length && j < y.length; ) {
                if (x[i] == y[j]) {
                    dot += weights[a][i];
                    i++;
                    j++;
                } else if (x[i] < y[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return dot / (norms[a] * norms[b]);
        }
    }

    /**
     * Word-continuity rule: text cut at a column break mid-word continues with the rest of the word. The cut
     * "今年以来，该市抢抓长三" | "角一体化发展等国家战略" is joined when the segmenter reads "长三角" across it; the
     * cut "…康复之家”，组" | "投资19.1亿元。" is not ("组" "投资"), while "…，组" | "织20多名" is ("组织").
     *
     * @param before text ending at the cut
     * @param after  text starting at the cut
     * @return {@code true} when one word of at least two characters spans the cut
     */
    public static boolean wordSpansCut(String before, String after) {
        String tail = lastLetters(before);
        String head = firstLetters(after);
        if (tail.isEmpty() || head.isEmpty()) {
            return false;
        }
        int cut = tail.length();
        StringBuilder joined = new StringBuilder(tail.length() + head.length());
        for (int i = 0; i < tail.length() + head.length(); i++) {
            joined.append(fold(i < cut ? tail.charAt(i) : head.charAt(i - cut)));
        }
        List<SegToken> tokens = WORDS.process(joined.toString());
        for (SegToken t : tokens) {
            if (t.startOffset < cut && t.endOffset > cut && t.endOffset - t.startOffset >= 2
                    && Typography.isIdeograph(t.charArray[0])) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param s text
     * @return the text with every radical form folded ({@link #fold}); the same length, so positions found in it hold
     *         in {@code s}; {@code s} itself when it has none (mutool prints "2023年2⽉16⽇星期四" for the header line)
     */
    public static String foldAll(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u2E80' && c <= '\u2FDF') {
                char[] out = s.toCharArray();
                for (int j = i; j < out.length; j++) {
                    out[j] = fold(out[j]);
                }
                return new String(out);
            }
        }
        return s;
    }

    /**
     * @param c a character
     * @return the unified ideograph a radical form stands for ("⽇" → "日", "⺠" → "民"), else {@code c}
     */
    static char fold(char c) {
        if (c >= '\u2F00' && c <= '\u2FDF') {
            return Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).charAt(0);
        }
        if (c >= '\u2E80' && c <= '\u2EFF') {
            int at = SUPPLEMENT.indexOf(c);
            return at >= 0 && at % 2 == 0 ? SUPPLEMENT.charAt(at + 1) : c;
        }
        return c;
    }

    /** The last ideographs of a text, up to {@link #SEAM_CHARS}, stopping at any other character. */
    private static String lastLetters(String s) {
        int end = s.length();
        int start = end;
        while (start > 0 && end - start < SEAM_CHARS && Typography.isIdeograph(fold(s.charAt(start - 1)))) {
            start--;
        }
        return s.substring(start, end);
    }

    /** The first ideographs of a text, up to {@link #SEAM_CHARS}, stopping at any other character. */
    private static String firstLetters(String s) {
        int end = 0;
        while (end < s.length() && end < SEAM_CHARS && Typography.isIdeograph(fold(s.charAt(end)))) {
            end++;
        }
        return s.substring(0, end);
    }
}
