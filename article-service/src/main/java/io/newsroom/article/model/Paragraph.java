package io.newsroom.article.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One block of an article body, in reading order.
 *
 * @param kind {@code body} for a paragraph, {@code crosshead} for a 小标题 inside the body
 * @param text the text as printed (UTF-8, no markup), at most 20,000 characters
 */
@Schema(description = "A body paragraph or a crosshead", example = "{\"kind\": \"body\", \"text\": \"3月24日至25日，……\"}")
public record Paragraph(
        @NotNull @Pattern(regexp = "body|crosshead", message = "must be body or crosshead") String kind,
        @NotBlank @Size(max = 20_000) String text) {

    /** Kind of an ordinary paragraph. */
    public static final String BODY = "body";
    /** Kind of a crosshead (小标题). */
    public static final String CROSSHEAD = "crosshead";
}
