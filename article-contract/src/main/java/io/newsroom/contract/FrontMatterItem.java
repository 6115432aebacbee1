package io.newsroom.contract;

import java.util.List;
import java.util.UUID;

/**
 * One 今日导读 box or staff line of an edition (see {@link FrontMatter}).
 *
 * @param id         article id of the item
 * @param page       page number it is printed on
 * @param position   0-based item index on the page
 * @param type       {@code index} (今日导读) or {@code staff} (值班编委 …)
 * @param headline   its heading as printed ("今日导读"), or {@code null}
 * @param paragraphs its lines, in order
 */
public record FrontMatterItem(UUID id, int page, int position, ItemType type, String headline,
        List<Paragraph> paragraphs) {

    /** Normalises an absent list to an empty one. */
    public FrontMatterItem {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }

    /**
     * @param type an item type
     * @return whether items of the type are front matter (index boxes and staff lines), not articles
     */
    public static boolean frontMatter(ItemType type) {
        return type == ItemType.INDEX || type == ItemType.STAFF;
    }
}
