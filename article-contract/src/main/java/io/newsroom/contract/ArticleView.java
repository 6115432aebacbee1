package io.newsroom.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The full article, as the desk, the mobile clients and render-service read it. {@code editorial} is present only on the
 * desk API.
 *
 * @param id              article id
 * @param paper           paper code
 * @param date            edition date (ISO 8601)
 * @param page            page number 1..99
 * @param pageName        page name, e.g. {@code 要闻}
 * @param position        0-based item index on the page
 * @param type            {@code article|photo|teaser|index|staff}
 * @param column          栏目 label
 * @param kicker          引题
 * @param headline        主标题
 * @param subheadline     副题
 * @param byline          as printed
 * @param contributors    parsed from byline and dateline
 * @param dateline        as printed
 * @param datelineParts   parsed dateline
 * @param paragraphs      body and crossheads in order; on the public API, of a story printed on several pages, the
 *                        whole text (the parts joined, a sentence broken by the jump one paragraph); on the desk API
 *                        the article's own paragraphs (what an editor edits)
 * @param continuesOnPage jump page or {@code null}
 * @param continuedFromPage page the story continues from ("（上接第N版）") or {@code null}
 * @param jumpText        the jump as printed ("（下转第3版）", "详见第2版"), {@code null} when none was printed
 * @param jumpTargetId    the article the jump leads to: an article's continuation on page {@code continues_on_page},
 *                        a teaser's story; {@code null} when the jump is not linked
 * @param continuedFromId on a continuation, the article on the earlier page it continues; else {@code null}
 * @param pages           the pages the story is printed on, ascending: {@code [1, 3]} for a story jumped from
 *                        page 1 to 3, {@code [page]} otherwise
 * @param parts           the story page by page (one part per page of {@code pages}): which article printed which
 *                        paragraphs there
 * @param photos          photos in order
 * @param status          {@code DRAFT|PUBLISHED|WITHDRAWN}
 * @param version         the article version (the desk ETag)
 * @param createdAt       creation time (UTC)
 * @param updatedAt       last change (UTC)
 * @param publishedAt     publication time, {@code null} unless published
 * @param corrections     the corrections (更正) of the article since it was first published, oldest first; empty
 *                        when it was never changed after publication
 * @param editorial       desk-only metadata, absent on the public API (services omit it when {@code null})
 * @param webUrl          on the public API, the article's page in the HTML edition
 *                        ({@code <article.web-base-url>/editions/{paper}/{date}/articles/{id}.html}, relative when no
 *                        base is configured; of a continuation, its story's page); {@code null} on the desk API
 */
public record ArticleView(UUID id, String paper, LocalDate date, int page, String pageName, int position, ItemType type,
        String column, String kicker, String headline, String subheadline, String byline,
        List<Contributor> contributors, String dateline, DatelineParts datelineParts, List<Paragraph> paragraphs,
        Integer continuesOnPage, Integer continuedFromPage, String jumpText, UUID jumpTargetId, UUID continuedFromId,
        List<Integer> pages, List<Part> parts, List<Photo> photos, ArticleStatus status, long version, Instant createdAt,
        Instant updatedAt, Instant publishedAt, List<Correction> corrections, Editorial editorial, String webUrl) {

    /**
     * Desk-only metadata.
     *
     * @param flags           segmentation flags
     * @param confidence      segmentation confidence in [0,1]
     * @param source          where the item came from
     * @param lastEditor      {@code upn} of the last editor, {@code null} if none
     * @param editedByEditor  whether an editor changed it (a page upsert then never overwrites it)
     * @param excluded        whether an editor excluded it from publication: readers never see it (README
     *                        "Front matter")
     */
    public record Editorial(List<Flag> flags, Double confidence, SourceReference source, String lastEditor,
            boolean editedByEditor, boolean excluded) {
    }

    /**
     * @param page            page number of the source page
     * @param itemIndex       index of the item in the segmented page
     * @param itemContentHash hex SHA-256 of the segmented item last applied
     * @param pageContentHash hex SHA-256 of the page text it came from
     * @param sourceLines     1-based inclusive line ranges of the page text
     */
    public record SourceReference(int page, int itemIndex, String itemContentHash, String pageContentHash,
            List<List<Integer>> sourceLines) {
    }

    /**
     * What one page prints of a story.
     *
     * @param page       page number
     * @param articleId  the article printed there (the first part's is the story's id)
     * @param paragraphs its paragraphs as printed on that page
     */
    public record Part(int page, UUID articleId, List<Paragraph> paragraphs) {

        /** Normalises an absent list to an empty one. */
        public Part {
            paragraphs = paragraphs == null ? List.of() : paragraphs;
        }
    }

    /** Normalises absent lists to empty ones; a view without {@code pages} is printed on its own page only. */
    public ArticleView {
        contributors = contributors == null ? List.of() : contributors;
        paragraphs = paragraphs == null ? List.of() : paragraphs;
        photos = photos == null ? List.of() : photos;
        pages = pages == null || pages.isEmpty() ? List.of(page) : pages;
        parts = parts == null || parts.isEmpty() ? List.of(new Part(page, id, paragraphs)) : parts;
        corrections = corrections == null ? List.of() : corrections;
    }
}
