package io.newsroom.article.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
@Schema(description = "An editor change and the state before it")
public record RevisionView(int number, String editor, Instant changedAt, List<String> changedFields,
        long previousVersion, @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> previousState) {
}
