package io.newsroom.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of {@code PUT /api/v1/desk/editions/{paper}/{date}/pages/{page}}: every item of one page.
 *
 * @param pageName    the page name as printed, e.g. {@code 要闻}, ≤ 64 characters
 * @param contentHash lower-case hex SHA-256 of the page text; the same hash again changes nothing
 * @param items       the segmented items in page order (position = index), at most 200
 */
public record PageUpsert(
        @NotBlank @Size(max = 64) String pageName,
        @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be a lower-case hex SHA-256")
        String contentHash,
        @NotNull @Size(max = 200) List<@NotNull @Valid SegmentedItem> items) {

    /**
     * Largest JSON body of a page upsert article-service reads (its {@code quarkus.http.limits.max-body-size}, 10 MB;
     * a test there checks the two agree): edition-service refuses a page whose upsert would be larger (413) before it
     * calls anyone.
     */
    public static final int MAX_JSON_BYTES = 10 * 1024 * 1024;
}
