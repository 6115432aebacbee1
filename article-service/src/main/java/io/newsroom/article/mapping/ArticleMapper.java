package io.newsroom.article.mapping;

import io.newsroom.article.ArticleEntity;
import io.newsroom.article.parsing.BylineParser;
import io.newsroom.article.parsing.DatelineParser;
import io.newsroom.contract.ArticleSummary;
import io.newsroom.contract.ArticleView;
import io.newsroom.contract.Contributor;
import io.newsroom.contract.Correction;
import io.newsroom.contract.Flag;
import io.newsroom.contract.ItemType;
import io.newsroom.contract.Paragraph;
import io.newsroom.contract.SegmentedItem;
import java.util.ArrayList;
import java.util.List;

/** Converts between {@link ArticleEntity} and the API records. Stateless. */
public final class ArticleMapper {

    /** Longest summary in {@link ArticleSummary#summary()}, in code points, before the ellipsis. */
    public static final int SUMMARY_LENGTH = 120;

    private ArticleMapper() {
    }

    /**
     * @param a           the article
     * @param corrections its corrections, oldest first ({@code ArticleCorrectionRepository})
     * @param editorial   {@code true} for the desk view (with flags, confidence, source, last editor)
     * @return the full view
     */
    public static ArticleView toView(ArticleEntity a, List<Correction> corrections, boolean editorial) {
        ArticleView.Editorial desk = editorial
                ? new ArticleView.Editorial(a.flags.stream().map(Flag::valueOf).toList(), a.confidence,
                        new ArticleView.SourceReference(a.pageNumber, a.position, a.itemContentHash,
                                a.pageContentHash, a.sourceLines),
                        a.lastEditor, a.editedByEditor)
                : null;
        return new ArticleView(a.id, a.paper, a.editionDate, a.pageNumber, a.pageName, a.position,
                ItemType.fromCode(a.type), a.column,
                a.kicker, a.headline, a.subheadline, a.byline, List.copyOf(a.contributors), a.dateline,
                a.datelineParts, List.copyOf(a.paragraphs), a.continuesOnPage, a.continuedFromPage, List.copyOf(a.photos),
                a.status, a.version, a.createdAt, a.updatedAt, a.publishedAt, List.copyOf(corrections), desk);
    }

    /**
     * @param a the article
     * @return its listing entry; the summary is the first body paragraph cut to {@value #SUMMARY_LENGTH} code points
     */
    public static ArticleSummary toSummary(ArticleEntity a) {
        String summary = a.paragraphs.stream().filter(p -> Paragraph.BODY.equals(p.kind())).map(Paragraph::text)
                .findFirst().map(ArticleMapper::cut).orElse(null);
        return new ArticleSummary(a.id, a.pageNumber, a.pageName, a.position, ItemType.fromCode(a.type), a.column,
                a.kicker, a.headline,
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
        a.type = item.type().code();
        a.column = item.column();
        a.kicker = item.kicker();
        a.headline = item.headline();
        a.subheadline = item.subheadline();
        a.byline = item.byline();
        a.dateline = item.dateline();
        a.paragraphs = new ArrayList<>(item.body());
        a.continuesOnPage = item.continuesOnPage();
        a.continuedFromPage = item.continuedFromPage();
        a.photos = new ArrayList<>(item.photos());
        a.flags = new ArrayList<>(item.flags().stream().map(Flag::name).toList());
        a.confidence = item.confidence();
        a.sourceLines = new ArrayList<>(item.sourceLines().stream().map(r -> List.of(r.first(), r.last())).toList());
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

    private static String cut(String text) {
        if (text.codePointCount(0, text.length()) <= SUMMARY_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, SUMMARY_LENGTH)) + "…";
    }
}
