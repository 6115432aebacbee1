package io.newsroom.contract;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/desk/articles/{id}/split}.
 *
 * @param paragraph 0-based index of the first paragraph of the new article; at least 1 and below the
 *                  paragraph count (400 otherwise)
 * @param correctionNote the editor's 更正说明 for the correction this change makes of a published article, ≤ 500
 *                       characters; optional, ignored for drafts (their changes are no corrections)
 */
public record SplitRequest(@NotNull @Min(1) Integer paragraph,
        @Size(max = Correction.NOTE_MAX) String correctionNote) {
}
