package io.newsroom.segmenter.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Segments a set of pages that have expected segmentations, scores each with {@link CorpusEvaluator} (the
 * {@link SegScore} metrics), prints its table and checks the mean over the pages against a bar.
 */
final class PageEvaluation {

    private static final CorpusEvaluator EVALUATOR = new CorpusEvaluator();

    private PageEvaluation() {
    }

    /**
     * @param pages    page names; the text is {@code textDir/<name>.txt}, the expectation {@code goldDir/<name>.json}
     * @param textDir  folder of the page texts
     * @param goldDir  folder of the expectations (the gold shape of seeds/gold/SCHEMA.md)
     * @param bar      metric name → lowest accepted mean; metrics not named are printed only
     * @throws org.opentest4j.MultipleFailuresError naming every metric below the bar, with the table
     */
    static void assertMeanAtLeast(List<String> pages, Path textDir, Path goldDir, Map<String, Double> bar) {
        List<CorpusEvaluator.PageScore> scores = new ArrayList<>();
        for (String name : pages) {
            try {
                scores.add(EVALUATOR.score(name, textDir.resolve(name + ".txt"), goldDir.resolve(name + ".json")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        CorpusEvaluator.Report report = CorpusEvaluator.report(scores);
        String table = CorpusEvaluator.table(report);
        System.out.println(table);
        Map<String, Double> mean = report.overall().mean();
        assertAll(bar.entrySet().stream().map(e -> () -> assertTrue(mean.get(e.getKey()) >= e.getValue() - 1e-9,
                e.getKey() + " mean " + mean.get(e.getKey()) + " is below the bar " + e.getValue() + "\n" + table)));
    }
}
