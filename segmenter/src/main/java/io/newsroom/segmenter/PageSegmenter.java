package io.newsroom.segmenter;

import io.newsroom.contract.SegmentedItem;
import io.newsroom.segmenter.pipeline.BlockBuilder;
import io.newsroom.segmenter.pipeline.ItemAssembler;
import io.newsroom.segmenter.pipeline.LineSpacing;
import io.newsroom.segmenter.pipeline.LineSplitter;
import io.newsroom.segmenter.pipeline.PageHeader;
import io.newsroom.segmenter.pipeline.PageLine;
import io.newsroom.segmenter.pipeline.PageStyle;
import io.newsroom.segmenter.pipeline.TextNormalizer;

import java.util.List;

/**
 * Segments the text of one printed page into items. Pure and thread-safe: no I/O, no framework.
 *
 * <p>The pipeline (package {@code pipeline}): {@link TextNormalizer} (line ends, spaces, control characters) →
 * {@link SideBySideFrames} (lines of side-by-side frames that a position-sorting extractor joined, taken apart) →
 * {@link LineSplitter} (numbered lines, jump markers, inline credits) → {@link LineSpacing} (double spacing
 * undone) → {@link PageHeader} (header lines blanked) → {@link PageStyle} (hard-wrapped or one
 * paragraph per line) → {@link BlockBuilder} (typed blocks: column breaks, frame widths, headline runs and groups) →
 * {@link ItemAssembler} (fragments threaded into bodies and headline groups given to them by scored assignments,
 * paragraphs, bylines, photos, teasers, flags, confidence from decision margins). Every stage is linear in the input
 * but for sorting and the bounded pairing of fragments ({@code ItemAssembler.REACH}).
 */
public final class PageSegmenter {

    /**
     * @param pageText the page text (already decoded; any line ends); not {@code null}
     * @return the page's items, ordered by where their body (else headline) starts; an empty or blank page gives
     *         no items. {@link SegmentedPage#lineCount()} counts the lines of the normalised text.
     */
    public SegmentedPage segment(String pageText) {
        List<PageLine> all = LineSplitter.split(TextNormalizer.normalize(pageText));
        List<PageLine> lines = PageHeader.blankOut(LineSpacing.undouble(all));
        boolean onePerLine = PageStyle.detect(lines) == PageStyle.ONE_PARAGRAPH_PER_LINE;
        List<SegmentedItem> items = ItemAssembler.assemble(BlockBuilder.build(lines), onePerLine);
        return new SegmentedPage(items, all.stream().mapToInt(PageLine::number).max().orElse(0));
    }
}
