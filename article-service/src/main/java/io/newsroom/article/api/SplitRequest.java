package io.newsroom.article.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /api/v1/desk/articles/{id}/split}.
 *
 * @param paragraph 0-based index of the first paragraph of the new article; at least 1 and below the
 *                  paragraph count (400 otherwise)
 */
@Schema(description = "Where to split: the first paragraph of the new article", example = "{\"paragraph\": 3}")
public record SplitRequest(@NotNull @Min(1) Integer paragraph) {
}
