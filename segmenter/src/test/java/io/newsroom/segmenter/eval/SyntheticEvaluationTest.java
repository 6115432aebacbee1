package io.newsroom.segmenter.eval;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Robustness bar on pages the segmenter's rules were not written from: hand-written front pages in both
 * extraction styles (test resources {@code synthetic/}, each {@code .txt} with its expected segmentation
 * {@code .json} and the reasons in its {@code notes}). They vary column widths (13 to 36 ems), item order and mix:
 * a photo item first, headline groups before and after their body, letter-spaced headlines, wire datelines with
 * reporters, jumps alone and at a line end, an editor's note, a teaser, index box and duty-editor line.
 */
class SyntheticEvaluationTest {

    /** The pages and their expectations, in the module's test resources. */
    static final Path SYNTHETIC = Path.of("src", "test", "resources", "synthetic");

    private static final List<String> PAGES = List.of("s01_photo_first_13col", "s02_mixed_22col", "s03_one_per_line",
            "s04_notes_wire_photo", "s05_frames_13col", "s06_one_per_line_b", "s07_under_headline_byline",
            "s08_one_per_line_c");

    /**
     * The bar, set from the figures reached (all 1.000 but headline 0.969 when it was set: s08's
     * "市政府常务会议召开" / blank / "研究部署…等工作" is read as kicker + headline, not headline + undashed
     * subheadline: an open call on one-paragraph-per-line pages, see its notes), with a little room.
     */
    private static final Map<String, Double> BAR = Map.of("items_f1", 0.97, "headline", 0.95, "hgroup", 0.95,
            "byline", 0.95, "dateline", 0.95, "jump", 0.95, "photos", 0.95, "body", 0.98, "para_f1", 0.95,
            "coverage", 0.998);

    @Test
    void syntheticPagesScoreAboveTheBar() {
        PageEvaluation.assertMeanAtLeast(PAGES, SYNTHETIC, SYNTHETIC, BAR);
    }
}
