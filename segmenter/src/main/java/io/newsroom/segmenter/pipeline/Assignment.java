package io.newsroom.segmenter.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one assignment of sources to targets that maximises the summed score, approximated best-pair-first
 * (greedy matching, within half of the optimum and exact for the few dozen candidates of a page in practice),
 * with each decision's margin: how far its score stands above the best pair that could have been made instead.
 * Pure; O(c·log c) for c candidate pairs.
 */
public final class Assignment {

    /**
     * A pair open to the assignment.
     *
     * @param source index of the source, 0 ≤ source &lt; sources
     * @param target index of the target, 0 ≤ target &lt; targets
     * @param score  the pair's score; higher is better
     */
    public record Candidate(int source, int target, double score) {
    }

    /**
     * A decision: source {@code source} goes to target {@code target}.
     *
     * @param source index of the source
     * @param target index of the target
     * @param score  the pair's score
     * @param margin score minus the best rival: a candidate of the same source or target whose other end was left
     *               without a partner, so it could have been made instead (the score itself when there was none)
     */
    public record Pair(int source, int target, double score, double margin) {
    }

    private Assignment() {
    }

    /**
     * @param candidates the open pairs (any order)
     * @param sources    number of sources
     * @param targets    number of targets
     * @param threshold  pairs scoring below it are not made
     * @param allowed    asked just before a pair is made, best pairs first; {@code false} skips the pair, {@code true}
     *                   makes it (so the veto may record it, e.g. to refuse pairs that would close a cycle);
     *                   {@code null} allows every pair
     * @return the pairs made, best first
     */
    public static List<Pair> greedy(List<Candidate> candidates, int sources, int targets, double threshold,
                                    Veto allowed) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble(Candidate::score).reversed());
        int[] targetOf = new int[sources];
        int[] sourceOf = new int[targets];
        Arrays.fill(targetOf, -1);
        Arrays.fill(sourceOf, -1);
        List<Candidate> made = new ArrayList<>();
        for (Candidate c : sorted) {
            if (c.score() < threshold) {
                break;
            }
            int i = c.source();
            int j = c.target();
            if (targetOf[i] >= 0 || sourceOf[j] >= 0 || (allowed != null && !allowed.allows(i, j))) {
                continue;
            }
            targetOf[i] = j;
            sourceOf[j] = i;
            made.add(c);
        }
        // a rival is a pair that could have been made instead: its other end is left without a partner
        double[] rivalOfSource = new double[sources];
        double[] rivalOfTarget = new double[targets];
        for (Candidate c : candidates) {
            if (sourceOf[c.target()] < 0) {
                rivalOfSource[c.source()] = Math.max(rivalOfSource[c.source()], c.score());
            }
            if (targetOf[c.source()] < 0) {
                rivalOfTarget[c.target()] = Math.max(rivalOfTarget[c.target()], c.score());
            }
        }
        List<Pair> out = new ArrayList<>(made.size());
        for (Candidate c : made) {
            double rival = Math.max(rivalOfSource[c.source()], rivalOfTarget[c.target()]);
            out.add(new Pair(c.source(), c.target(), c.score(), c.score() - rival));
        }
        return out;
    }

    /** A veto on a pair about to be made. */
    @FunctionalInterface
    public interface Veto {
        /**
         * @param source source index
         * @param target target index
         * @return {@code false} to skip the pair
         */
        boolean allows(int source, int target);
    }
}
