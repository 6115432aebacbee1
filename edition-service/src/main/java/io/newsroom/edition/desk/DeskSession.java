package io.newsroom.edition.desk;

import io.newsroom.edition.config.EditionConfig;
import io.newsroom.edition.service.ServiceToken;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The desk's session (README "The review desk" and "Desk security").
 *
 * <p>Session: at sign-in edition-service signs a JWT (issuer {@code mp.jwt.verify.issuer}, audience
 * {@value #DESK_AUDIENCE}, a random {@code jti}, {@code upn} = username, group {@code editor}, claim {@code name},
 * {@code edition.desk.session-hours} long) with {@code smallrye.jwt.sign.key.location} and sets it in an HttpOnly,
 * SameSite=Strict cookie on path {@value #COOKIE_PATH}. SmallRye JWT reads it from that cookie
 * ({@code mp.jwt.token.header=Cookie}); {@link TokenUseRules} accepts it under {@code /desk} only, and refuses it once
 * {@link #signOut signed out}.
 *
 * <p>The desk never hands its session token to another service: each desk request forwards a token of its own to
 * article-service and render-service ({@link #apiToken}: audience {@value ServiceToken#API_AUDIENCE}, the same
 * editor, {@value #API_TOKEN_SECONDS} s), so those services take API tokens only and a stolen or signed-out session
 * cookie is worth nothing there.
 *
 * <p>The forms' CSRF tokens are {@code quarkus-rest-csrf}'s (see {@link DeskCsrfFilter}).
 */
@RequestScoped
public class DeskSession {

    /** The role a desk user needs. */
    public static final String EDITOR_ROLE = "editor";

    /** The audience ({@code aud}) of a desk session token; edition-service takes it under {@code /desk} only. */
    public static final String DESK_AUDIENCE = "newsroom-desk";

    /** The path of the session cookie: browsers send it to the desk's pages and nowhere else. */
    public static final String COOKIE_PATH = "/desk";

    /** Lifetime of the API token a desk request forwards (long enough for a publication's calls, with clock skew). */
    static final int API_TOKEN_SECONDS = 120;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    @Inject
    EditionConfig config;

    @Inject
    RevokedSessions revoked;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    /**
     * @return the signed-in editor, with an API token of his own to forward
     * @throws SignInRequiredException without a valid session (no, expired, forged or signed-out token, a token that
     *                                 is no desk session, or no editor role)
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
        String displayName = name == null ? jwt.getName() : name;
        return new DeskEditor(jwt.getName(), displayName, "Bearer " + apiToken(jwt.getName(), displayName));
    }

    /**
     * Ends the current session: its token id goes on the denylist until the token expires.
     *
     * @throws SignInRequiredException when there is no valid session
     */
    public void signOut() {
        editor();
        revoked.revoke(jwt.getTokenID(), Instant.ofEpochSecond(jwt.getExpirationTime()));
    }

    /**
     * Signs a session token.
     *
     * @param username    the editor's username ({@code upn})
     * @param displayName the name to show (claim {@code name})
     * @return the compact JWS
     */
    public String signSession(String username, String displayName) {
        return Jwt.issuer(issuer).audience(DESK_AUDIENCE).claim("jti", UUID.randomUUID().toString()).upn(username)
                .groups(Set.of(EDITOR_ROLE)).claim("name", displayName)
                .expiresIn(Duration.ofHours(config.desk().sessionHours())).sign();
    }

    /**
     * Signs the short API token a desk request forwards to article-service and render-service in the editor's name.
     *
     * @param username    the editor's username ({@code upn}: revisions and publications name him)
     * @param displayName the name to show (claim {@code name})
     * @return the compact JWS, audience {@value ServiceToken#API_AUDIENCE}, {@value #API_TOKEN_SECONDS} s
     */
    String apiToken(String username, String displayName) {
        return Jwt.issuer(issuer).audience(ServiceToken.API_AUDIENCE).upn(username).groups(Set.of(EDITOR_ROLE))
                .claim("name", displayName).expiresIn(API_TOKEN_SECONDS).sign();
    }

    /**
     * @param value  the cookie value, or {@code ""} with {@code maxAge} 0 to delete it
     * @param name   the cookie name
     * @param maxAge seconds it lives
     * @return an HttpOnly, SameSite=Strict cookie on path {@value #COOKIE_PATH}
     */
    public NewCookie cookie(String name, String value, int maxAge) {
        return new NewCookie.Builder(name).value(value).path(COOKIE_PATH).httpOnly(true).maxAge(maxAge)
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
