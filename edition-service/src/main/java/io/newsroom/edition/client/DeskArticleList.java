package io.newsroom.edition.client;

import java.util.List;

/**
 * article-service's desk listing of an edition's articles.
 *
 * @param items every article, any status, page then position order
 */
public record DeskArticleList(List<DeskArticle> items) {
}
