package io.newsroom.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * One item of a segmented page, in the shape of {@code seeds/gold/SCHEMA.md} plus review metadata: what the
 * segmenter produces and what edition-service sends to article-service (README "Segmented item"). Text fields are
 * {@code null} when the page text has none (never invented); absent lists are read as empty.
 *
 * @param type              the item's kind
 * @param column            栏目 label over the item, e.g. "两会新观察 ③"
 * @param kicker            引题, the line above the main headline
 * @param headline          主标题; {@code null} with {@link Flag#HEADLINE_MISSING} when the text has none
 * @param subheadline       副题, with its leading "——" when printed with one
 * @param byline            e.g. "本报记者 夏旭光 本报通讯员 杨坤" ("■" dropped)
 * @param dateline          e.g. "本报讯（记者 赵宗锋 黄振）" or "据新华社北京2月27日电"
 * @param paragraphs        body paragraphs in reading order (crossheads included in place, dateline not repeated)
 * @param crossheads        小标题 inside the body, also present in {@code paragraphs}
 * @param continuesOnPage   N of "（下转第N版）" / "详细报道见第N版", else {@code null}
 * @param continuedFromPage N of "（上接第N版）" printed over the item's body on a continuation page, else {@code null}
 * @param jumpText          the jump line as printed, without white space ("（下转第8版）", "详见第2版", "详细报道见第8版"),
 *                          {@code null} without a jump: a teaser's wording is kept, never rewritten as "下转"
 * @param photos            photos with caption and credit, in reading order
 * @param flags             what an editor should check
 * @param confidence        the segmenter's confidence in this item, in [0,1]
 * @param sourceLines       the input line ranges that produced this item, ascending
 */
public record SegmentedItem(
        @NotNull ItemType type,
        @Size(max = 100) String column,
        @Size(max = 200) String kicker,
        @Size(max = 200) String headline,
        @Size(max = 200) String subheadline,
        @Size(max = 200) String byline,
        @Size(max = 200) String dateline,
        @Size(max = 2_000) List<@NotNull @Size(max = 20_000) String> paragraphs,
        @Size(max = 200) List<@NotNull @Size(max = 200) String> crossheads,
        @Min(1) @Max(99) Integer continuesOnPage,
        @Min(1) @Max(99) Integer continuedFromPage,
        @Size(max = 40) String jumpText,
        @Size(max = 100) List<@NotNull @Valid Photo> photos,
        @Size(max = 50) List<@NotNull Flag> flags,
        @DecimalMin("0") @DecimalMax("1") double confidence,
        @Size(max = 1_000) List<@NotNull LineRange> sourceLines) {

    /** Copies the lists (absent ones as empty); refuses a confidence outside [0,1]. */
    public SegmentedItem {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        crossheads = crossheads == null ? List.of() : List.copyOf(crossheads);
        photos = photos == null ? List.of() : List.copyOf(photos);
        flags = flags == null ? List.of() : List.copyOf(flags);
        sourceLines = sourceLines == null ? List.of() : List.copyOf(sourceLines);
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }

    /**
     * The body as paragraphs with their kind. The shared schema lists each crosshead twice, in place among the
     * {@code paragraphs} and again in {@code crossheads}, in order; each crosshead marks the next paragraph of the
     * same text, so this is the one place where the two lists are read together.
     *
     * @return the paragraphs in reading order, crossheads marked {@code crosshead}
     */
    public List<Paragraph> body() {
        List<Paragraph> out = new ArrayList<>(paragraphs.size());
        int next = 0;
        for (String text : paragraphs) {
            boolean crosshead = next < crossheads.size() && text.equals(crossheads.get(next));
            if (crosshead) {
                next++;
            }
            out.add(new Paragraph(crosshead ? Paragraph.CROSSHEAD : Paragraph.BODY, text));
        }
        return out;
    }
}
