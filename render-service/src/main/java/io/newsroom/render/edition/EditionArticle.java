package io.newsroom.render.edition;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One published article as the renderers need it: the full article of article-service's public
 * API ({@code GET /api/v1/articles/{id}}, snake_case JSON), reduced to the fields a rendition shows.
 *
 * @param id               article id; used in file names, so it must match {@link #ID_PATTERN}
 * @param page             printed page number (版), 1-based
 * @param pageName         page name, e.g. "要闻"; may be null
 * @param position         order of the article on its page, 0- or 1-based
 * @param type             article | photo | teaser | index | staff
 * @param column           栏目 label, may be null
 * @param kicker           引题, may be null
 * @param headline         主标题, may be null (never invented upstream)
 * @param subheadline      副题, may be null
 * @param byline           e.g. "本报记者 夏旭光", may be null
 * @param dateline         e.g. "本报讯（记者 赵宗锋 黄振）", may be null
 * @param paragraphs       body and crosshead paragraphs in reading order; null is read as empty
 * @param continuesOnPage  page the article continues on ("（下转第8版）"), or null
 * @param photos           photos with caption and credit; null is read as empty
 * @param version          article version the rendition was made from
 * @param updatedAt        last change (UTC); the EPUB's dcterms:modified is the maximum of these
 */
public record EditionArticle(
        String id,
        int page,
        String pageName,
        int position,
        String type,
        String column,
        String kicker,
        String headline,
        String subheadline,
        String byline,
        String dateline,
        List<ArticleParagraph> paragraphs,
        Integer continuesOnPage,
        List<ArticlePhoto> photos,
        long version,
        Instant updatedAt) {

    /** Ids become file names and XML ids: ASCII letters, digits, '-' and '_', at most 64 characters. */
    public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";
    private static final Pattern ID = Pattern.compile(ID_PATTERN);

    /** Normalises null lists to empty ones. */
    public EditionArticle {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    /** @return true when the id is present and matches {@link #ID_PATTERN}, so it is safe in file names */
    public boolean hasUsableId() {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * One paragraph of the body.
     *
     * @param kind "body" or "crosshead" (小标题, rendered as a heading)
     * @param text the paragraph text, plain (never markup)
     */
    public record ArticleParagraph(String kind, String text) {

        /** @return true for a crosshead (小标题) */
        public boolean crosshead() {
            return "crosshead".equals(kind);
        }
    }

    /**
     * One photo; the renditions show its caption and credit (no image file is needed).
     *
     * @param caption  the caption, may contain "\n" between two caption paragraphs
     * @param credit   the photographer, e.g. "本报记者 田柏林"; may be null
     * @param imageKey storage key of the image, may be null (not used by the renditions)
     */
    public record ArticlePhoto(String caption, String credit, String imageKey) {
    }
}
