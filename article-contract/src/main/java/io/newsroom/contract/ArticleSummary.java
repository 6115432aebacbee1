package io.newsroom.contract;

import java.util.UUID;

/**
 * One article in an edition listing of the mobile clients' API.
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
 * @param photoCount      number of photos
 * @param version         article version
 */
public record ArticleSummary(UUID id, int page, String pageName, int position, ItemType type, String column,
        String kicker, String headline, String subheadline, String byline, String summary, Integer continuesOnPage,
        int photoCount, long version) {
}
