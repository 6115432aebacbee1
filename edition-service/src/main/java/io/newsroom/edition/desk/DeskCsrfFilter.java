package io.newsroom.edition.desk;

import io.quarkus.csrf.reactive.runtime.CsrfRequestResponseReactiveFilter;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.jaxrs.ContainerRequestContextImpl;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * The review desk's CSRF protection: {@code quarkus-rest-csrf}'s double-submit cookie filter, applied to the desk's
 * pages only (README "The review desk").
 *
 * <p>The extension's filter checks every unsafe request of the application, but the JSON API ({@code /api/…}) takes
 * bearer tokens, which browsers never attach by themselves, and its {@code text/plain} and
 * {@code multipart/form-data} page uploads must not need a desk cookie. The extension has no setting that limits it
 * to some paths, so this bean replaces its filter bean ({@link Alternative}: the REST layer calls the extension's
 * filter methods on it) and passes only requests under {@code /desk} on to it. There the extension sets the
 * {@code newsroom_csrf} cookie on pages (the templates read the token as {@code {inject:csrf.token}}) and refuses a
 * form post whose {@code csrf} field does not match that cookie.
 *
 * <p>The extension refuses with a bare {@code 400}: a post without the token or with another, and any request
 * (a page too) whose {@code newsroom_csrf} cookie is not one of its tokens. The response filter turns each refusal
 * into {@code 403} in plain words (a page, or the upload script's JSON). A refused page (GET) also deletes the cookie,
 * whose value is then the only possible cause, so that the next page issues a fresh token and the editor can go on;
 * a refused post keeps it, so that a forged post cannot break the forms the editor has open.
 */
@Alternative
@Priority(1)
@Singleton
public class DeskCsrfFilter extends CsrfRequestResponseReactiveFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    /** Routing-context key set when the extension refused the request. */
    private static final String REFUSED = DeskCsrfFilter.class.getName() + ".refused";
    /** What a refused editor reads. */
    static final String REFUSAL = "这个表单缺少安全令牌或令牌不对，所以没有执行。请回到审稿台页面，刷新后重新操作。";

    @Inject
    DeskPages pages;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name")
    String cookieName;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-path", defaultValue = "/")
    String cookiePath;

    /** Checks desk requests only; see the class comment. */
    @Override
    public void filter(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (!isDesk(routing.normalizedPath())) {
            return;
        }
        super.filter(request, routing);
        if (request instanceof ContainerRequestContextImpl context && context.isAborted()) {
            routing.put(REFUSED, true);
        }
    }

    /** Sets the desk's CSRF cookie, and answers a refused request in plain words. */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
        if (!isDesk(routing.normalizedPath())) {
            return;
        }
        super.filter(request, response, routing);
        if (routing.get(REFUSED) == null) {
            return;
        }
        if (request.getAcceptableMediaTypes().stream().anyMatch(MediaType.APPLICATION_JSON_TYPE::equals)) {
            // the upload script (desk.js) posts one page at a time and shows the JSON answer's message
            response.setStatus(403);
            response.setEntity(new DeskUploadResource.PageOutcome(null, false, REFUSAL, null), new Annotation[0],
                    MediaType.APPLICATION_JSON_TYPE);
        } else {
            Response page = pages.message(403, "请求被拒绝", REFUSAL, DeskEditionResource.PATH, "回到版次列表", null);
            response.setStatus(page.getStatus());
            response.setEntity(page.getEntity(), new Annotation[0], page.getMediaType());
        }
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        if (SAFE.contains(request.getMethod()) && routing.request().getCookie(cookieName) != null) {
            routing.response().addCookie(Cookie.cookie(cookieName, "").setPath(cookiePath).setMaxAge(0)
                    .setHttpOnly(true));
        }
    }

    /** @return whether a request path belongs to the review desk */
    static boolean isDesk(String path) {
        return path != null && (path.equals("/desk") || path.startsWith("/desk/"));
    }
}
