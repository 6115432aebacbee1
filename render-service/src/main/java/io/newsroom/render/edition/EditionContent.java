package io.newsroom.render.edition;

import io.newsroom.contract.ArticleView;
import io.newsroom.contract.FrontMatterItem;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Everything one rendition is made from: the paper, the published articles of one date and its front matter.
 *
 * @param paperCode paper code, e.g. "lcrb"
 * @param paperName display name, e.g. "聊城日报"
 * @param publisher publisher, e.g. "聊城日报社"
 * @param date      edition date
 * @param articles  the published articles; kept sorted by page, position, then id
 * @param frontMatter its 今日导读 boxes and staff lines (README "Front matter"), page then position order
 */
public record EditionContent(String paperCode, String paperName, String publisher, LocalDate date,
        List<ArticleView> articles, List<FrontMatterItem> frontMatter) {

    /** Reading order of an edition: page, then position on the page, then id (for ties). */
    public static final Comparator<ArticleView> READING_ORDER = Comparator.comparingInt(ArticleView::page)
            .thenComparingInt(ArticleView::position)
            .thenComparing(ArticleView::id);

    /** Sorts the articles into {@link #READING_ORDER}; no front matter is an empty list. */
    public EditionContent {
        articles = articles.stream().sorted(READING_ORDER).toList();
        frontMatter = frontMatter == null ? List.of() : List.copyOf(frontMatter);
    }

    /** An edition without front matter. */
    public EditionContent(String paperCode, String paperName, String publisher, LocalDate date,
            List<ArticleView> articles) {
        this(paperCode, paperName, publisher, date, articles, List.of());
    }
}
