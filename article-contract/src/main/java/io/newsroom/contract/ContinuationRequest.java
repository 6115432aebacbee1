package io.newsroom.contract;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Body of {@code PUT /api/v1/desk/articles/{id}/continuation}: an editor links an article that jumps
 * ("（下转第3版）") to its continuation on a later page of the same edition, or a teaser to its story.
 *
 * @param continuationId the article on the page the jump names
 */
public record ContinuationRequest(@NotNull UUID continuationId) {
}
