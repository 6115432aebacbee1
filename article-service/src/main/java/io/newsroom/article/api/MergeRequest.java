package io.newsroom.article.api;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /api/v1/desk/articles/{id}/merge}: the adjacent article to absorb.
 *
 * @param otherId      id of the other article (same page, next or previous item in page order)
 * @param otherVersion its current version (its ETag without quotes); 412 when stale
 */
@Schema(description = "The adjacent article to merge into this one",
        example = "{\"other_id\": \"4f9c7c1e-3f0e-4a57-9a53-1d0c5d1b9e21\", \"other_version\": 2}")
public record MergeRequest(@NotNull UUID otherId, @NotNull Long otherVersion) {
}
