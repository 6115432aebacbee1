package io.newsroom.segmenter;

import io.newsroom.contract.LineRange;
import io.newsroom.contract.SegmentedItem;
import java.util.List;

/**
 * The result of segmenting one page: its items, ordered by where their body (for teasers and
 * items without a body: their headline) starts in the input.
 *
 * @param items     the page's items
 * @param lineCount number of lines of the normalised input (the domain of every {@link LineRange})
 */
public record SegmentedPage(List<SegmentedItem> items, int lineCount) {

    public SegmentedPage {
        items = List.copyOf(items);
    }
}
