package io.newsroom.edition.desk;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answer of the desk's control-flow exception, for every desk resource: signed out → 303 to the sign-in page (and the
 * stale cookie is deleted). A form without its CSRF token is answered by {@link DeskCsrfFilter}.
 */
public class DeskExceptionMappers {

    @Inject
    DeskSession session;

    /**
     * @param e the signal
     * @return 303 See Other to {@code /desk/sign-in}
     */
    @ServerExceptionMapper
    public Response signIn(SignInRequiredException e) {
        return DeskPages.seeOther(SignInResource.PATH).cookie(session.expiredSessionCookie()).build();
    }
}
