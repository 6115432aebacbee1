package io.newsroom.segmenter.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A faithful Java port of the metrics of shared/tools/segscore.py (same matching, same n-gram Dice, same
 * difflib ratio without autojunk, same coverage), used by the evaluation test. Strings are compared by code
 * point, as Python does.
 */
public final class SegScore {

    /** The metric names, in the scorer's column order. */
    public static final List<String> COLUMNS = List.of("items_f1", "headline", "hgroup", "byline", "dateline", "jump",
            "photos", "body", "para_f1", "coverage");

    private static final Pattern JUMP = Pattern.compile(
            "[（(]\\s*下\\s*转\\s*第\\s*\\d+\\s*版\\s*[）)]|详\\s*细\\s*报\\s*道\\s*见\\s*第\\s*\\d+\\s*版");

    private SegScore() {
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
        res.put("jump", fieldAcc(g, p, byG, "continues_on_page"));
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
        return res;
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

    /** Removes all whitespace, like Python's {@code re.sub(r"\s+", "", s)}. */
    static String norm(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> !(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85))
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
            if (key.equals("continues_on_page")) {
                JsonNode a = g.get(key);
                JsonNode b = p.get(key);
                boolean aNull = a == null || a.isNull();
                boolean bNull = b == null || b.isNull();
                ok += (aNull && bNull) || (!aNull && !bNull && a.equals(b)) ? 1 : 0;
            } else {
                ok += Objects.equals(norm(text(g, key)), norm(text(p, key))) ? 1 : 0;
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
            String line = norm(JUMP.matcher(raw).replaceAll("")).replace("■", "");
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
