package io.newsroom.edition.client;

import io.newsroom.edition.api.ArticleVersion;
import java.time.LocalDate;
import java.util.List;

/**
 * article-service's answer to publishing or unpublishing an edition.
 *
 * @param paper    paper code
 * @param date     edition date
 * @param articles every non-withdrawn article with its version after the call
 */
public record PublicationResult(String paper, LocalDate date, List<ArticleVersion> articles) {
}
