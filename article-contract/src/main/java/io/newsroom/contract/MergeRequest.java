package io.newsroom.contract;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Body of {@code POST /api/v1/desk/articles/{id}/merge}: the adjacent article to absorb.
 *
 * @param otherId      id of the other article (same page, next or previous item in page order)
 * @param otherVersion its current version (its ETag without quotes); 412 when stale
 */
public record MergeRequest(@NotNull UUID otherId, @NotNull Long otherVersion) {
}
