package io.newsroom.edition.segment.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.edition.segment.PageSegmenter;
import io.newsroom.edition.segment.Seeds;
import io.newsroom.edition.segment.json.SegmentJsonModule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quality bar of issue 2: segments the gold seed pages and scores them with {@link SegScore} (the port of
 * shared/tools/segscore.py); fails when a mean metric drops below the bar.
 */
class GoldEvaluationTest {

    private static final List<String> GOLD = List.of("000_4d5d399ab3f75c42", "001_eedb6a7ca95d22b6",
            "004_fc92e0db041b966d");

    /** The bar: mean items_f1 >= 0.95, hgroup >= 0.90, …, jump = 1.000, coverage >= 0.998. */
    private static final Map<String, Double> BAR = Map.of("items_f1", 0.95, "headline", 0.85, "hgroup", 0.90,
            "byline", 0.95, "dateline", 0.95, "jump", 1.0, "photos", 0.90, "body", 0.99, "para_f1", 0.93,
            "coverage", 0.998);

    private final ObjectMapper mapper = SegmentJsonModule.mapper();
    private final PageSegmenter segmenter = new PageSegmenter();

    @Test
    void goldPagesScoreAboveTheBar() throws IOException {
        Map<String, Double> mean = new LinkedHashMap<>();
        StringBuilder table = new StringBuilder(String.format("%-22s", "page"));
        SegScore.COLUMNS.forEach(c -> table.append(String.format(" %8s", c)));
        for (String name : GOLD) {
            JsonNode gold = mapper.readTree(Seeds.bytes("gold/" + name + ".json"));
            String input = Seeds.page(name + ".txt");
            JsonNode pred = mapper.valueToTree(segmenter.segment(input).items());
            Map<String, Double> score = SegScore.score(gold.get("items"), pred, input);
            table.append(String.format("%n%-22s", name));
            for (String c : SegScore.COLUMNS) {
                table.append(String.format(" %8.3f", score.get(c)));
                mean.merge(c, score.get(c) / GOLD.size(), Double::sum);
            }
        }
        table.append(String.format("%n%-22s", "MEAN"));
        SegScore.COLUMNS.forEach(c -> table.append(String.format(" %8.3f", mean.get(c))));
        System.out.println(table);
        assertAll(SegScore.COLUMNS.stream().map(c -> () -> assertTrue(mean.get(c) >= BAR.get(c) - 1e-9,
                c + " mean " + mean.get(c) + " is below the bar " + BAR.get(c) + "\n" + table)));
    }

    @Test
    void scorerPortAgreesWithTheReferenceOnKnownCases() {
        assertEquals(1.0, SegScore.dice("", ""));
        // segscore.dice("abcd", "abcX") == 0.5 (3-grams {abc, bcd} vs {abc, bcX})
        assertEquals(0.5, SegScore.dice("abcd", "abcX"), 1e-12);
        // difflib.SequenceMatcher(None, "xabcyabcz", "abcqqabc", autojunk=False).ratio() == 12/17
        assertEquals(12.0 / 17, SegScore.ratio("xabcyabcz", "abcqqabc"), 1e-12);
        // difflib.SequenceMatcher(None, "abcd", "bcde", autojunk=False).ratio() == 0.75
        assertEquals(0.75, SegScore.ratio("abcd", "bcde"), 1e-12);
        // difflib: ratio("本报讯记者", "本报记者") == 2*4/9
        assertEquals(8.0 / 9, SegScore.ratio("本报讯记者", "本报记者"), 1e-12);
        assertEquals("本报讯（记者赵宗锋）", SegScore.norm(" 本报讯（记者 赵宗锋）\n"));
    }
}
