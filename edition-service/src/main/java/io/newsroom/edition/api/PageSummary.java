package io.newsroom.edition.api;

import io.newsroom.contract.PageUpsertResult.ArticleOutcome;
import io.newsroom.contract.PageUpsertResult.Conflict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Answer of a page upload ({@code PUT /api/v1/workflow/editions/{paper}/{date}/pages/{number}}).
 *
 * @param paper       paper code
 * @param date        edition date
 * @param number      page number, 1..99
 * @param pageName    page name, e.g. 要闻
 * @param encoding    charset the text was decoded with ({@code UTF-8}, {@code GB18030} …)
 * @param detected    {@code true} when the charset was detected rather than declared
 * @param sha256      lower-case hex SHA-256 of the text's UTF-8 bytes (the content hash)
 * @param receivedAt  when the stored text was received
 * @param receivedBy  who sent it
 * @param changed     {@code false} when the same text (and page name) was already stored: nothing changed
 * @param itemCount   number of segmented items
 * @param itemsByType item count per item type, e.g. {@code {"article": 5, "photo": 1}}
 * @param flags       flags the segmenter raised on this text, by item position
 * @param articles    article-service's outcome per article (when nothing changed: its articles of the page now,
 *                    all {@code UNCHANGED})
 * @param conflicts   edited articles the new text did not overwrite (none when nothing changed)
 */
public record PageSummary(String paper, LocalDate date, int number, String pageName, String encoding,
        boolean detected, String sha256, Instant receivedAt, String receivedBy, boolean changed, int itemCount,
        Map<String, Integer> itemsByType, List<ItemFlag> flags, List<ArticleOutcome> articles,
        List<Conflict> conflicts) {
}
