package io.newsroom.render.client;

import java.util.List;

/**
 * One page of {@code GET /api/v1/editions/{paper}/{date}/articles} (article-service, public API),
 * reduced to what the render-service reads.
 *
 * @param items      article summaries in page order
 * @param nextCursor opaque cursor of the next page, null on the last page
 */
public record ArticleSummaryPage(List<Summary> items, String nextCursor) {

    /**
     * @param id article id; the manifest takes each version from the full article, read after the listing
     */
    public record Summary(String id) {
    }
}
