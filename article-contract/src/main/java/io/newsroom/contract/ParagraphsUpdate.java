package io.newsroom.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of {@code PUT /api/v1/desk/articles/{id}/paragraphs}: the new paragraph list.
 *
 * @param paragraphs body and crossheads in reading order, at most 2,000
 * @param correctionNote the editor's 更正说明 for the correction this change makes of a published article, ≤ 500
 *                       characters; optional, ignored for drafts (their changes are no corrections)
 */
public record ParagraphsUpdate(@NotNull @Size(max = 2_000) List<@NotNull @Valid Paragraph> paragraphs,
        @Size(max = Correction.NOTE_MAX) String correctionNote) {
}
