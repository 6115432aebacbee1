package io.newsroom.render.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A POST without a body and without {@code Content-Type} (what {@code curl -X POST} sends) is read as
 * {@code application/json}, so that "render now" needs no header and no body; the optional JSON body of
 * {@code POST /api/v1/renditions/{paper}/{date}} is then simply absent.
 */
public class EmptyBodyFilter {

    /** @param request the request, before resource matching; its {@code Content-Type} is set when it has none */
    @ServerRequestFilter(preMatching = true)
    public void emptyPostIsJson(ContainerRequestContext request) {
        if (HttpMethod.POST.equals(request.getMethod()) && request.getMediaType() == null
                && request.getLength() <= 0) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
