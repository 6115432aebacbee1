package io.newsroom.contract;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Body of {@code POST /api/v1/desk/articles/{id}/split}.
 *
 * @param paragraph 0-based index of the first paragraph of the new article; at least 1 and below the
 *                  paragraph count (400 otherwise)
 */
public record SplitRequest(@NotNull @Min(1) Integer paragraph) {
}
