package io.newsroom.edition.client;

import io.newsroom.edition.api.ArticleConflict;
import io.newsroom.edition.api.ArticleOutcome;
import java.time.LocalDate;
import java.util.List;

/**
 * article-service's answer to a page upsert.
 *
 * @param paper       paper code
 * @param date        edition date
 * @param page        page number
 * @param contentHash the content hash it stored
 * @param articles    one outcome per article touched or kept (removed ones included)
 * @param conflicts   edited articles it did not overwrite
 */
public record PageUpsertResult(String paper, LocalDate date, int page, String contentHash,
        List<ArticleOutcome> articles, List<ArticleConflict> conflicts) {
}
