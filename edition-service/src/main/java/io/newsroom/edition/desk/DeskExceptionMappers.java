package io.newsroom.edition.desk;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answer of the desk's control-flow exception, for every desk resource: signed out → 303 to the sign-in page (and the
 * stale cookie is deleted); a page asked for by {@code GET} is named in the sign-in page's {@code next} parameter, so
 * that signing in returns there ({@link SignInResource#returnPath}). A form without its CSRF token is answered by
 * {@link DeskCsrfFilter}.
 */
public class DeskExceptionMappers {

    @Inject
    DeskSession session;

    /**
     * @param e       the signal
     * @param request the request that needed a session
     * @return 303 See Other to {@code /desk/sign-in}, with {@code ?next=<the page>} after a {@code GET} of a page
     */
    @ServerExceptionMapper
    public Response signIn(SignInRequiredException e, HttpServerRequest request) {
        String location = SignInResource.PATH;
        String page = request.uri();
        if (request.method() == HttpMethod.GET && SignInResource.returnPath(page) != null) {
            location += "?next=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
        }
        return DeskPages.seeOther(location).cookie(session.expiredSessionCookie()).build();
    }
}
