package io.newsroom.segmenter.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A faithful Java port of the metrics of shared/tools/segscore.py (same matching, same n-gram Dice, same
 * difflib ratio without autojunk, same coverage, same review queue), used by the evaluation tests and
 * {@link CorpusEvaluator}. Strings are compared by code point, as Python does; values of other JSON types as
 * Python compares them ({@code 8 == 8.0}, {@code null} only equals {@code null} or a missing member).
 */
public final class SegScore {

    /** The metric names, in the scorer's column order (segscore.py's {@code COLS}). */
    public static final List<String> COLUMNS = List.of("items_f1", "headline", "hgroup", "byline", "dateline", "jump",
            "photos", "body", "para_f1", "coverage", "review_recall", "review_precision");

    /** Fields an editor sees; a difference in one makes a predicted item wrong for the review metrics. */
    private static final List<String> REVIEW_FIELDS = List.of("type", "column", "kicker", "headline", "subheadline",
            "byline", "dateline");
    /** The jump fields, compared exactly and together ({@code jump} metric, review metrics). */
    private static final List<String> JUMP_FIELDS = List.of("continues_on_page", "continued_from_page");
    /** A predicted item below this confidence counts as flagged for review. */
    private static final double REVIEW_CONFIDENCE = 0.6;

    /** Python's {@code \s*} on text: Unicode white space, including U+001C to U+001F. */
    private static final String S = "[\\s\\x1c-\\x1f]*";
    /** Python's {@code [\d一二三四五六七八九十]+}: page numbers in any script's decimal digits or Chinese. */
    private static final String NUM = "[\\d一二三四五六七八九十]+";
    /** segscore.py's {@code JUMP}: every jump and continuation marker form, taken out of lines for coverage. */
    private static final Pattern JUMP = Pattern.compile(
            "[（(]" + S + "(?:" + spaced("下转") + "|" + spaced("上接") + "|转)" + S + "第" + S + NUM + S + "版" + S
                    + "[）)]|(?:" + spaced("详细报道见") + "|" + spaced("详见") + "|" + spaced("下转") + "|"
                    + spaced("上接") + "|转)" + S + "第" + S + NUM + S + "版",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** Byline and deck marks: not text of any field. */
    private static final Pattern MARKS = Pattern.compile("[■□◎●▲◆]");
    /** Python's {@code str.splitlines()} boundaries. */
    private static final Pattern LINE_END = Pattern.compile("\\r\\n|[\\n\\r\\x0b\\x0c\\x1c\\x1d\\x1e\\x85\\u2028\\u2029]");

    private SegScore() {
    }

    /** "下转" → "下[\s…]*转": the word with white space allowed between its characters. */
    private static String spaced(String word) {
        return String.join(S, word.split(""));
    }

    /**
     * @param gold  gold items (JSON array)
     * @param pred  predicted items (JSON array)
     * @param input the input page text, for coverage
     * @return metric name → value, as segscore.py's {@code score()}
     */
    public static Map<String, Double> score(JsonNode gold, JsonNode pred, String input) {
        List<JsonNode> g = list(gold);
        List<JsonNode> p = list(pred);
        List<int[]> pairs = new ArrayList<>();
        List<Double> dices = new ArrayList<>();
        match(g, p, pairs, dices);
        Map<Integer, Integer> byG = new HashMap<>();
        int tp = 0;
        for (int k = 0; k < pairs.size(); k++) {
            byG.put(pairs.get(k)[0], pairs.get(k)[1]);
            if (dices.get(k) >= 0.95) {
                tp++;
            }
        }
        double prec = p.isEmpty() ? 0 : (double) tp / p.size();
        double rec = g.isEmpty() ? 1 : (double) tp / g.size();
        Map<String, Double> res = new LinkedHashMap<>();
        res.put("items_f1", prec + rec > 0 ? 2 * prec * rec / (prec + rec) : 0);
        res.put("headline", fieldAcc(g, p, byG, "headline"));
        int hg = 0;
        int phOk = 0;
        int gPhotos = 0;
        for (int i = 0; i < g.size(); i++) {
            gPhotos += g.get(i).path("photos").size();
            if (byG.containsKey(i)) {
                JsonNode pi = p.get(byG.get(i));
                hg += hgroup(g.get(i)).equals(hgroup(pi)) ? 1 : 0;
                Set<List<String>> keys = photoKeys(g.get(i));
                keys.retainAll(photoKeys(pi));
                phOk += keys.size();
            }
        }
        res.put("hgroup", g.isEmpty() ? 1 : (double) hg / g.size());
        res.put("byline", fieldAcc(g, p, byG, "byline"));
        res.put("dateline", fieldAcc(g, p, byG, "dateline"));
        res.put("jump", fieldAcc(g, p, byG, JUMP_FIELDS.get(0)));
        res.put("photos", gPhotos == 0 ? 1 : (double) phOk / gPhotos);
        List<Double> sims = new ArrayList<>();
        int bg = 0;
        int bp = 0;
        int bt = 0;
        for (JsonNode gi : g) {
            bg += boundaries(gi.path("paragraphs")).size();
        }
        for (JsonNode pi : p) {
            bp += boundaries(pi.path("paragraphs")).size();
        }
        for (int i = 0; i < g.size(); i++) {
            String a = norm(joinText(g.get(i).path("paragraphs")));
            if (!byG.containsKey(i)) {
                if (!a.isEmpty()) {
                    sims.add(0.0);
                }
                continue;
            }
            JsonNode pi = p.get(byG.get(i));
            String b = norm(joinText(pi.path("paragraphs")));
            if (!a.isEmpty() || !b.isEmpty()) {
                sims.add(ratio(a, b));
            }
            Set<List<String>> bs = boundaries(g.get(i).path("paragraphs"));
            bs.retainAll(boundaries(pi.path("paragraphs")));
            bt += bs.size();
        }
        double pp = bp > 0 ? (double) bt / bp : 1;
        double pr = bg > 0 ? (double) bt / bg : 1;
        res.put("body", sims.isEmpty() ? 0 : sims.stream().mapToDouble(Double::doubleValue).average().orElse(0));
        res.put("para_f1", pp + pr > 0 ? 2 * pp * pr / (pp + pr) : 0);
        if (input != null) {
            res.put("coverage", coverage(input, p));
        }
        review(g, p, pairs, dices, res);
        return res;
    }

    /**
     * The review queue: a predicted item is wrong when no gold item matches it with Dice >= 0.95 (none, split or
     * merged) or when its twin differs in a {@link #REVIEW_FIELDS review field}, a jump field or the photos; it is
     * flagged when it carries a flag or a confidence below 0.6. {@code review_recall}: share of wrong items that are
     * flagged; {@code review_precision}: share of flagged items that are wrong (1.0 where there is nothing to count).
     */
    private static void review(List<JsonNode> g, List<JsonNode> p, List<int[]> pairs, List<Double> dices,
                               Map<String, Double> res) {
        Map<Integer, Integer> byP = new HashMap<>();
        for (int k = 0; k < pairs.size(); k++) {
            byP.put(pairs.get(k)[1], k);
        }
        int wrong = 0;
        int flagged = 0;
        int both = 0;
        for (int j = 0; j < p.size(); j++) {
            JsonNode pj = p.get(j);
            Integer k = byP.get(j);
            boolean bad = k == null || dices.get(k) < 0.95;
            if (!bad) {
                JsonNode gi = g.get(pairs.get(k)[0]);
                bad = REVIEW_FIELDS.stream().anyMatch(f -> !sameField(gi, pj, f))
                        || JUMP_FIELDS.stream().anyMatch(f -> !pyEquals(gi.get(f), pj.get(f)))
                        || !photoKeys(gi).equals(photoKeys(pj));
            }
            JsonNode conf = pj.get("confidence");
            boolean flag = truthy(pj.get("flags"))
                    || (conf != null && (conf.isNumber() || conf.isBoolean()) && number(conf) < REVIEW_CONFIDENCE);
            wrong += bad ? 1 : 0;
            flagged += flag ? 1 : 0;
            both += bad && flag ? 1 : 0;
        }
        res.put("review_recall", wrong > 0 ? (double) both / wrong : 1.0);
        res.put("review_precision", flagged > 0 ? (double) both / flagged : 1.0);
    }

    /** Python's {@code norm(a) == norm(b)}: text compared without white space and marks, other values as Python. */
    private static boolean sameField(JsonNode gold, JsonNode pred, String key) {
        JsonNode a = gold.get(key);
        JsonNode b = pred.get(key);
        if (a != null && a.isTextual() && b != null && b.isTextual()) {
            return norm(a.asText()).equals(norm(b.asText()));
        }
        if ((a != null && a.isTextual()) || (b != null && b.isTextual())) {
            return false;
        }
        return pyEquals(a, b);
    }

    /** Python's {@code ==} on JSON values: missing is {@code None}, numbers and booleans by value. */
    private static boolean pyEquals(JsonNode a, JsonNode b) {
        boolean aNone = a == null || a.isNull() || a.isMissingNode();
        boolean bNone = b == null || b.isNull() || b.isMissingNode();
        if (aNone || bNone) {
            return aNone && bNone;
        }
        if ((a.isNumber() || a.isBoolean()) && (b.isNumber() || b.isBoolean())) {
            return number(a) == number(b);
        }
        return a.equals(b);
    }

    private static double number(JsonNode n) {
        return n.isBoolean() ? (n.booleanValue() ? 1 : 0) : n.doubleValue();
    }

    /** Python's {@code bool(value)} of a JSON value. */
    private static boolean truthy(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return false;
        }
        if (n.isContainerNode()) {
            return n.size() > 0;
        }
        if (n.isTextual()) {
            return !n.asText().isEmpty();
        }
        return n.isNumber() || n.isBoolean() ? number(n) != 0 : true;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(n -> {
            if (n.isObject()) {
                out.add(n);
            }
        });
        return out;
    }

    /** Removes the marks ■ □ ◎ ● ▲ ◆ and all white space, like segscore.py's {@code norm}. */
    static String norm(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        MARKS.matcher(s).replaceAll("").codePoints()
                .filter(c -> !(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85))
                .forEach(b::appendCodePoint);
        return b.toString();
    }

    private static String text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || !v.isTextual() ? null : v.asText();
    }

    private static String joinText(JsonNode array) {
        StringBuilder b = new StringBuilder();
        array.forEach(n -> {
            if (n.isTextual()) {
                b.append(n.asText());
            }
        });
        return b.toString();
    }

    static String itemText(JsonNode it) {
        StringBuilder parts = new StringBuilder(joinText(it.path("paragraphs")));
        for (JsonNode ph : it.path("photos")) {
            String c = ph.isObject() ? text(ph, "caption") : null;
            parts.append(c == null ? "" : c);
        }
        if (parts.toString().strip().isEmpty()) {
            parts = new StringBuilder();
            for (String k : List.of("kicker", "headline", "subheadline")) {
                String v = text(it, k);
                parts.append(v == null ? "" : v);
            }
        }
        return norm(parts.toString());
    }

    static Map<String, Integer> grams(String s, int n) {
        int[] cps = s.codePoints().toArray();
        Map<String, Integer> out = new HashMap<>();
        if (cps.length >= n) {
            for (int i = 0; i + n <= cps.length; i++) {
                out.merge(new String(cps, i, n), 1, Integer::sum);
            }
        } else {
            out.put(s, 1);
        }
        return out;
    }

    static double dice(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        Map<String, Integer> ga = grams(a, 3);
        Map<String, Integer> gb = grams(b, 3);
        int inter = 0;
        for (Map.Entry<String, Integer> e : ga.entrySet()) {
            inter += Math.min(e.getValue(), gb.getOrDefault(e.getKey(), 0));
        }
        int tot = ga.values().stream().mapToInt(Integer::intValue).sum() + gb.values().stream().mapToInt(Integer::intValue).sum();
        return tot > 0 ? 2.0 * inter / tot : 0.0;
    }

    private static void match(List<JsonNode> gold, List<JsonNode> pred, List<int[]> pairs, List<Double> dices) {
        List<String> gt = gold.stream().map(SegScore::itemText).toList();
        List<String> pt = pred.stream().map(SegScore::itemText).toList();
        List<double[]> cands = new ArrayList<>();
        for (int i = 0; i < gt.size(); i++) {
            for (int j = 0; j < pt.size(); j++) {
                double d = dice(gt.get(i), pt.get(j));
                if (d >= 0.5) {
                    cands.add(new double[] {d, i, j});
                }
            }
        }
        // Python sorts tuples (d, i, j) in reverse: by d, then i, then j, all descending
        cands.sort(Comparator.<double[]>comparingDouble(c -> c[0]).thenComparingDouble(c -> c[1])
                .thenComparingDouble(c -> c[2]).reversed());
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedP = new HashSet<>();
        for (double[] c : cands) {
            int i = (int) c[1];
            int j = (int) c[2];
            if (usedG.contains(i) || usedP.contains(j)) {
                continue;
            }
            usedG.add(i);
            usedP.add(j);
            pairs.add(new int[] {i, j});
            dices.add(c[0]);
        }
    }

    private static double fieldAcc(List<JsonNode> gold, List<JsonNode> pred, Map<Integer, Integer> byG, String key) {
        int ok = 0;
        for (int i = 0; i < gold.size(); i++) {
            if (!byG.containsKey(i)) {
                continue;
            }
            JsonNode g = gold.get(i);
            JsonNode p = pred.get(byG.get(i));
            if (JUMP_FIELDS.contains(key)) {
                ok += JUMP_FIELDS.stream().allMatch(f -> pyEquals(g.get(f), p.get(f))) ? 1 : 0;
            } else {
                ok += sameField(g, p, key) ? 1 : 0;
            }
        }
        return gold.isEmpty() ? 1 : (double) ok / gold.size();
    }

    private static List<String> hgroup(JsonNode it) {
        List<String> out = new ArrayList<>();
        for (String k : List.of("kicker", "headline", "subheadline")) {
            String v = norm(text(it, k));
            if (v != null && !v.isEmpty()) {
                out.add(v);
            }
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private static Set<List<String>> photoKeys(JsonNode it) {
        Set<List<String>> out = new HashSet<>();
        for (JsonNode ph : it.path("photos")) {
            if (ph.isObject()) {
                out.add(java.util.Arrays.asList(norm(text(ph, "caption")), norm(text(ph, "credit"))));
            }
        }
        return out;
    }

    private static Set<List<String>> boundaries(JsonNode paras) {
        List<String> ps = new ArrayList<>();
        paras.forEach(n -> {
            if (n.isTextual() && !norm(n.asText()).isEmpty()) {
                ps.add(norm(n.asText()));
            }
        });
        Set<List<String>> out = new HashSet<>();
        for (int k = 0; k + 1 < ps.size(); k++) {
            out.add(List.of(tail(ps.get(k), 6), head(ps.get(k + 1), 6)));
        }
        return out;
    }

    private static String tail(String s, int n) {
        int[] cps = s.codePoints().toArray();
        return new String(cps, Math.max(0, cps.length - n), Math.min(n, cps.length));
    }

    private static String head(String s, int n) {
        int[] cps = s.codePoints().toArray();
        return new String(cps, 0, Math.min(n, cps.length));
    }

    /** {@code difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()}. */
    static double ratio(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        if (x.length + y.length == 0) {
            return 1.0;
        }
        Map<Integer, List<Integer>> b2j = new HashMap<>();
        for (int j = 0; j < y.length; j++) {
            b2j.computeIfAbsent(y[j], k -> new ArrayList<>()).add(j);
        }
        int matches = 0;
        List<int[]> queue = new ArrayList<>();
        queue.add(new int[] {0, x.length, 0, y.length});
        while (!queue.isEmpty()) {
            int[] q = queue.remove(queue.size() - 1);
            int[] m = longestMatch(x, y, b2j, q[0], q[1], q[2], q[3]);
            int i = m[0];
            int j = m[1];
            int k = m[2];
            if (k > 0) {
                matches += k;
                if (q[0] < i && q[2] < j) {
                    queue.add(new int[] {q[0], i, q[2], j});
                }
                if (i + k < q[1] && j + k < q[3]) {
                    queue.add(new int[] {i + k, q[1], j + k, q[3]});
                }
            }
        }
        return 2.0 * matches / (x.length + y.length);
    }

    private static int[] longestMatch(int[] a, int[] b, Map<Integer, List<Integer>> b2j, int alo, int ahi, int blo,
                                      int bhi) {
        int besti = alo;
        int bestj = blo;
        int bestsize = 0;
        Map<Integer, Integer> j2len = new HashMap<>();
        for (int i = alo; i < ahi; i++) {
            Map<Integer, Integer> newj2len = new HashMap<>();
            for (int j : b2j.getOrDefault(a[i], List.of())) {
                if (j < blo) {
                    continue;
                }
                if (j >= bhi) {
                    break;
                }
                int k = j2len.getOrDefault(j - 1, 0) + 1;
                newj2len.put(j, k);
                if (k > bestsize) {
                    besti = i - k + 1;
                    bestj = j - k + 1;
                    bestsize = k;
                }
            }
            j2len = newj2len;
        }
        while (besti > alo && bestj > blo && a[besti - 1] == b[bestj - 1]) {
            besti--;
            bestj--;
            bestsize++;
        }
        while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] == b[bestj + bestsize]) {
            bestsize++;
        }
        return new int[] {besti, bestj, bestsize};
    }

    private static void strings(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        } else if (node.isContainerNode()) {
            node.forEach(child -> strings(child, out));
        }
    }

    static double coverage(String input, List<JsonNode> pred) {
        List<String> strings = new ArrayList<>();
        pred.forEach(p -> strings(p, strings));
        List<String> normed = strings.stream().map(SegScore::norm).toList();
        String joined = String.join("", normed);
        Map<String, Integer> out = new HashMap<>();
        List<String> all = new ArrayList<>(normed);
        all.add(joined);
        for (String s : all) {
            grams(s, 4).forEach((k, v) -> out.merge(k, v, Math::max));
        }
        long tot = 0;
        long hit = 0;
        for (String raw : input.split("\r\n|\r|\n", -1)) {
            String line = norm(JUMP.matcher(raw).replaceAll(""));
            if (line.isEmpty() || line.equals("编者按")) {
                continue;
            }
            if (line.codePointCount(0, line.length()) < 4) {
                tot++;
                hit += joined.contains(line) ? 1 : 0;
                continue;
            }
            for (Map.Entry<String, Integer> e : grams(line, 4).entrySet()) {
                tot += e.getValue();
                hit += Math.min(e.getValue(), out.getOrDefault(e.getKey(), 0));
            }
        }
        return tot > 0 ? (double) hit / tot : 1.0;
    }
}
