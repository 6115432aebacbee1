package io.newsroom.edition.desk;

import io.newsroom.edition.entity.EditorAccountEntity;
import io.newsroom.edition.telemetry.EditionMetrics;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

/** Sign-in and sign-out of the review desk (README "The review desk"); see {@link DeskSession} for the rules. */
@Path("/desk")
@Produces(DeskPages.HTML)
public class SignInResource {

    /** Path of the sign-in page. */
    public static final String PATH = "/desk/sign-in";

    @Inject
    DeskSession session;

    @Inject
    EditorAccountService accounts;

    @Inject
    EditionMetrics metrics;

    /** @return 303 to the editions list (which sends signed-out users on to the sign-in page) */
    @GET
    @Operation(hidden = true)
    public Response home() {
        return DeskPages.seeOther(DeskEditionResource.PATH).build();
    }

    /** @return the sign-in form (its CSRF cookie comes from {@link DeskCsrfFilter}) */
    @GET
    @Path("/sign-in")
    @Operation(hidden = true)
    public Response form() {
        return signInPage(200, null);
    }

    /**
     * @param username   the username
     * @param password   the password
     * @return 303 to the editions list with the session cookie, or the form again (401) with a plain-words error
     */
    @POST
    @Path("/sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signIn(@RestForm String username, @RestForm String password) {
        Optional<EditorAccountEntity> account = accounts.authenticate(username, password);
        if (account.isEmpty()) {
            metrics.signInFailed();
            return signInPage(401, "用户名或密码不对，请重新输入。");
        }
        String token = session.signSession(account.get().username, account.get().displayName);
        return DeskPages.seeOther(DeskEditionResource.PATH).cookie(session.sessionCookie(token)).build();
    }

    /**
     * @return 303 to the sign-in page, the session cookie deleted
     * @throws SignInRequiredException when already signed out (also ends on the sign-in page)
     */
    @POST
    @Path("/sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signOut() {
        session.editor();
        return DeskPages.seeOther(PATH).cookie(session.expiredSessionCookie()).build();
    }

    private Response signInPage(int status, String error) {
        return DeskPages.html(status, DeskPages.Templates.signIn(null, error)).build();
    }
}
