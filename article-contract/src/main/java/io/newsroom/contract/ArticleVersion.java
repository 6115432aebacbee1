package io.newsroom.contract;

import java.util.UUID;

/**
 * An article and one of its versions: what a publication published, what a rendition was made from.
 *
 * @param id      article id
 * @param version article version
 */
public record ArticleVersion(UUID id, long version) {
}
