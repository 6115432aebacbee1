package io.newsroom.article.service;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * CDI event fired inside a write transaction for the articles it changes or deletes; observed after the
 * transaction completes to drop cached representations.
 *
 * @param ids the article ids
 */
public record ArticlesChanged(Set<UUID> ids) {

    /**
     * @param ids the article ids
     * @return the event
     */
    public static ArticlesChanged of(Collection<UUID> ids) {
        return new ArticlesChanged(Set.copyOf(ids));
    }
}
