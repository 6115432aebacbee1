package io.newsroom.contract;

import jakarta.validation.constraints.Size;

/**
 * A photo printed with an article or as a standalone photo item.
 *
 * @param caption  the caption as printed (two caption paragraphs joined with {@code \n}); may be {@code null}
 * @param credit   the photographer credit, e.g. {@code 本报记者 田柏林}; may be {@code null}
 * @param imageKey object key of the image file in the {@code editions} bucket, {@code null} when there is no image
 */
public record Photo(
        @Size(max = 2_000) String caption,
        @Size(max = 200) String credit,
        @Size(max = 512) String imageKey) {
}
