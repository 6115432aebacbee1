package io.newsroom.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of {@code PUT /api/v1/desk/articles/{id}/paragraphs}: the new paragraph list.
 *
 * @param paragraphs body and crossheads in reading order, at most 2,000
 */
public record ParagraphsUpdate(@NotNull @Size(max = 2_000) List<@NotNull @Valid Paragraph> paragraphs) {
}
