package io.newsroom.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Answer of a page upsert.
 *
 * @param paper       paper code
 * @param date        edition date
 * @param page        page number
 * @param contentHash the content hash now stored for the page
 * @param articles    one entry per article touched or kept, in position order (removed ones included)
 * @param conflicts   articles an editor changed that the new segmentation did not overwrite
 */
public record PageUpsertResult(String paper, LocalDate date, int page, String contentHash,
        List<ArticleOutcome> articles, List<Conflict> conflicts) {

    /**
     * @param id       article id
     * @param position 0-based item index on the page
     * @param type     item type
     * @param headline headline, may be {@code null}
     * @param status   {@code DRAFT|PUBLISHED|WITHDRAWN}
     * @param version  the version after the call (for REMOVED: the last version)
     * @param outcome  what happened
     */
    public record ArticleOutcome(UUID id, int position, ItemType type, String headline, ArticleStatus status, long version,
            UpsertOutcome outcome) {
    }

    /**
     * @param articleId the kept article
     * @param position  its position
     * @param reason    why it was kept, in plain words
     */
    public record Conflict(UUID articleId, int position, String reason) {
    }
}
