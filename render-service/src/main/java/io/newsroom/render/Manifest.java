package io.newsroom.render;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The record of one rendition, stored last at {@code {paper}/{date}/manifest.json}: while it is
 * in force, every object it lists is in storage with exactly that size and sha256.
 *
 * @param paper      paper code
 * @param date       edition date, ISO ({@code 2025-03-26})
 * @param renderedAt when the rendition was made (UTC)
 * @param articles   the articles and versions it was made from, in reading order
 * @param objects    every stored object except the manifest itself, in write order
 */
@Schema(description = "Record of one rendition: the article versions it was made from and every stored object")
public record Manifest(String paper, String date, Instant renderedAt, List<ArticleVersion> articles,
        List<StoredObject> objects) {

    /**
     * @param id      article id
     * @param version article version
     */
    public record ArticleVersion(String id, long version) {
    }

    /**
     * @param key         object key in the bucket, e.g. {@code lcrb/2025-03-26/index.html}
     * @param size        bytes
     * @param sha256      lower-case hex SHA-256 of the content
     * @param contentType media type served with it
     */
    public record StoredObject(String key, long size, String sha256, String contentType) {
    }

    /** @return the listed object with this key, if any */
    public Optional<StoredObject> object(String key) {
        return objects.stream().filter(o -> o.key().equals(key)).findFirst();
    }
}
