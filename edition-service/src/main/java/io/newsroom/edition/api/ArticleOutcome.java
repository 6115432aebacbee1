package io.newsroom.edition.api;

import java.util.UUID;

/**
 * What a page upsert did to one article (article-service's answer, README "article-service").
 *
 * @param id       article id
 * @param position 0-based item index on the page
 * @param type     item type, e.g. {@code article}
 * @param headline headline, may be {@code null}
 * @param status   {@code DRAFT|PUBLISHED|WITHDRAWN}
 * @param version  the article's version after the upsert
 * @param outcome  {@code CREATED|UPDATED|UNCHANGED|REMOVED|CONFLICT}
 */
public record ArticleOutcome(UUID id, int position, String type, String headline, String status, long version,
        String outcome) {

    /** Outcome name of an article the upsert left as it was. */
    public static final String UNCHANGED = "UNCHANGED";
    /** Outcome name of an article the upsert removed from the page. */
    public static final String REMOVED = "REMOVED";

    /** @return this outcome with {@code outcome} replaced by {@value #UNCHANGED} */
    public ArticleOutcome unchanged() {
        return new ArticleOutcome(id, position, type, headline, status, version, UNCHANGED);
    }
}
