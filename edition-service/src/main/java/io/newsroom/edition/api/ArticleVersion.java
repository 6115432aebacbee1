package io.newsroom.edition.api;

import java.util.UUID;

/**
 * An article and the version that was published or rendered.
 *
 * @param id      article id
 * @param version article version
 */
public record ArticleVersion(UUID id, long version) {
}
