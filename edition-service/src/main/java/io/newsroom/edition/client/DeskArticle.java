package io.newsroom.edition.client;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * article-service's desk view of one article (README "article-service: API notes"), as the review desk reads it.
 *
 * @param id              article id
 * @param page            page number
 * @param position        0-based item index on the page
 * @param type            {@code article|photo|teaser|index|staff}
 * @param column          栏目 label or {@code null}
 * @param kicker          引题 or {@code null}
 * @param headline        主标题 or {@code null}
 * @param subheadline     副题 or {@code null}
 * @param byline          byline as printed or {@code null}
 * @param dateline        dateline as printed or {@code null}
 * @param paragraphs      body paragraphs and crossheads in reading order
 * @param continuesOnPage jump page or {@code null}
 * @param photos          photos in order
 * @param status          {@code DRAFT|PUBLISHED|WITHDRAWN}
 * @param version         the version (the desk ETag without quotes)
 * @param updatedAt       last change (UTC)
 * @param editorial       flags, confidence, source lines, last editor
 */
public record DeskArticle(UUID id, int page, int position, String type, String column, String kicker,
        String headline, String subheadline, String byline, String dateline, List<Paragraph> paragraphs,
        Integer continuesOnPage, List<Photo> photos, String status, long version, Instant updatedAt,
        Editorial editorial) {

    /**
     * @param kind {@code body} or {@code crosshead}
     * @param text the text
     */
    public record Paragraph(String kind, String text) {
    }

    /**
     * @param caption  photo caption or {@code null}
     * @param credit   photo credit or {@code null}
     * @param imageKey image object key or {@code null}
     */
    public record Photo(String caption, String credit, String imageKey) {
    }

    /**
     * @param flags          segmentation flags not yet cleared
     * @param confidence     segmentation confidence in [0,1]
     * @param source         where the item came from
     * @param lastEditor     {@code upn} of the last editor or {@code null}
     * @param editedByEditor whether an editor changed it
     */
    public record Editorial(List<String> flags, Double confidence, Source source, String lastEditor,
            boolean editedByEditor) {
    }

    /** @param sourceLines 1-based inclusive line ranges of the page text, e.g. {@code [[1, 34]]} */
    public record Source(List<List<Integer>> sourceLines) {
    }
}
