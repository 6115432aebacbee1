package io.newsroom.article.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A published edition.
 *
 * @param paper        paper code
 * @param date         edition date
 * @param pages        page numbers with published articles, ascending
 * @param articleCount number of published articles
 */
@Schema(description = "A published edition")
public record EditionSummary(String paper, LocalDate date, List<Integer> pages, long articleCount) {
}
