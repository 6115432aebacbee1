package io.newsroom.article.rest;

import io.newsroom.support.problem.ProblemResponses;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Security failures as RFC 9457 problems (the README: every error is {@code application/problem+json}):
 * 401 with {@code WWW-Authenticate: Bearer} (RFC 6750 §3) for a missing or invalid token, 403 for a token without
 * the role. Needs {@code quarkus.http.auth.proactive=false} so that authentication runs inside REST and reaches
 * these mappers.
 */
public class SecurityProblemMappers {

    /** Missing token: 401. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    /** Invalid, expired or wrongly signed token: 401. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    /** Token without the required role: 403. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(403, "Forbidden", "This call needs the editor role.", path(uri));
    }

    private static Response unauthenticated(UriInfo uri) {
        return ProblemResponses.of(401, null, "Unauthorized", "A valid bearer token (issuer newsroom) is required.",
                path(uri), List.of(), Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
    }

    private static String path(UriInfo uri) {
        return "/" + uri.getPath().replaceFirst("^/", "");
    }
}
