package io.newsroom.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One block of an article body, in reading order.
 *
 * @param kind {@code body} for a paragraph, {@code crosshead} for a 小标题 inside the body
 * @param text the text as printed (UTF-8, no markup), at most 20,000 characters
 */
public record Paragraph(
        @NotNull @Pattern(regexp = "body|crosshead", message = "must be body or crosshead") String kind,
        @NotBlank @Size(max = 20_000) String text) {

    /** Kind of an ordinary paragraph. */
    public static final String BODY = "body";
    /** Kind of a crosshead (小标题). */
    public static final String CROSSHEAD = "crosshead";

    /** @return whether this is a crosshead (小标题) */
    public boolean crosshead() {
        return CROSSHEAD.equals(kind);
    }
}
