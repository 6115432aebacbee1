package io.newsroom.article.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of the public article change feed.
 *
 * @param items        the changes in sequence (commit) order
 * @param lastSequence the sequence number to pass as {@code after} next time ({@code after} itself when empty)
 * @param more         whether more changes follow right away
 */
@Schema(description = "Article changes after a sequence number, in commit order")
public record ArticleChanges(List<ArticleChange> items, long lastSequence, boolean more) {
}
