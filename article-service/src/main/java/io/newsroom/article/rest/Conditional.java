package io.newsroom.article.rest;

import io.newsroom.article.service.ETags;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Conditional GET (RFC 9110 §13.1.2): answers {@code 304 Not Modified} when {@code If-None-Match} matches the
 * representation's ETag, else {@code 200} with the entity; both carry {@code ETag} and {@code Cache-Control}.
 */
final class Conditional {

    /** Public reads: shared caches may keep them one minute. */
    static final String PUBLIC = "public, max-age=60";
    /** Desk reads: only the editor's browser, always revalidated. */
    static final String PRIVATE = "private, no-cache";

    private Conditional() {
    }

    /**
     * @param entity       the representation
     * @param etag         its strong ETag, quoted
     * @param ifNoneMatch  the request's {@code If-None-Match}, may be {@code null}
     * @param cacheControl the {@code Cache-Control} value
     * @return a 304 or 200 response builder, for more headers
     */
    static Response.ResponseBuilder get(Object entity, String etag, String ifNoneMatch, String cacheControl) {
        Response.ResponseBuilder builder = ETags.matches(ifNoneMatch, etag) ? Response.notModified()
                : Response.ok(entity);
        return builder.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl);
    }
}
