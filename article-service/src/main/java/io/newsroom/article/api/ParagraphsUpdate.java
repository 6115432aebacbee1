package io.newsroom.article.api;

import io.newsroom.article.model.Paragraph;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code PUT /api/v1/desk/articles/{id}/paragraphs}: the new paragraph list.
 *
 * @param paragraphs body and crossheads in reading order, at most 2,000
 */
@Schema(description = "Replacement paragraph list")
public record ParagraphsUpdate(@NotNull @Size(max = 2_000) List<@NotNull @Valid Paragraph> paragraphs) {
}
