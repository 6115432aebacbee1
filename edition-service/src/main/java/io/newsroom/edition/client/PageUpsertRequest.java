package io.newsroom.edition.client;

import io.newsroom.edition.segment.SegmentedItem;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Body of article-service's {@code PUT /api/v1/desk/editions/{paper}/{date}/pages/{page}}.
 *
 * @param pageName    page name, e.g. 要闻
 * @param contentHash lower-case hex SHA-256 of the page text's UTF-8 bytes
 * @param items       the page's items in order (position = index)
 */
public record PageUpsertRequest(@NotNull String pageName, @NotNull String contentHash,
        @NotNull List<SegmentedItem> items) {
}
