package io.newsroom.edition.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The manifest render-service answers for a rendition (README "render-service": stored last at
 * {@code {paper}/{date}/manifest.json} in bucket {@code editions}).
 *
 * @param paper      paper code
 * @param date       edition date
 * @param renderedAt when the rendition was made
 * @param articles   the article versions rendered
 * @param objects    the stored files
 */
public record RenditionManifest(String paper, LocalDate date, Instant renderedAt, List<ArticleVersion> articles,
        List<RenditionObject> objects) {

    /**
     * One stored rendition file.
     *
     * @param key         object key in the bucket, e.g. {@code lcrb/2025-03-26/index.html}
     * @param size        size in bytes
     * @param sha256      lower-case hex SHA-256 of the content
     * @param contentType media type, e.g. {@code application/epub+zip}
     */
    public record RenditionObject(String key, long size, String sha256, String contentType) {
    }
}
