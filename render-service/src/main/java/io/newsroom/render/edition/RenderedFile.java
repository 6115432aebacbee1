package io.newsroom.render.edition;

/**
 * One file of a rendition, in memory.
 *
 * @param path        path relative to the edition folder, e.g. "index.html", "articles/42.html"
 * @param contentType media type with charset where textual, e.g. "text/html; charset=utf-8"
 * @param bytes       the content
 */
public record RenderedFile(String path, String contentType, byte[] bytes) {
}
