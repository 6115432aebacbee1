package io.newsroom.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One article in a listing of the mobile clients' API (an edition's articles, the article feed).
 *
 * @param id              article id
 * @param page            page number
 * @param pageName        page name
 * @param position        0-based item index on the page
 * @param type            {@code article|photo|teaser|index|staff}
 * @param column          栏目 label
 * @param kicker          引题
 * @param headline        主标题
 * @param subheadline     副题
 * @param byline          as printed
 * @param summary         the first body paragraph, cut to at most 120 characters with {@code …}
 * @param continuesOnPage jump page or {@code null}
 * @param jumpText        the jump as printed ("（下转第3版）", "详见第2版") or {@code null}
 * @param jumpTargetId    the article the jump leads to: a teaser's story, or an article's continuation (whose text
 *                        this story already includes, see {@code pages}); {@code null} when not linked
 * @param pages           pages the story is printed on, e.g. {@code [1, 3]}; a continuation is not listed on its own
 * @param photoCount      number of photos
 * @param version         article version
 * @param paper           paper code
 * @param date            edition date
 * @param webUrl          the article's page in the HTML edition (see {@link ArticleView#webUrl()})
 */
public record ArticleSummary(UUID id, int page, String pageName, int position, ItemType type, String column,
        String kicker, String headline, String subheadline, String byline, String summary, Integer continuesOnPage,
        String jumpText, UUID jumpTargetId, List<Integer> pages, int photoCount, long version, String paper,
        LocalDate date, String webUrl) {

    /** A summary without {@code pages} is printed on its own page only. */
    public ArticleSummary {
        pages = pages == null || pages.isEmpty() ? List.of(page) : pages;
    }
}
