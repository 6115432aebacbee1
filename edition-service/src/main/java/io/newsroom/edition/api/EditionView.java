package io.newsroom.edition.api;

import io.newsroom.contract.RenditionManifest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Answer of {@code GET /api/v1/workflow/editions/{paper}/{date}}: edition-service's own record of the edition, with
 * the open flags and article ids of each page as article-service has them now.
 *
 * @param paper        paper code
 * @param date         edition date
 * @param status       {@code OPEN} or {@code PUBLISHED}
 * @param pages        received pages by number
 * @param publications successful publications, oldest first
 */
public record EditionView(String paper, LocalDate date, String status, List<PageView> pages,
        List<PublicationView> publications) {

    /**
     * One received page.
     *
     * @param number     page number
     * @param pageName   page name
     * @param itemCount  number of segmented items
     * @param openFlags  flags editors have not cleared yet, by item position (article-service's articles, read
     *                   when the edition is read; withdrawn ones excluded)
     * @param encoding   charset the text was decoded with
     * @param sha256     content hash of the text
     * @param receivedAt when the text was received
     * @param receivedBy who sent it
     * @param articleIds the page's articles in article-service, by position (read when the edition is read)
     */
    public record PageView(int number, String pageName, int itemCount, List<ItemFlag> openFlags, String encoding,
            String sha256, Instant receivedAt, String receivedBy, List<UUID> articleIds) {
    }

    /**
     * One publication.
     *
     * @param sequence    1 for the first publication, then 2, 3 … (re-publications after corrections)
     * @param publishedAt when it finished
     * @param publishedBy who published ({@code edition-service} for a rendition made again after corrections)
     * @param kind        {@code PUBLICATION} (an editor's) or {@code CORRECTION} (the rendition made again by itself
     *                    after corrections of published articles)
     * @param manifest    the rendition manifest it produced
     */
    public record PublicationView(int sequence, Instant publishedAt, String publishedBy, String kind,
            RenditionManifest manifest) {
    }
}
