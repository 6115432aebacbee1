package io.newsroom.article.service;

import io.newsroom.article.config.ArticleConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The public API's {@code web_url}: an article's page in the HTML edition render-service serves
 * ({@code {article.web-base-url}/editions/{paper}/{date}/articles/{id}.html}; relative without a base).
 */
@ApplicationScoped
public class WebUrls {

    private final String base;

    WebUrls(ArticleConfig config) {
        this.base = config.webBaseUrl().map(String::strip).map(b -> b.replaceAll("/+$", "")).orElse("");
    }

    /**
     * @param paper paper code
     * @param date  edition date
     * @param id    the id of the story's first article (a continuation has no page of its own)
     * @return its page in the HTML edition
     */
    public String of(String paper, LocalDate date, UUID id) {
        return base + "/editions/" + paper + "/" + date + "/articles/" + id + ".html";
    }
}
