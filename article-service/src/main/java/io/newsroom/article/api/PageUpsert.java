package io.newsroom.article.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code PUT /api/v1/desk/editions/{paper}/{date}/pages/{page}}: every item of one page.
 *
 * @param pageName    the page name as printed, e.g. {@code 要闻}, ≤ 64 characters
 * @param contentHash lower-case hex SHA-256 of the page text; the same hash again changes nothing
 * @param items       the segmented items in page order (position = index), at most 200
 */
@Schema(description = "All segmented items of one edition page")
public record PageUpsert(
        @NotBlank @Size(max = 64) @Schema(example = "要闻") String pageName,
        @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be a lower-case hex SHA-256")
        @Schema(example = "4d5d399ab3f75c42e0c1d4f6a1b2c3d4e5f60718293a4b5c6d7e8f9012345678") String contentHash,
        @NotNull @Size(max = 200) List<@NotNull @Valid SegmentedItem> items) {
}
