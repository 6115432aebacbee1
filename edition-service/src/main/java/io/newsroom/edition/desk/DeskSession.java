package io.newsroom.edition.desk;

import io.newsroom.edition.config.EditionConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The desk's session and CSRF rules.
 *
 * <p>Session: at sign-in edition-service signs a JWT (issuer {@code mp.jwt.verify.issuer}, {@code upn} = username,
 * group {@code editor}, claim {@code name}, {@code edition.desk.session-hours} long) with
 * {@code smallrye.jwt.sign.key.location} and sets it in an HttpOnly, SameSite=Strict cookie on path {@code /}.
 * SmallRye JWT reads it from that cookie ({@code mp.jwt.token.header=Cookie}) and still accepts
 * {@code Authorization: Bearer} ({@code smallrye.jwt.always-check-authorization}).
 *
 * <p>CSRF (double submit bound to the session, OWASP CSRF Prevention Cheat Sheet "Signed Double-Submit Cookie"):
 * every form of a session carries {@code csrf} = base64url(HMAC-SHA256(key = the token's {@code jti}, "desk-csrf")).
 * Only a page served to the session's holder can know it, since the cookie is HttpOnly. The sign-in form, which has
 * no session yet, carries a random value that must equal the {@value #SIGN_IN_CSRF_COOKIE} cookie.
 */
@RequestScoped
public class DeskSession {

    /** Name of the pre-session cookie of the sign-in form. */
    public static final String SIGN_IN_CSRF_COOKIE = "newsroom_sign_in_csrf";
    /** The role a desk user needs. */
    public static final String EDITOR_ROLE = "editor";

    private static final SecureRandom RANDOM = new SecureRandom();

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
        return new DeskEditor(jwt.getName(), name == null ? jwt.getName() : name, "Bearer " + jwt.getRawToken(),
                csrfToken(jwt.getTokenID() != null ? jwt.getTokenID() : jwt.getRawToken()));
    }

    /**
     * @param editor the signed-in editor
     * @param posted the {@code csrf} form field
     * @throws CsrfRefusedException when it is missing or not this session's token
     */
    public void checkCsrf(DeskEditor editor, String posted) {
        if (!same(editor.csrf(), posted)) {
            throw new CsrfRefusedException();
        }
    }

    /**
     * @param cookie the {@value #SIGN_IN_CSRF_COOKIE} cookie value
     * @param posted the {@code csrf} field of the sign-in form
     * @throws CsrfRefusedException when either is missing or they differ
     */
    public static void checkSignInCsrf(String cookie, String posted) {
        if (cookie == null || !same(cookie, posted)) {
            throw new CsrfRefusedException();
        }
    }

    /** @return a new random sign-in form token (32 bytes, base64url) */
    public static String newSignInCsrf() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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

    private static String csrfToken(String sessionSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sessionSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal("desk-csrf".getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }

    private static boolean same(String expected, String posted) {
        return posted != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                posted.getBytes(StandardCharsets.UTF_8));
    }
}
