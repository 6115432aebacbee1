package io.newsroom.contract;

import java.util.List;

/**
 * A page of a listing.
 *
 * @param items      the items of this page
 * @param nextCursor opaque cursor for the next page, {@code null} on the last page
 * @param <T>        item type
 */
public record ItemPage<T>(List<T> items, String nextCursor) {
}
