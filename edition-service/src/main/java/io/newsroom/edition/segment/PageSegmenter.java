package io.newsroom.edition.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Segments the text of one printed page into items. Pure and thread-safe: no I/O, no framework.
 *
 * <p>PLACEHOLDER until the segmenter pipeline lands: keeps every non-blank line as a paragraph of
 * a single item flagged {@link Flag#ORPHAN_TEXT} and {@link Flag#HEADLINE_MISSING}.
 */
public final class PageSegmenter {

    /**
     * @param pageText the page text (already decoded; any line ends)
     * @return the page's items; an empty or blank page gives no items
     */
    public SegmentedPage segment(String pageText) {
        String[] lines = pageText.split("\r\n|\r|\n", -1);
        List<String> paragraphs = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                paragraphs.add(line.strip());
            }
        }
        if (paragraphs.isEmpty()) {
            return new SegmentedPage(List.of(), lines.length);
        }
        SegmentedItem item = new SegmentedItem(ItemType.ARTICLE, null, null, null, null, null, null, paragraphs,
                List.of(), null, List.of(), List.of(Flag.ORPHAN_TEXT, Flag.HEADLINE_MISSING), 0.0,
                List.of(new LineRange(1, lines.length)));
        return new SegmentedPage(List.of(item), lines.length);
    }
}
