package io.newsroom.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The record of one rendition (render-service), stored last at {@code {paper}/{date}/manifest.json} in bucket
 * {@code editions}: while it is in force, every object it lists is in storage with exactly that size and sha256.
 *
 * @param paper      paper code
 * @param date       edition date
 * @param renderedAt when the rendition was made (UTC)
 * @param articles   the articles and versions it was made from, in reading order
 * @param objects    every stored object except the manifest itself, in write order
 */
public record RenditionManifest(String paper, LocalDate date, Instant renderedAt, List<ArticleVersion> articles,
        List<StoredObject> objects) {

    /**
     * One stored rendition file.
     *
     * @param key         object key in the bucket, e.g. {@code lcrb/2025-03-26/index.html}
     * @param size        bytes
     * @param sha256      lower-case hex SHA-256 of the content
     * @param contentType media type served with it, e.g. {@code application/epub+zip}
     */
    public record StoredObject(String key, long size, String sha256, String contentType) {
    }

    /**
     * @param key an object key
     * @return the listed object with this key, if any
     */
    public Optional<StoredObject> object(String key) {
        return objects.stream().filter(o -> o.key().equals(key)).findFirst();
    }
}
