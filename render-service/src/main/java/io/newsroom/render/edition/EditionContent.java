package io.newsroom.render.edition;

import io.newsroom.contract.ArticleView;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Everything one rendition is made from: the paper and the published articles of one date.
 *
 * @param paperCode paper code, e.g. "lcrb"
 * @param paperName display name, e.g. "聊城日报"
 * @param publisher publisher, e.g. "聊城日报社"
 * @param date      edition date
 * @param articles  the published articles; kept sorted by page, position, then id
 */
public record EditionContent(String paperCode, String paperName, String publisher, LocalDate date,
        List<ArticleView> articles) {

    /** Reading order of an edition: page, then position on the page, then id (for ties). */
    public static final Comparator<ArticleView> READING_ORDER = Comparator.comparingInt(ArticleView::page)
            .thenComparingInt(ArticleView::position)
            .thenComparing(ArticleView::id);

    /** Sorts the articles into {@link #READING_ORDER}. */
    public EditionContent {
        articles = articles.stream().sorted(READING_ORDER).toList();
    }
}
