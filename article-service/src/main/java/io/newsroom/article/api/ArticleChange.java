package io.newsroom.article.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One entry of the public article change feed.
 *
 * @param sequence  its sequence number (pass the answer's {@code last_sequence} as {@code after})
 * @param articleId the article
 * @param paper     its paper code
 * @param date      its edition date
 * @param kind      {@code UPSERT}: fetch the article again; {@code DELETE}: readers no longer see it, drop it
 * @param changedAt when
 */
@Schema(description = "A change of an article readers see, or a tombstone for one they no longer see")
public record ArticleChange(long sequence, UUID articleId, String paper, LocalDate date, Kind kind,
        Instant changedAt) {

    /** What a client does with the change. */
    public enum Kind {
        /** the article is (still) published for readers: fetch it */
        UPSERT,
        /** withdrawn, excluded, unpublished, stitched into another story or deleted: remove it */
        DELETE
    }
}
