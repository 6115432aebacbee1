package io.newsroom.article.matching;

import io.newsroom.contract.Flag;
import io.newsroom.contract.ItemType;
import io.newsroom.contract.Paragraph;
import io.newsroom.contract.SegmentedItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links the jumps of one edition: an article that breaks off with "（下转第3版）" to the article of page 3 that
 * continues it, and a teaser ("详见第2版") to its story on page 2. Pure and deterministic; thread-safe.
 *
 * <p><b>Candidates</b>: a jump of an article or teaser on page P naming page N {@code > P} (jumps lead forward),
 * against the articles of page N. An article's jump is continued by an article whose continuation marker names P or
 * that has none (one whose "（上接第M版）" names another page continues another story); a teaser's jump leads to an
 * article that is no continuation.
 *
 * <p><b>Score</b> of an article's jump, in [0, 1], the sum of
 * <ul>
 *   <li>{@value #MARKER_WEIGHT}, <b>continuation-marker rule</b>: the candidate prints "（上接第P版）" naming the
 *       jump's page (dev lywb-e1-p3 line 9, over "老年公交IC卡明起分区办理" jumped from page 1);</li>
 *   <li>{@value #HEADLINE_WEIGHT} × the Dice similarity ({@link TextSimilarity}) of the main headlines,
 *       <b>repeated-headline rule</b>: a continuation page repeats the headline, often shortened and without kicker
 *       or subheadline (dev hxdsb-e1-p5 repeats "报身边小事也能当上报料王" of page 1; lywb-e1-p3 repeats
 *       "老年公交IC卡明起分区办理" without page 1's subheadline);</li>
 *   <li>{@value #CONTINUITY_WEIGHT}, <b>broken-sentence rule</b>: the jumping article's last paragraph ends
 *       mid-sentence (dev lywb-e1-p1: "…由所在单位离休管理部门集中登记造册预" / page 3: "约办理；其他老人…");</li>
 *   <li>{@value #CONTINUITY_WEIGHT}, <b>no-dateline rule</b>: the candidate has no dateline, which is printed where
 *       a story starts, never on its continuation.</li>
 * </ul>
 * A teaser's jump scores the Dice similarity of the main headlines alone, <b>teaser-headline rule</b>: a teaser
 * prints its story's headline (dev lywb-e1-p1 "路边垃圾成堆 沟渠臭味难闻" / "详见第2版", the headline of page 2's
 * story).
 *
 * <p><b>Assignment</b>: one to one and global, best score first, never under {@value #THRESHOLD}. A link whose score
 * stands less than {@value #AMBIGUITY_MARGIN} above the best rival (another candidate of the same jump, or another
 * jump to the same article) is {@link Flag#JUMP_AMBIGUOUS}; a jump linked to nothing is {@link Flag#JUMP_UNMATCHED},
 * and so is a continuation ("（上接第1版）") no jump was linked to. Jumps and continuations an editor decided are
 * left out ({@link #match}).
 */
public final class JumpMatcher {

    /** Links scoring below this are not made. */
    public static final double THRESHOLD = 0.5;
    /** A link whose score beats the best rival by less than this is ambiguous. */
    public static final double AMBIGUITY_MARGIN = 0.15;
    /** Weight of the continuation-marker rule. */
    public static final double MARKER_WEIGHT = 0.5;
    /** Weight of the repeated-headline rule. */
    public static final double HEADLINE_WEIGHT = 0.3;
    /** Weight of each of the broken-sentence and no-dateline rules. */
    public static final double CONTINUITY_WEIGHT = 0.1;

    /** Characters that end a sentence in Chinese and Western text. */
    private static final String SENTENCE_END = "。！？!?…";
    /** Closing quotes and brackets that may follow the end of a sentence ("…牡丹花。”"). */
    private static final String CLOSERS = "”’」』）)》\"'";

    private JumpMatcher() {
    }

    /** What a jump leads to. */
    public enum Kind {
        /** An article's jump to the article that continues it on a later page: one story, printed twice. */
        CONTINUATION,
        /** A teaser's jump to its story. */
        TEASER
    }

    /**
     * One item of the edition, as the matcher reads it.
     *
     * @param page              page number
     * @param type              item type
     * @param continuesOnPage   the page its jump names, or {@code null}
     * @param continuedFromPage the page its continuation marker names, or {@code null}
     * @param headline          bigram profile of the main headline (of kicker and subheadline when it has none)
     * @param hasDateline       whether it has a dateline
     * @param lastParagraph     its last body paragraph, or {@code null}
     */
    public record Piece(int page, ItemType type, Integer continuesOnPage, Integer continuedFromPage, int[] headline,
            boolean hasDateline, String lastParagraph) {

        /** @return the kind of its jump, or {@code null} when it has none that can be linked */
        Kind jumpKind() {
            if (continuesOnPage == null || continuesOnPage <= page) {
                return null;
            }
            return switch (type) {
                case ARTICLE -> Kind.CONTINUATION;
                case TEASER -> Kind.TEASER;
                default -> null;
            };
        }
    }

    /**
     * One link.
     *
     * @param from      index of the jumping article or teaser
     * @param to        index of its continuation or story
     * @param kind      what the link means
     * @param score     its score, {@code >=} {@link #THRESHOLD}
     * @param ambiguous whether a rival scored within {@link #AMBIGUITY_MARGIN}
     */
    public record Link(int from, int to, Kind kind, double score, boolean ambiguous) {
    }

    /**
     * @param links the links made
     * @param flags index → {@link Flag#JUMP_UNMATCHED} or {@link Flag#JUMP_AMBIGUOUS}
     */
    public record Result(List<Link> links, Map<Integer, Flag> flags) {
    }

    /**
     * @param page page number of the item
     * @param item a segmented item
     * @return the item as the matcher reads it
     */
    public static Piece piece(int page, SegmentedItem item) {
        return piece(page, item.type(), item.continuesOnPage(), item.continuedFromPage(), item.kicker(),
                item.headline(), item.subheadline(), item.dateline(), item.body());
    }

    /**
     * @param page              page number
     * @param type              item type
     * @param continuesOnPage   jump page or {@code null}
     * @param continuedFromPage continuation marker's page or {@code null}
     * @param kicker            引题 or {@code null}
     * @param headline          主标题 or {@code null}
     * @param subheadline       副题 or {@code null}
     * @param dateline          dateline or {@code null}
     * @param body              paragraphs
     * @return the item as the matcher reads it
     */
    public static Piece piece(int page, ItemType type, Integer continuesOnPage, Integer continuedFromPage,
            String kicker, String headline, String subheadline, String dateline, List<Paragraph> body) {
        String shown = headline != null && !headline.isBlank() ? headline
                : String.join("", Arrays.asList(kicker, subheadline).stream().map(s -> s == null ? "" : s).toList());
        String group = TextSimilarity.normalise(shown);
        String last = null;
        for (Paragraph p : body) {
            if (!p.crosshead()) {
                last = p.text();
            }
        }
        return new Piece(page, type, continuesOnPage, continuedFromPage, TextSimilarity.bigrams(group),
                dateline != null && !dateline.isBlank(), last);
    }

    /**
     * Links the jumps of an edition (class comment).
     *
     * @param pieces              every item of the edition
     * @param decidedJumps        indexes of jumps an editor linked or unlinked: neither linked nor flagged here
     * @param decidedContinuations indexes of articles an editor made or declared no continuation: never a target,
     *                            never flagged here
     * @return the links, best first, and the flags
     */
    public static Result match(List<Piece> pieces, Set<Integer> decidedJumps, Set<Integer> decidedContinuations) {
        List<Link> candidates = new ArrayList<>();
        for (int from = 0; from < pieces.size(); from++) {
            Piece jump = pieces.get(from);
            Kind kind = jump.jumpKind();
            if (kind == null || decidedJumps.contains(from)) {
                continue;
            }
            for (int to = 0; to < pieces.size(); to++) {
                Piece target = pieces.get(to);
                if (to == from || decidedContinuations.contains(to) || target.page() != jump.continuesOnPage()
                        || target.type() != ItemType.ARTICLE) {
                    continue;
                }
                double score = kind == Kind.CONTINUATION ? continuationScore(jump, target) : teaserScore(target, jump);
                if (score > 0) {
                    candidates.add(new Link(from, to, kind, score, false));
                }
            }
        }
        candidates.sort(Comparator.comparingLong((Link c) -> Math.round(c.score() * 1e9)).reversed()
                .thenComparingInt(Link::from).thenComparingInt(Link::to));
        Map<Integer, Flag> flags = new HashMap<>();
        List<Link> links = new ArrayList<>();
        boolean[] fromTaken = new boolean[pieces.size()];
        Map<Kind, boolean[]> toTaken = Map.of(Kind.CONTINUATION, new boolean[pieces.size()], Kind.TEASER,
                new boolean[pieces.size()]);
        for (Link c : candidates) {
            if (c.score() < THRESHOLD || fromTaken[c.from()] || toTaken.get(c.kind())[c.to()]) {
                continue;
            }
            fromTaken[c.from()] = true;
            toTaken.get(c.kind())[c.to()] = true;
            double rival = candidates.stream().filter(r -> r != c && r.kind() == c.kind()
                    && (r.from() == c.from() || r.to() == c.to())).mapToDouble(Link::score).max().orElse(0);
            boolean ambiguous = c.score() - rival < AMBIGUITY_MARGIN;
            links.add(new Link(c.from(), c.to(), c.kind(), c.score(), ambiguous));
            if (ambiguous) {
                flags.put(c.from(), Flag.JUMP_AMBIGUOUS);
            }
        }
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            boolean unlinkedJump = p.continuesOnPage() != null && (p.type() == ItemType.ARTICLE
                    || p.type() == ItemType.TEASER) && !decidedJumps.contains(i) && !fromTaken[i];
            boolean unlinkedContinuation = p.continuedFromPage() != null && p.type() == ItemType.ARTICLE
                    && !decidedContinuations.contains(i) && !toTaken.get(Kind.CONTINUATION)[i];
            if (unlinkedJump || unlinkedContinuation) {
                flags.put(i, Flag.JUMP_UNMATCHED);
            }
        }
        return new Result(List.copyOf(links), Map.copyOf(flags));
    }

    /** @return the score of an article's jump against a candidate continuation; 0 when it continues another page */
    static double continuationScore(Piece jump, Piece target) {
        if (target.continuedFromPage() != null && target.continuedFromPage() != jump.page()) {
            return 0;
        }
        double score = target.continuedFromPage() != null ? MARKER_WEIGHT : 0;
        if (jump.headline().length > 0 && target.headline().length > 0) {
            score += HEADLINE_WEIGHT * TextSimilarity.dice(jump.headline(), target.headline());
        }
        if (jump.lastParagraph() != null && endsMidSentence(jump.lastParagraph())) {
            score += CONTINUITY_WEIGHT;
        }
        if (!target.hasDateline()) {
            score += CONTINUITY_WEIGHT;
        }
        return score;
    }

    /** @return the score of a teaser against a candidate story; 0 for a continuation or without headlines */
    static double teaserScore(Piece story, Piece teaser) {
        if (story.continuedFromPage() != null || teaser.headline().length == 0 || story.headline().length == 0) {
            return 0;
        }
        return TextSimilarity.dice(teaser.headline(), story.headline());
    }

    /**
     * Broken-sentence rule: a text ends mid-sentence when its last character, after closing quotes and brackets, is
     * no sentence-final punctuation (。！？!?…). "…集中登记造册预" does; "…利于人们赏花、游玩。" and "…牡丹花。”" do not.
     *
     * @param text a paragraph
     * @return whether it ends mid-sentence; {@code false} for a blank text
     */
    public static boolean endsMidSentence(String text) {
        String t = text == null ? "" : text.strip();
        int end = t.length();
        while (end > 0 && CLOSERS.indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && SENTENCE_END.indexOf(t.charAt(end - 1)) < 0;
    }
}
