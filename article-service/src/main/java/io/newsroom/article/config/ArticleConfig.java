package io.newsroom.article.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Typed configuration of article-service (prefix {@code article}). */
@ConfigMapping(prefix = "article")
public interface ArticleConfig {

    /**
     * @return a JSON file of papers ({@code {"papers": [{"code", "name", "publisher", "language", "page_names"}]}},
     *         UTF-8) that is written into the paper registry at every start ({@code PaperRegistryFile}); absent: the
     *         registry is left as it is
     */
    Optional<Path> papersFile();

    /**
     * @return where the HTML edition is served (render-service's {@code /editions}, e.g. {@code https://news.example.com});
     *         the public API's {@code web_url} is this followed by {@code /editions/{paper}/{date}/articles/{id}.html};
     *         absent: that path alone, relative to the API's host (one Ingress host serves both)
     */
    Optional<String> webBaseUrl();

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
