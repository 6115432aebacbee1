package io.newsroom.edition.service;

import io.newsroom.segmenter.PageSegmenter;
import io.newsroom.segmenter.SegmentedPage;
import io.newsroom.edition.telemetry.EditionMetrics;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/** Step 2 of a page upload: segments the text in its own span and records the segmentation metrics. */
@ApplicationScoped
public class PageSegmentation {

    private final PageSegmenter segmenter = new PageSegmenter();

    @Inject
    EditionMetrics metrics;

    /**
     * @param text the decoded page text
     * @return its items
     */
    @WithSpan("segment page")
    public SegmentedPage segment(String text) {
        long start = System.nanoTime();
        SegmentedPage page = segmenter.segment(text);
        int flags = page.items().stream().mapToInt(item -> item.flags().size()).sum();
        metrics.segmented(Duration.ofNanos(System.nanoTime() - start), page.items().size(), flags);
        return page;
    }
}
