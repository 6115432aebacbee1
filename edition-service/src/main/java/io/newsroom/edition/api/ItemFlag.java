package io.newsroom.edition.api;

import io.newsroom.contract.Flag;

/**
 * A flag an editor should review on one item of a page.
 *
 * @param position the item's 0-based index on the page (article-service's {@code position})
 * @param flag     the segmenter's flag name, e.g. {@code HEADLINE_MISSING}
 */
public record ItemFlag(int position, Flag flag) {
}
