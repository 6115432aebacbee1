package io.newsroom.article.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Answer of a split.
 *
 * @param article the article that was split, keeping the paragraphs before the split point
 * @param created the new article holding the paragraphs from the split point on
 */
@Schema(description = "The two articles after a split")
public record SplitResult(ArticleView article, ArticleView created) {
}
