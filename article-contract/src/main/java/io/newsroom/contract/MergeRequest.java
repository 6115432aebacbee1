package io.newsroom.contract;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Body of {@code POST /api/v1/desk/articles/{id}/merge}: the adjacent article to absorb.
 *
 * @param otherId      id of the other article (same page, next or previous item in page order)
 * @param otherVersion its current version (its ETag without quotes); 412 when stale
 * @param correctionNote the editor's 更正说明 for the correction this change makes of a published article, ≤ 500
 *                       characters; optional, ignored for drafts (their changes are no corrections)
 */
public record MergeRequest(@NotNull UUID otherId, @NotNull Long otherVersion,
        @Size(max = Correction.NOTE_MAX) String correctionNote) {
}
