package io.newsroom.support.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * {@code Content-Length} on {@code HEAD}: the length of the body the {@code GET} would send (RFC 9110 §9.3.2,
 * §8.6). Quarkus REST answers {@code HEAD} by running the {@code GET} method and writing no body, and then sends no
 * length at all; this filter sets it from the entity when the entity is already bytes, as every public read of the
 * services is (serialised ahead for its ETag), and marks it {@code Content-Encoding: identity} so that the
 * compression a client asked for is not announced over that length (the headers describe the identity body; a HEAD
 * cannot know the gzipped length without compressing). Other entities are left as they are.
 */
@Provider
public class HeadContentLength implements ContainerResponseFilter {

    /**
     * @param request  the request, only {@code HEAD} is touched
     * @param response its response; {@code Content-Length} and {@code Content-Encoding: identity} set when the
     *                 entity is a {@code byte[]}
     */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (HttpMethod.HEAD.equals(request.getMethod()) && response.getEntity() instanceof byte[] body
                && !response.getHeaders().containsKey(HttpHeaders.CONTENT_LENGTH)) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, body.length);
            response.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, "identity");
        }
    }
}
