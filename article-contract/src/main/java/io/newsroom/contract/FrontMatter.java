package io.newsroom.contract;

import java.util.List;

/**
 * What an edition prints besides its articles (README "Front matter"): its 今日导读 boxes, rendered as the edition's
 * index, and its staff lines (值班编委 …), rendered as its colophon. Published with the edition, never listed or
 * answered as articles; an item an editor excluded from publication is left out.
 *
 * @param items the front-matter items in page, then position order
 */
public record FrontMatter(List<FrontMatterItem> items) {

    /** Normalises an absent list to an empty one. */
    public FrontMatter {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
