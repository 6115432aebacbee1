package io.newsroom.edition.desk;

import io.newsroom.edition.config.EditionConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The desk's session.
 *
 * <p>Session: at sign-in edition-service signs a JWT (issuer {@code mp.jwt.verify.issuer}, {@code upn} = username,
 * group {@code editor}, claim {@code name}, {@code edition.desk.session-hours} long) with
 * {@code smallrye.jwt.sign.key.location} and sets it in an HttpOnly, SameSite=Strict cookie on path {@code /}.
 * SmallRye JWT reads it from that cookie ({@code mp.jwt.token.header=Cookie}) and still accepts
 * {@code Authorization: Bearer} ({@code smallrye.jwt.always-check-authorization}).
 *
 * <p>The forms' CSRF tokens are {@code quarkus-rest-csrf}'s (see {@link DeskCsrfFilter}).
 */
@RequestScoped
public class DeskSession {

    /** The role a desk user needs. */
    public static final String EDITOR_ROLE = "editor";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    @Inject
    EditionConfig config;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    /**
     * @return the signed-in editor
     * @throws SignInRequiredException without a valid session (no, expired or forged token, or no editor role)
     */
    public DeskEditor editor() {
        boolean signedIn;
        try {
            signedIn = !identity.isAnonymous() && identity.hasRole(EDITOR_ROLE);
        } catch (AuthenticationFailedException invalidToken) {
            signedIn = false;
        }
        if (!signedIn || jwt.getRawToken() == null) {
            throw new SignInRequiredException();
        }
        String name = jwt.getClaim("name");
        return new DeskEditor(jwt.getName(), name == null ? jwt.getName() : name, "Bearer " + jwt.getRawToken());
    }

    /**
     * Signs a session token.
     *
     * @param username    the editor's username ({@code upn})
     * @param displayName the name to show (claim {@code name})
     * @return the compact JWS
     */
    public String signSession(String username, String displayName) {
        return Jwt.issuer(issuer).upn(username).groups(Set.of(EDITOR_ROLE)).claim("name", displayName)
                .expiresIn(Duration.ofHours(config.desk().sessionHours())).sign();
    }

    /**
     * @param value  the cookie value, or {@code ""} with {@code maxAge} 0 to delete it
     * @param name   the cookie name
     * @param maxAge seconds it lives
     * @return an HttpOnly, SameSite=Strict cookie on path {@code /}
     */
    public NewCookie cookie(String name, String value, int maxAge) {
        return new NewCookie.Builder(name).value(value).path("/").httpOnly(true).maxAge(maxAge)
                .sameSite(NewCookie.SameSite.STRICT).secure(config.desk().secureCookies()).build();
    }

    /** @return the session cookie holding {@code token} */
    public NewCookie sessionCookie(String token) {
        return cookie(config.desk().cookieName(), token, (int) Duration.ofHours(config.desk().sessionHours())
                .toSeconds());
    }

    /** @return a cookie that deletes the session cookie */
    public NewCookie expiredSessionCookie() {
        return cookie(config.desk().cookieName(), "", 0);
    }
}
