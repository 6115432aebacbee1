package io.newsroom.contract;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A JSON merge patch (RFC 7396) of the editable fields of an article: a member present with a value sets
 * the field, present with {@code null} clears it, absent leaves it. {@code type} cannot be cleared.
 * Other members are refused (400).
 *
 * @param kicker          引题, ≤ 200 characters
 * @param headline        主标题, ≤ 200 characters
 * @param subheadline     副题, ≤ 200 characters
 * @param column          栏目 label, ≤ 100 characters
 * @param byline          as printed; contributors are parsed again
 * @param dateline        as printed; its parts are parsed again
 * @param type            {@code article|photo|teaser|index|staff}
 * @param continuesOnPage jump page 1..99
 * @param flags           segmentation flags still open
 * @param correctionNote the editor's 更正说明 for the correction this change makes of a published article, ≤ 500
 *                       characters; optional, ignored for drafts (their changes are no corrections)
 */
public record ArticlePatch(
        @Size(max = 200) String kicker,
        @Size(max = 200) String headline,
        @Size(max = 200) String subheadline,
        @Size(max = 100) String column,
        @Size(max = 200) String byline,
        @Size(max = 200) String dateline,
        ItemType type,
        @Min(1) @Max(99) Integer continuesOnPage,
        @Size(max = 50) List<@NotNull Flag> flags,
        @Size(max = Correction.NOTE_MAX) String correctionNote) {
}
