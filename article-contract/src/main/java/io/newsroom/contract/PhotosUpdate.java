package io.newsroom.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of {@code PUT /api/v1/desk/articles/{id}/photos}: the new photo list.
 *
 * @param photos photos in order, at most 100
 * @param correctionNote the editor's 更正说明 for the correction this change makes of a published article, ≤ 500
 *                       characters; optional, ignored for drafts (their changes are no corrections)
 */
public record PhotosUpdate(@NotNull @Size(max = 100) List<@NotNull @Valid Photo> photos,
        @Size(max = Correction.NOTE_MAX) String correctionNote) {
}
