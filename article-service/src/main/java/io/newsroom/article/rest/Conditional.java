package io.newsroom.article.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.service.ETags;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
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

    /**
     * Serialises {@code entity} to JSON and answers it with an ETag hashed from those bytes.
     *
     * @param json         the REST object mapper
     * @param entity       the representation
     * @param ifNoneMatch  the request's {@code If-None-Match}, may be {@code null}
     * @param cacheControl the {@code Cache-Control} value
     * @return a 304 or 200 JSON response
     * @throws JsonProcessingException never in practice (API records always serialise)
     */
    static Response hashed(ObjectMapper json, Object entity, String ifNoneMatch, String cacheControl)
            throws JsonProcessingException {
        byte[] body = json.writeValueAsBytes(entity);
        return get(body, ETags.of(body), ifNoneMatch, cacheControl).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
