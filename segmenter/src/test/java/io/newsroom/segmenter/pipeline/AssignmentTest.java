package io.newsroom.segmenter.pipeline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AssignmentTest {

    private static Assignment.Candidate c(int s, int t, double score) {
        return new Assignment.Candidate(s, t, score);
    }

    @Test
    void bestPairsFirstOneToOneWithMargins() {
        // source 0 prefers target 0 (0.9) over 1 (0.5); source 1 then takes target 1 (0.4); source 2 wanted target 0
        // too (0.85) and is left without a partner, so it is the rival that makes the first decision a close call
        List<Assignment.Pair> pairs = Assignment.greedy(
                List.of(c(0, 0, 0.9), c(0, 1, 0.5), c(1, 0, 0.6), c(1, 1, 0.4), c(2, 0, 0.85)), 3, 2, 0.3, null);
        assertEquals(2, pairs.size());
        assertEquals(0, pairs.get(0).source());
        assertEquals(0, pairs.get(0).target());
        assertEquals(0.05, pairs.get(0).margin(), 1e-9);
        assertEquals(new Assignment.Pair(1, 1, 0.4, 0.4), pairs.get(1));
    }

    @Test
    void pairsUnderTheThresholdOrVetoedAreNotMade() {
        List<Assignment.Candidate> cands = List.of(c(0, 0, 0.9), c(1, 1, 0.2), c(2, 2, 0.8));
        assertEquals(2, Assignment.greedy(cands, 3, 3, 0.5, null).size());
        List<Assignment.Pair> vetoed = Assignment.greedy(cands, 3, 3, 0.5, (s, t) -> s != 2);
        assertEquals(1, vetoed.size());
        assertEquals(0, vetoed.get(0).source());
    }
}
