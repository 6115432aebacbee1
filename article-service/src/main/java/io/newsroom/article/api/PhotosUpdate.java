package io.newsroom.article.api;

import io.newsroom.article.model.Photo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code PUT /api/v1/desk/articles/{id}/photos}: the new photo list.
 *
 * @param photos photos in order, at most 100
 */
@Schema(description = "Replacement photo list")
public record PhotosUpdate(@NotNull @Size(max = 100) List<@NotNull @Valid Photo> photos) {
}
