package io.newsroom.segmenter.eval;

import io.newsroom.segmenter.Seeds;
import org.junit.jupiter.api.Test;

import java.util.Map;

/**
 * The quality bar on the gold pages: segments the gold seed pages and scores them with {@link SegScore} (the port
 * of shared/tools/segscore.py); fails when a mean metric drops below the bar.
 */
class GoldEvaluationTest {

    /**
     * The bar: the figures reached (issue 2 asks less: items_f1 >= 0.95, hgroup >= 0.90, headline >= 0.85,
     * byline >= 0.95, dateline >= 0.95, jump = 1.000, photos >= 0.90, body >= 0.99, para_f1 >= 0.93,
     * coverage >= 0.998), so that any regression on the gold pages shows.
     */
    private static final Map<String, Double> BAR = Map.of("items_f1", 1.0, "headline", 1.0, "hgroup", 1.0,
            "byline", 1.0, "dateline", 1.0, "jump", 1.0, "photos", 1.0, "body", 1.0, "para_f1", 0.97,
            "coverage", 1.0);

    @Test
    void goldPagesScoreAboveTheBar() {
        PageEvaluation.assertMeanAtLeast(Seeds.GOLD, Seeds.dir(), Seeds.goldDir(), BAR);
    }
}
