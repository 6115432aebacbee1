package io.newsroom.edition.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsroom.edition.mapping.EditionMapper;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Body of article-service's {@code PUT /api/v1/desk/editions/{paper}/{date}/pages/{page}}.
 *
 * @param pageName    page name, e.g. 要闻
 * @param contentHash lower-case hex SHA-256 of the page text's UTF-8 bytes
 * @param items       the page's items in order (position = index), as {@link EditionMapper#articleItems} writes them
 */
public record PageUpsertRequest(@NotNull String pageName, @NotNull String contentHash,
        @NotNull List<ObjectNode> items) {
}
