package io.newsroom.edition.desk;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers of the desk's two control-flow exceptions, for every desk resource: signed out → 303 to the sign-in
 * page (and the stale cookie is deleted); a form without its CSRF token → 403 with a plain-words page.
 */
public class DeskExceptionMappers {

    @Inject
    DeskPages pages;

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

    /**
     * @param e the signal
     * @return 403 with a page explaining that the form must be sent again from the desk
     */
    @ServerExceptionMapper
    public Response csrf(CsrfRefusedException e) {
        return pages.message(403, "请求被拒绝",
                "这个表单缺少安全令牌或令牌不对，所以没有执行。请回到审稿台页面，刷新后重新操作。", DeskEditionResource.PATH, "回到版次列表",
                null);
    }
}
