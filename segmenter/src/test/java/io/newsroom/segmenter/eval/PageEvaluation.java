package io.newsroom.segmenter.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.segmenter.PageSegmenter;
import io.newsroom.segmenter.json.SegmentJsonModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Segments a set of pages that have expected segmentations, scores each with {@link SegScore}, prints the
 * table segscore.py prints (one row per page, then the mean) and checks the mean against a bar.
 */
final class PageEvaluation {

    private static final ObjectMapper MAPPER = SegmentJsonModule.mapper();
    private static final PageSegmenter SEGMENTER = new PageSegmenter();

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
        Map<String, Double> mean = new LinkedHashMap<>();
        StringBuilder table = new StringBuilder(String.format("%-28s", "page"));
        SegScore.COLUMNS.forEach(c -> table.append(String.format(" %8s", c)));
        for (String name : pages) {
            String input;
            JsonNode gold;
            try {
                input = Files.readString(textDir.resolve(name + ".txt"), StandardCharsets.UTF_8);
                gold = MAPPER.readTree(goldDir.resolve(name + ".json").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            JsonNode pred = MAPPER.valueToTree(SEGMENTER.segment(input).items());
            Map<String, Double> score = SegScore.score(gold.get("items"), pred, input);
            table.append(String.format("%n%-28s", name));
            for (String c : SegScore.COLUMNS) {
                table.append(String.format(" %8.3f", score.get(c)));
                mean.merge(c, score.get(c) / pages.size(), Double::sum);
            }
        }
        table.append(String.format("%n%-28s", "MEAN"));
        SegScore.COLUMNS.forEach(c -> table.append(String.format(" %8.3f", mean.get(c))));
        System.out.println(table);
        assertAll(bar.entrySet().stream().map(e -> () -> assertTrue(mean.get(e.getKey()) >= e.getValue() - 1e-9,
                e.getKey() + " mean " + mean.get(e.getKey()) + " is below the bar " + e.getValue() + "\n" + table)));
    }
}
