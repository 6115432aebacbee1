package io.newsroom.article.mapping;

import io.newsroom.article.ArticleEntity;
import io.newsroom.article.api.SegmentedItem;
import io.newsroom.article.parsing.BylineParser;
import io.newsroom.article.parsing.DatelineParser;
import io.newsroom.contract.ArticleSummary;
import io.newsroom.contract.ArticleView;
import io.newsroom.contract.Contributor;
import io.newsroom.contract.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Converts between {@link ArticleEntity} and the API records. Stateless. */
public final class ArticleMapper {

    /** Longest summary in {@link ArticleSummary#summary()}, in code points, before the ellipsis. */
    public static final int SUMMARY_LENGTH = 120;

    private ArticleMapper() {
    }

    /**
     * @param a         the article
     * @param editorial {@code true} for the desk view (with flags, confidence, source, last editor)
     * @return the full view
     */
    public static ArticleView toView(ArticleEntity a, boolean editorial) {
        ArticleView.Editorial desk = editorial
                ? new ArticleView.Editorial(List.copyOf(a.flags), a.confidence,
                        new ArticleView.SourceReference(a.pageNumber, a.position, a.itemContentHash,
                                a.pageContentHash, a.sourceLines),
                        a.lastEditor, a.editedByEditor)
                : null;
        return new ArticleView(a.id, a.paper, a.editionDate, a.pageNumber, a.pageName, a.position, a.type, a.column,
                a.kicker, a.headline, a.subheadline, a.byline, List.copyOf(a.contributors), a.dateline,
                a.datelineParts, List.copyOf(a.paragraphs), a.continuesOnPage, List.copyOf(a.photos),
                a.status, a.version, a.createdAt, a.updatedAt, a.publishedAt, desk);
    }

    /**
     * @param a the article
     * @return its listing entry; the summary is the first body paragraph cut to {@value #SUMMARY_LENGTH} code points
     */
    public static ArticleSummary toSummary(ArticleEntity a) {
        String summary = a.paragraphs.stream().filter(p -> Paragraph.BODY.equals(p.kind())).map(Paragraph::text)
                .findFirst().map(ArticleMapper::cut).orElse(null);
        return new ArticleSummary(a.id, a.pageNumber, a.pageName, a.position, a.type, a.column, a.kicker, a.headline,
                a.subheadline, a.byline, summary, a.continuesOnPage, a.photos.size(), a.version);
    }

    /**
     * Writes a segmented item into an article (all content fields; status, ids and editor fields untouched).
     *
     * @param item      the item
     * @param a         the article to fill
     * @param itemHash  hex SHA-256 of the item's canonical JSON
     * @param pageHash  hex SHA-256 of the page text
     */
    public static void applyItem(SegmentedItem item, ArticleEntity a, String itemHash, String pageHash) {
        a.type = item.type();
        a.column = item.column();
        a.kicker = item.kicker();
        a.headline = item.headline();
        a.subheadline = item.subheadline();
        a.byline = item.byline();
        a.dateline = item.dateline();
        a.paragraphs = paragraphs(nonNull(item.paragraphs()), nonNull(item.crossheads()));
        a.continuesOnPage = item.continuesOnPage();
        a.photos = new ArrayList<>(nonNull(item.photos()));
        a.flags = new ArrayList<>(nonNull(item.flags()));
        a.confidence = item.confidence();
        a.sourceLines = new ArrayList<>(nonNull(item.sourceLines()));
        a.itemContentHash = itemHash;
        a.pageContentHash = pageHash;
        reparseCredits(a);
    }

    /**
     * Sets contributors and dateline parts from the printed byline and dateline: byline contributors first,
     * then those named in the dateline's parentheses.
     *
     * @param a the article
     */
    public static void reparseCredits(ArticleEntity a) {
        DatelineParser.ParsedDateline dateline = DatelineParser.parse(a.dateline);
        List<Contributor> contributors = new ArrayList<>(BylineParser.parse(a.byline));
        contributors.addAll(dateline.contributors());
        a.contributors = contributors;
        a.datelineParts = a.dateline == null ? null : dateline.parts();
    }

    /**
     * Marks paragraphs that are crossheads. The segmenter lists crossheads both in place among the paragraphs
     * and separately, in order; each crosshead is matched to the next equal paragraph.
     *
     * @param texts      paragraphs in reading order
     * @param crossheads the crossheads in order
     * @return paragraphs with kinds
     */
    static List<Paragraph> paragraphs(List<String> texts, List<String> crossheads) {
        List<Paragraph> out = new ArrayList<>(texts.size());
        int next = 0;
        for (String text : texts) {
            boolean crosshead = next < crossheads.size() && Objects.equals(text, crossheads.get(next));
            if (crosshead) {
                next++;
            }
            out.add(new Paragraph(crosshead ? Paragraph.CROSSHEAD : Paragraph.BODY, text));
        }
        return out;
    }

    private static String cut(String text) {
        if (text.codePointCount(0, text.length()) <= SUMMARY_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, SUMMARY_LENGTH)) + "…";
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
