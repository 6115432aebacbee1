package io.newsroom.article.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Answer of publish / unpublish of an edition.
 *
 * @param paper    paper code
 * @param date     edition date
 * @param articles every non-withdrawn article of the edition with its version after the call
 */
@Schema(description = "Articles published or unpublished, with their versions")
public record PublicationResult(String paper, LocalDate date, List<ArticleVersion> articles) {

    /**
     * @param id      article id
     * @param version version after the call
     */
    public record ArticleVersion(UUID id, long version) {
    }
}
