package io.newsroom.contract;

import java.time.Instant;
import java.util.List;

/**
 * One editor change of an article. Listings omit {@code previous_state}.
 *
 * @param number          1, 2, … per article
 * @param editor          {@code upn} of the editor
 * @param changedAt       when (UTC)
 * @param changedFields   API names of the fields changed, e.g. {@code ["headline"]}
 * @param previousVersion the article version before the change
 * @param previousState   the full desk view of the article before the change (only on the single read)
 */
public record RevisionView(int number, String editor, Instant changedAt, List<String> changedFields,
        long previousVersion, ArticleView previousState) {
}
