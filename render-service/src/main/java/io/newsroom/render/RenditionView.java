package io.newsroom.render;

import io.newsroom.contract.ArticleVersion;
import io.newsroom.contract.RenditionManifest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Answer of {@code GET /api/v1/renditions/{paper}/{date}}: the manifest plus presigned links.
 *
 * @param paper      paper code
 * @param date       edition date
 * @param renderedAt when the rendition was made
 * @param articles   article versions it was made from
 * @param objects    stored objects
 * @param links      time-limited presigned URLs
 */
@Schema(description = "The current manifest of an edition with presigned download links")
public record RenditionView(String paper, LocalDate date, Instant renderedAt, List<ArticleVersion> articles,
        List<RenditionManifest.StoredObject> objects, Links links) {

    /**
     * @param epub      presigned GET URL of the EPUB
     * @param htmlIndex presigned GET URL of the HTML index page
     * @param expiresAt when both URLs stop working
     */
    public record Links(String epub, String htmlIndex, Instant expiresAt) {
    }

    /** @return the view of {@code manifest} with {@code links} */
    public static RenditionView of(RenditionManifest manifest, Links links) {
        return new RenditionView(manifest.paper(), manifest.date(), manifest.renderedAt(), manifest.articles(),
                manifest.objects(), links);
    }
}
