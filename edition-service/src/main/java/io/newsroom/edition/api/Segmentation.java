package io.newsroom.edition.api;

import io.newsroom.contract.SegmentedItem;
import java.util.List;

/**
 * Answer of {@code POST /api/v1/workflow/segment}: a page's items, nothing stored.
 *
 * @param encoding  charset the text was decoded with
 * @param lineCount number of input lines (the domain of every item's {@code source_lines})
 * @param items     the items (README "Segmented item")
 */
public record Segmentation(String encoding, int lineCount, List<SegmentedItem> items) {
}
