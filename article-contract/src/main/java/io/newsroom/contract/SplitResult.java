package io.newsroom.contract;


/**
 * Answer of a split.
 *
 * @param article the article that was split, keeping the paragraphs before the split point
 * @param created the new article holding the paragraphs from the split point on
 */
public record SplitResult(ArticleView article, ArticleView created) {
}
