package io.newsroom.article.api;

import io.newsroom.contract.Photo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One item of a segmented page, as edition-service sends it (README "Segmented item"; the shape of
 * {@code shared/gold/SCHEMA.md} plus review metadata). Lists may be omitted (= empty).
 *
 * @param type            {@code article|photo|teaser|index|staff}
 * @param column          栏目 label, ≤ 100 characters
 * @param kicker          引题, ≤ 200 characters
 * @param headline        主标题, ≤ 200 characters; {@code null} when the page text has none
 * @param subheadline     副题, ≤ 200 characters
 * @param byline          as printed, e.g. {@code 本报记者 夏旭光 本报通讯员 杨坤}
 * @param dateline        as printed, e.g. {@code 本报讯（记者 赵宗锋 黄振）}
 * @param paragraphs      body text in reading order (crossheads included in place)
 * @param crossheads      the paragraphs that are 小标题, in order
 * @param continuesOnPage page the story jumps to, 1..99
 * @param photos          photos with captions and credits
 * @param flags           segmentation flags, e.g. {@code HEADLINE_MISSING}
 * @param confidence      segmentation confidence in [0,1]
 * @param sourceLines     1-based inclusive line ranges of the page text
 */
@Schema(description = "One segmented item of a page")
public record SegmentedItem(
        @NotNull @Pattern(regexp = "article|photo|teaser|index|staff",
                message = "must be one of article, photo, teaser, index, staff")
        @Schema(enumeration = {"article", "photo", "teaser", "index", "staff"}, example = "article") String type,
        @Size(max = 100) String column,
        @Size(max = 200) String kicker,
        @Size(max = 200) @Schema(example = "我市积极推动科技大市场建设") String headline,
        @Size(max = 200) String subheadline,
        @Size(max = 200) @Schema(example = "本报记者 夏旭光 本报通讯员 杨坤") String byline,
        @Size(max = 200) @Schema(example = "本报讯（记者 赵宗锋 黄振）") String dateline,
        @Size(max = 2_000) List<@NotNull @Size(max = 20_000) String> paragraphs,
        @Size(max = 200) List<@NotNull @Size(max = 200) String> crossheads,
        @Min(1) @Max(99) Integer continuesOnPage,
        @Size(max = 100) List<@NotNull @Valid Photo> photos,
        @Size(max = 50) List<@NotNull @Size(max = 64) String> flags,
        @DecimalMin("0") @DecimalMax("1") Double confidence,
        @Size(max = 1_000) List<@NotNull @Size(min = 2, max = 2) List<@NotNull Integer>> sourceLines) {
}
