package io.newsroom.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of {@code PUT /api/v1/desk/articles/{id}/photos}: the new photo list.
 *
 * @param photos photos in order, at most 100
 */
public record PhotosUpdate(@NotNull @Size(max = 100) List<@NotNull @Valid Photo> photos) {
}
