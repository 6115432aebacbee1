package io.newsroom.segmenter;

import java.util.List;

/**
 * One item of a segmented page, in the shape of shared/gold/SCHEMA.md plus review metadata.
 * Text fields are {@code null} when the page text has none (never invented).
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
 * @param photos            photos with caption and credit, in reading order
 * @param flags             what an editor should check
 * @param confidence        the segmenter's confidence in this item, in [0,1]
 * @param sourceLines       the input line ranges that produced this item, ascending
 */
public record SegmentedItem(
        ItemType type,
        String column,
        String kicker,
        String headline,
        String subheadline,
        String byline,
        String dateline,
        List<String> paragraphs,
        List<String> crossheads,
        Integer continuesOnPage,
        Integer continuedFromPage,
        List<Photo> photos,
        List<Flag> flags,
        double confidence,
        List<LineRange> sourceLines) {

    public SegmentedItem {
        paragraphs = List.copyOf(paragraphs);
        crossheads = List.copyOf(crossheads);
        photos = List.copyOf(photos);
        flags = List.copyOf(flags);
        sourceLines = List.copyOf(sourceLines);
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }
}
