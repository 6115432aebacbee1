package io.newsroom.article.api;

import io.newsroom.contract.ArticleStatus;
import io.newsroom.contract.ItemType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Answer of a search ({@code GET /api/v1/search}, {@code GET /api/v1/desk/search}).
 *
 * @param total      how many articles match in all
 * @param items      this page of them, best first
 * @param nextCursor opaque cursor of the next page, {@code null} on the last
 */
@Schema(name = "SearchResults", description = "A page of search hits, best first")
public record SearchResults(long total, List<Hit> items, String nextCursor) {

    /**
     * One article found.
     *
     * @param id       article id
     * @param paper    paper code
     * @param date     edition date
     * @param page     page number
     * @param pageName page name
     * @param type     item type
     * @param headline 主标题, {@code null} when the item has none
     * @param snippet  where the words occur: HTML-escaped text with each occurrence in {@code <em>…</em>}, at most
     *                 about 120 characters, {@code …} where cut
     * @param status   the article's status (always {@code PUBLISHED} on the public API)
     */
    @Schema(name = "SearchHit")
    public record Hit(UUID id, String paper, LocalDate date, int page, String pageName, ItemType type, String headline,
            String snippet, ArticleStatus status) {
    }
}
