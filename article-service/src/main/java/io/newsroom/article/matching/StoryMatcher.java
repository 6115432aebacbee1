package io.newsroom.article.matching;

import io.newsroom.contract.Paragraph;
import io.newsroom.contract.Photo;
import io.newsroom.contract.SegmentedItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.newsroom.article.matching.TextSimilarity.bigrams;
import static io.newsroom.article.matching.TextSimilarity.dice;
import static io.newsroom.article.matching.TextSimilarity.normalise;

/**
 * Matches the items of a re-ingested page to the page's existing articles by what they say, so that an article id
 * keeps its story whatever happens to the page (items inserted, deleted, reordered, edited, segmented again).
 * Pure and deterministic; thread-safe.
 *
 * <p><b>Score</b> of an (article, item) pair, in [0, 1]: the weighted mean, over the parts both sides have, of the
 * Sørensen–Dice coefficient on character-bigram multisets ({@link TextSimilarity}), of
 * <ul>
 *   <li>the headline group (kicker, headline, subheadline), weight {@value #HEADLINE_WEIGHT};</li>
 *   <li>the lead (the first body paragraph, at most {@value #LEAD_CHARS} characters), weight {@value #LEAD_WEIGHT};</li>
 *   <li>the whole text (every paragraph and photo caption), weight {@value #TEXT_WEIGHT}.</li>
 * </ul>
 * Texts are NFKC-normalised, lower-cased and stripped of white space first (line wraps and the compatibility
 * ideographs of PDF extractors do not count), and padded so that a one-character headline still has bigrams.
 * Character bigrams are the usual unit for comparing Chinese text without a word segmenter (Nie, Gao, Zhang and
 * Zhou 2000, "On the use of words and n-grams for Chinese information retrieval"). A change of item type (an
 * article segmented as a teaser) multiplies the score by {@value #TYPE_CHANGE_FACTOR}. Titles in 书名号 (《…》) name
 * the article, report or work a text is about: when both sides cite titles and no title of one resembles one of the
 * other (Dice {@code <} {@value #THRESHOLD}), the score is multiplied by {@value #TITLE_MISMATCH_FACTOR}, so that two
 * boxes of one template ("今日刊发《甲》，敬请关注" / "今日刊发《乙》…") are two stories, not one story edited.
 *
 * <p><b>Assignment</b>: one-to-one and global, best score first (greedy), pairs under {@value #THRESHOLD} never
 * matched. Greedy best-first is a ½-approximation of the maximum-weight matching (Avis 1983, "A survey of heuristics
 * for the weighted matching problem") and, unlike an optimum, never trades a near-certain pair for two weaker
 * ones. Order of the candidates: an identical item (same item hash) first, then the score, then — the tie-breaker
 * for equal scores, e.g. two identical photo credits — the Jaccard overlap of the source lines, then the distance
 * between old and new position, then the indexes. A position never decides alone: an item no article resembles is
 * new, an article no item resembles has lost its story.
 */
public final class StoryMatcher {

    /** Pairs scoring below this are different stories. */
    public static final double THRESHOLD = 0.5;
    /** Weight of the headline group. */
    public static final double HEADLINE_WEIGHT = 0.3;
    /** Weight of the lead. */
    public static final double LEAD_WEIGHT = 0.2;
    /** Weight of the whole text. */
    public static final double TEXT_WEIGHT = 0.5;
    /** Factor of a pair whose item types differ. */
    public static final double TYPE_CHANGE_FACTOR = 0.9;
    /** Factor of a pair whose cited 《titles》 have nothing in common. */
    public static final double TITLE_MISMATCH_FACTOR = 0.5;
    /** Characters of the first body paragraph that make the lead. */
    public static final int LEAD_CHARS = 120;

    private static final Pattern TITLE = Pattern.compile("《([^《》]{1,60})》");

    private StoryMatcher() {
    }

    /**
     * What one article or item says, ready to be compared ({@link #story}).
     *
     * @param type      item type code, e.g. {@code article}
     * @param headline  bigram profile of the headline group (sorted codes), empty when it has none
     * @param lead      bigram profile of the lead, empty when there is none
     * @param text      bigram profile of the whole text, empty when there is none
     * @param titles    the titles it cites in 《》, normalised, in order
     * @param lines     the source lines (1-based) it came from
     * @param exactKey  the item hash last applied (article) or of the item, {@code null} if unknown
     */
    public record Story(String type, int[] headline, int[] lead, int[] text, List<String> titles, BitSet lines,
            String exactKey) {
    }

    /**
     * One pair of the assignment.
     *
     * @param existing index of the article in the list of existing stories
     * @param incoming index of the item in the list of incoming stories
     * @param score    its score, {@code >=} {@link #THRESHOLD}
     */
    public record Match(int existing, int incoming, double score) {
    }

    /**
     * @param item     an incoming item
     * @param exactKey its item hash, or {@code null}
     * @return what the item says, ready to be compared
     */
    public static Story story(SegmentedItem item, String exactKey) {
        return story(item.type().code(), item.kicker(), item.headline(), item.subheadline(), item.body(),
                item.photos(), item.sourceLines().stream().map(r -> new int[] {r.first(), r.last()}).toList(),
                exactKey);
    }

    /**
     * @param type        item type code
     * @param kicker      引题, may be {@code null}
     * @param headline    主标题, may be {@code null}
     * @param subheadline 副题, may be {@code null}
     * @param body        the paragraphs (the lead is the first that is no crosshead)
     * @param photos      the photos (their captions, or credits when they have no caption, count as text)
     * @param lineRanges  1-based inclusive {@code [first, last]} source line ranges
     * @param exactKey    the item hash, or {@code null}
     * @return the story's comparable form
     */
    public static Story story(String type, String kicker, String headline, String subheadline, List<Paragraph> body,
            List<Photo> photos, List<int[]> lineRanges, String exactKey) {
        String group = normalise(join(Arrays.asList(kicker, headline, subheadline)));
        String lead = normalise(body.stream().filter(p -> !p.crosshead()).map(Paragraph::text).findFirst()
                .orElse(null));
        if (lead.length() > LEAD_CHARS) {
            lead = lead.substring(0, LEAD_CHARS);
        }
        List<String> texts = new ArrayList<>(body.size() + photos.size());
        body.forEach(p -> texts.add(p.text()));
        photos.forEach(p -> texts.add(p.caption() != null && !p.caption().isBlank() ? p.caption() : p.credit()));
        String text = normalise(join(texts));
        List<String> titles = new ArrayList<>();
        Matcher title = TITLE.matcher(group + text);
        while (title.find()) {
            titles.add(title.group(1));
        }
        BitSet lines = new BitSet();
        for (int[] range : lineRanges) {
            if (range.length == 2 && range[0] >= 1 && range[1] >= range[0]) {
                lines.set(range[0], Math.min(range[1], 1_000_000) + 1);
            }
        }
        return new Story(type, bigrams(group), bigrams(lead), bigrams(text), List.copyOf(titles), lines, exactKey);
    }

    /**
     * The one-to-one assignment of incoming items to existing articles (class comment).
     *
     * @param existing the page's articles
     * @param incoming the new segmentation's items, in page order
     * @return the matched pairs, best first; an index in no pair is unmatched
     */
    public static List<Match> match(List<Story> existing, List<Story> incoming) {
        List<Candidate> candidates = new ArrayList<>();
        for (int e = 0; e < existing.size(); e++) {
            for (int i = 0; i < incoming.size(); i++) {
                Story old = existing.get(e);
                Story now = incoming.get(i);
                boolean exact = old.exactKey() != null && old.exactKey().equals(now.exactKey());
                double score = exact ? 1.0 : score(old, now);
                if (score >= THRESHOLD) {
                    candidates.add(new Candidate(e, i, score, exact, jaccard(old.lines(), now.lines())));
                }
            }
        }
        candidates.sort(Comparator.comparing(Candidate::exact).reversed()
                .thenComparing(Comparator.comparingLong((Candidate c) -> Math.round(c.score() * 1e9)).reversed())
                .thenComparing(Comparator.comparingDouble(Candidate::lineOverlap).reversed())
                .thenComparingInt(c -> Math.abs(c.existing() - c.incoming()))
                .thenComparingInt(Candidate::incoming)
                .thenComparingInt(Candidate::existing));
        boolean[] oldTaken = new boolean[existing.size()];
        boolean[] newTaken = new boolean[incoming.size()];
        List<Match> matches = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!oldTaken[c.existing()] && !newTaken[c.incoming()]) {
                oldTaken[c.existing()] = true;
                newTaken[c.incoming()] = true;
                matches.add(new Match(c.existing(), c.incoming(), c.score()));
            }
        }
        return matches;
    }

    /**
     * @param a one story
     * @param b another
     * @return the pair's score in [0, 1] (class comment); 0 when they share no part to compare
     */
    public static double score(Story a, Story b) {
        double weighted = 0;
        double weights = 0;
        double bound = 0;
        int[][][] parts = {{a.headline(), b.headline()}, {a.lead(), b.lead()}, {a.text(), b.text()}};
        double[] partWeights = {HEADLINE_WEIGHT, LEAD_WEIGHT, TEXT_WEIGHT};
        for (int p = 0; p < parts.length; p++) {
            int[] x = parts[p][0];
            int[] y = parts[p][1];
            if (x.length > 0 && y.length > 0) {
                weights += partWeights[p];
                bound += partWeights[p] * 2.0 * Math.min(x.length, y.length) / (x.length + y.length);
            }
        }
        if (weights == 0) {
            return 0;
        }
        double factor = (Objects.equals(a.type(), b.type()) ? 1.0 : TYPE_CHANGE_FACTOR)
                * (citeOtherTitles(a.titles(), b.titles()) ? TITLE_MISMATCH_FACTOR : 1.0);
        if (factor * bound / weights < THRESHOLD) {
            return factor * bound / weights; // an upper bound already under the threshold: skip the exact count
        }
        for (int p = 0; p < parts.length; p++) {
            int[] x = parts[p][0];
            int[] y = parts[p][1];
            if (x.length > 0 && y.length > 0) {
                weighted += partWeights[p] * dice(x, y);
            }
        }
        return factor * weighted / weights;
    }

    /** @return whether both cite titles and none of one resembles one of the other */
    private static boolean citeOtherTitles(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        for (String x : a) {
            for (String y : b) {
                if (dice(bigrams(x), bigrams(y)) >= THRESHOLD) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String join(List<String> parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null) {
                out.append(part).append('\n');
            }
        }
        return out.toString();
    }

    private static double jaccard(BitSet a, BitSet b) {
        BitSet union = (BitSet) a.clone();
        union.or(b);
        if (union.isEmpty()) {
            return 0;
        }
        BitSet common = (BitSet) a.clone();
        common.and(b);
        return (double) common.cardinality() / union.cardinality();
    }

    private record Candidate(int existing, int incoming, double score, boolean exact, double lineOverlap) {
    }
}
