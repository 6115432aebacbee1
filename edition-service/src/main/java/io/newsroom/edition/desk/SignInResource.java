package io.newsroom.edition.desk;

import io.newsroom.edition.entity.EditorAccountEntity;
import io.newsroom.edition.telemetry.EditionMetrics;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Sign-in and sign-out of the review desk (README "The review desk" and "Desk security"); see {@link DeskSession} for
 * the session, {@link SignInThrottle} for the limit on guesses, {@link #returnPath} for where a sign-in leads.
 */
@Path("/desk")
@Produces(DeskPages.HTML)
public class SignInResource {

    /** Path of the sign-in page. */
    public static final String PATH = "/desk/sign-in";

    /** Longest {@code next} path followed after sign-in. */
    private static final int MAX_RETURN_PATH = 2000;

    @Inject
    DeskSession session;

    @Inject
    EditorAccountService accounts;

    @Inject
    SignInThrottle throttle;

    @Inject
    EditionMetrics metrics;

    /** @return 303 to the editions list (which sends signed-out users on to the sign-in page) */
    @GET
    @Operation(hidden = true)
    public Response home() {
        return DeskPages.seeOther(DeskEditionResource.PATH).build();
    }

    /**
     * @param next the desk page to return to after signing in (the page that asked for it), may be {@code null}
     * @return the sign-in form (its CSRF cookie comes from {@link DeskCsrfFilter})
     */
    @GET
    @Path("/sign-in")
    @Operation(hidden = true)
    public Response form(@RestQuery String next) {
        return signInPage(200, null, returnPath(next)).build();
    }

    /**
     * Signs an editor in, unless the username or the client address is locked after failed sign-ins.
     *
     * @param username the username
     * @param password the password
     * @param next     the desk page to return to (a same-site path under {@code /desk}; anything else is ignored)
     * @param request  the HTTP request (its client address)
     * @return 303 to {@code next} (else the editions list) with the session cookie; the form again with a
     *         plain-words error: 401 for a wrong username or password, 429 with {@code Retry-After} (seconds) while
     *         locked (the password is then not checked)
     */
    @POST
    @Path("/sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signIn(@RestForm String username, @RestForm String password, @RestForm String next,
            HttpServerRequest request) {
        String back = returnPath(next);
        String address = request.remoteAddress() == null ? "" : request.remoteAddress().hostAddress();
        long wait = throttle.secondsToWait(username, address);
        if (wait > 0) {
            metrics.signInFailed();
            return signInPage(429, "登录失败次数太多，请等 " + wait + " 秒后再试。", back)
                    .header(HttpHeaders.RETRY_AFTER, wait).build();
        }
        Optional<EditorAccountEntity> account = accounts.authenticate(username, password);
        if (account.isEmpty()) {
            metrics.signInFailed();
            throttle.failed(username, address);
            return signInPage(401, "用户名或密码不对，请重新输入。", back).build();
        }
        throttle.succeeded(username);
        String token = session.signSession(account.get().username, account.get().displayName);
        return DeskPages.seeOther(back == null ? DeskEditionResource.PATH : back)
                .cookie(session.sessionCookie(token)).build();
    }

    /**
     * Signs out: the session is revoked on the server (every replica refuses its cookie from now on) and the cookie
     * deleted.
     *
     * @return 303 to the sign-in page
     * @throws SignInRequiredException when already signed out (also ends on the sign-in page)
     */
    @POST
    @Path("/sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signOut() {
        session.signOut();
        return DeskPages.seeOther(PATH).cookie(session.expiredSessionCookie()).build();
    }

    /**
     * Where a sign-in may lead: only a desk page of this site, never another site (no open redirect).
     *
     * @param next the path asked for, e.g. {@code /desk/editions/lcrb/2025-03-26?x=1}
     * @return {@code next} when it is a relative reference with an absolute path under {@code /desk} (no scheme, no
     *         host, no {@code //} or backslash, no control characters, no dot segment), other than
     *         the sign-in page and the editions list (the default); else {@code null}
     */
    static String returnPath(String next) {
        if (next == null || next.length() > MAX_RETURN_PATH || !next.startsWith("/desk")
                || next.chars().anyMatch(c -> c < 0x21 || c == 0x7f || c == '\\')) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(next);
        } catch (URISyntaxException e) {
            return null;
        }
        if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawFragment() != null) {
            return null;
        }
        String path = uri.normalize().getPath();
        if (path == null || !DeskCsrfFilter.isDesk(path) || path.startsWith(PATH) || path.equals("/desk")
                || path.equals(DeskEditionResource.PATH) || path.contains("//") || path.contains("/.")) {
            return null;
        }
        return next;
    }

    private Response.ResponseBuilder signInPage(int status, String error, String next) {
        return DeskPages.html(status, DeskPages.Templates.signIn(null, error, next));
    }
}
