package io.newsroom.contract;

import java.util.List;

/**
 * An article's revisions ({@code GET /api/v1/desk/articles/{id}/revisions}).
 *
 * @param items revisions, oldest first, without previous state
 */
public record RevisionList(List<RevisionView> items) {
}
