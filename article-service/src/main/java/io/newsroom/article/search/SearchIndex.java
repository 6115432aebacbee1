package io.newsroom.article.search;

import io.newsroom.article.ArticleEntity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

/**
 * Keeps every article's search terms ({@code article.search_vector}) in step with its text: the JPA entity listener
 * of {@link ArticleEntity} writes them in the same statement as every insert and update, so a publication, a
 * correction or a withdrawal is searchable (or no longer found) as it commits. Articles stored before search existed
 * get theirs from {@link SearchBackfill}.
 */
public class SearchIndex {

    /**
     * @param article an article about to be inserted or updated; its {@code searchVector} is set from its texts
     */
    @PrePersist
    @PreUpdate
    public void index(ArticleEntity article) {
        article.searchVector = SearchTerms.vector(SearchTerms.fields(article.column, article.kicker, article.headline,
                article.subheadline, article.byline, article.dateline, article.paragraphs, article.photos));
    }
}
