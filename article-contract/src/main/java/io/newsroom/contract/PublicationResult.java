package io.newsroom.contract;

import java.time.LocalDate;
import java.util.List;

/**
 * Answer of publish / unpublish of an edition.
 *
 * @param paper    paper code
 * @param date     edition date
 * @param articles every non-withdrawn article of the edition with its version after the call
 */
public record PublicationResult(String paper, LocalDate date, List<ArticleVersion> articles) {
}
