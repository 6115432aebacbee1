package io.newsroom.edition.client;

import java.time.Instant;
import java.util.List;

/**
 * One entry of an article's revision history in article-service.
 *
 * @param number          1, 2, … per article
 * @param editor          {@code upn} of the editor
 * @param changedAt       when (UTC)
 * @param changedFields   names of the changed fields, or of the desk operation ({@code merged_from} …)
 * @param previousVersion the article version before the change
 */
public record ArticleRevision(int number, String editor, Instant changedAt, List<String> changedFields,
        long previousVersion) {

    /**
     * @param items revisions, oldest first
     */
    public record Listing(List<ArticleRevision> items) {
    }
}
