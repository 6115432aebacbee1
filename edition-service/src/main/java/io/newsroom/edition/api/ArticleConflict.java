package io.newsroom.edition.api;

import java.util.UUID;

/**
 * An article an editor changed that a new segmentation did not overwrite (article-service's answer).
 *
 * @param articleId the kept article
 * @param position  its 0-based position on the page
 * @param reason    why it was kept, in plain words
 */
public record ArticleConflict(UUID articleId, int position, String reason) {
}
