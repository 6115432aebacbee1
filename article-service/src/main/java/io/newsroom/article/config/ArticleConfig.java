package io.newsroom.article.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Typed configuration of article-service (prefix {@code article}). */
@ConfigMapping(prefix = "article")
public interface ArticleConfig {

    /** @return the in-process cache of rendered published articles */
    PublicCache publicCache();

    /** Cache of {@code GET /api/v1/articles/{id}} representations. */
    interface PublicCache {

        /**
         * @return how long an instance may serve a rendered article without reading the database again; writes
         *         through this instance invalidate at once, so this bounds staleness only across instances (well
         *         under the public {@code max-age=60})
         */
        @WithDefault("10s")
        Duration ttl();

        /** @return most articles kept */
        @WithDefault("10000")
        long maxSize();
    }
}
