package io.newsroom.contract;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Body of {@code POST /api/v1/desk/articles/{id}/move}: moves a part of this article to another article of the
 * same edition.
 *
 * @param part      {@code headline} (the headline block: kicker, headline, subheadline) or {@code byline}
 * @param toId      id of the receiving article; its fields of that part must be empty (409 otherwise)
 * @param toVersion the receiving article's current version; 412 when stale
 * @param correctionNote the editor's 更正说明 for the correction this change makes of a published article, ≤ 500
 *                       characters; optional, ignored for drafts (their changes are no corrections)
 */
public record MoveRequest(
        @NotNull @Pattern(regexp = "headline|byline", message = "must be headline or byline") String part,
        @NotNull UUID toId, @NotNull Long toVersion,
        @Size(max = Correction.NOTE_MAX) String correctionNote) {

    /** Part name of the headline block (kicker, headline, subheadline). */
    public static final String HEADLINE = "headline";
}
