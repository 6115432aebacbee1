package io.newsroom.segmenter.eval;

import io.newsroom.segmenter.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The corpus evaluator on a corpus folder built from the seed gold: names, groups, means, minimums, errors. */
class CorpusEvaluatorTest {

    @TempDir
    Path corpus;

    /**
     * The three gold pages as paper lcrb, each under two extractors with the same text, plus a page of paper xyrb
     * whose text is another page's (nothing matches: items_f1 0).
     */
    private void buildCorpus() throws IOException {
        Files.createDirectories(corpus.resolve("text"));
        Files.createDirectories(corpus.resolve("gold"));
        for (String name : Seeds.GOLD) {
            for (String extractor : List.of("raw", "layout")) {
                add("lcrb-" + name.substring(0, 3) + "." + extractor, name, name);
            }
        }
        add("xyrb-p01.raw", Seeds.GOLD.get(0), Seeds.GOLD.get(1));
        Files.writeString(corpus.resolve("text").resolve("no-gold.raw.txt"), "本报讯 没有金标的版面不计分。");
    }

    private void add(String page, String gold, String text) throws IOException {
        Files.copy(Seeds.goldDir().resolve(gold + ".json"), corpus.resolve("gold").resolve(page + ".json"));
        Files.write(corpus.resolve("text").resolve(page + ".txt"), Seeds.bytes(text + ".txt"));
    }

    @Test
    void scoresEveryGoldPageAndSummarisesByExtractorPaperAndOverall() throws IOException {
        buildCorpus();

        CorpusEvaluator.Report report = new CorpusEvaluator().evaluate(corpus);

        assertEquals(7, report.pages().size());
        CorpusEvaluator.PageScore first = report.pages().get(0);
        assertEquals("lcrb-000.layout", first.name());
        assertEquals("lcrb", first.paper());
        assertEquals("layout", first.extractor());
        assertEquals(10, first.goldItems());
        assertEquals(SegScore.COLUMNS.size(), first.metrics().size());

        assertEquals(List.of("layout", "raw"), report.byExtractor().stream().map(CorpusEvaluator.GroupScore::group)
                .toList());
        assertEquals(List.of(3, 4), report.byExtractor().stream().map(CorpusEvaluator.GroupScore::pages).toList());
        CorpusEvaluator.GroupScore lcrb = report.byPaper().get(0);
        CorpusEvaluator.GroupScore xyrb = report.byPaper().get(1);
        assertEquals("lcrb", lcrb.group());
        assertEquals(6, lcrb.pages());
        // the seed gold pages segment perfectly but for paragraph breaks (GoldEvaluationTest)
        assertEquals(1.0, lcrb.mean().get("items_f1"));
        assertEquals(1.0, lcrb.min().get("items_f1"));
        assertTrue(lcrb.min().get("para_f1") < lcrb.mean().get("para_f1"));
        assertEquals(report.byExtractor().get(0).mean().get("para_f1"), lcrb.mean().get("para_f1"), 1e-12);
        assertEquals(0.0, xyrb.min().get("items_f1"));

        assertEquals(7, report.overall().pages());
        assertEquals(6.0 / 7, report.overall().mean().get("items_f1"), 1e-12);
        assertEquals(0.0, report.overall().min().get("items_f1"));
        assertEquals("xyrb-p01.raw", report.weakest().name());

        String table = CorpusEvaluator.table(report);
        assertTrue(table.contains("MEAN raw"), table);
        assertTrue(table.contains("MIN  lcrb"), table);
        assertTrue(table.contains("lowest items_f1: 0.000 (xyrb-p01.raw)"), table);
        assertEquals(1 + 7 + 1 + 4 + 1 + 4 + 1 + 2 + 1, table.lines().count(), table);
    }

    @Test
    void aGoldPageWithoutTextOrAFolderWithoutGoldIsAnError() throws IOException {
        assertThrows(IllegalArgumentException.class, () -> new CorpusEvaluator().evaluate(corpus));
        buildCorpus();
        Files.delete(corpus.resolve("text").resolve("lcrb-004.raw.txt"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CorpusEvaluator().evaluate(corpus));
        assertTrue(e.getMessage().contains("lcrb-004.raw"), e.getMessage());
    }
}
