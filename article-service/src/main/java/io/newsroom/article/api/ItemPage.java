package io.newsroom.article.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of a listing.
 *
 * @param items      the items of this page
 * @param nextCursor opaque cursor for the next page, {@code null} on the last page
 * @param <T>        item type
 */
@Schema(description = "A page of results with an opaque cursor for the next one")
public record ItemPage<T>(List<T> items, String nextCursor) {
}
