package io.newsroom.edition.desk;

import io.newsroom.edition.config.EditionConfig;
import io.newsroom.edition.service.ServiceToken;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Where each of edition-service's tokens is good (README "Desk security"), checked on every authenticated request
 * after SmallRye JWT verified the signature, issuer, expiry and that the audience is one of
 * {@code mp.jwt.verify.audiences} ({@code newsroom-desk}, {@code newsroom-api}):
 * <ul>
 *   <li>under {@code /desk} only the session cookie counts, and its token must carry the audience
 *       {@value DeskSession#DESK_AUDIENCE}, a {@code jti}, and not be on the denylist of signed-out sessions
 *       ({@link RevokedSessions});</li>
 *   <li>everywhere else (the API) only {@code Authorization: Bearer} counts, with the audience
 *       {@value ServiceToken#API_AUDIENCE}: the desk cookie, which a browser attaches by itself (also to a
 *       cross-site form post), authenticates no API call.</li>
 * </ul>
 * A token that breaks a rule fails authentication: the API answers 401 problem+json, the desk 303 to the sign-in page.
 */
@ApplicationScoped
public class TokenUseRules implements SecurityIdentityAugmentor {

    @Inject
    RevokedSessions revoked;

    @Inject
    EditionConfig config;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        if (routing == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException("no HTTP request"));
        }
        Cookie cookie = routing.request().getCookie(config.desk().cookieName());
        boolean fromCookie = cookie != null && cookie.getValue().equals(token.getRawToken());
        String refusal = refusal(DeskCsrfFilter.isDesk(routing.normalizedPath()), fromCookie, token.getAudience(),
                token.getTokenID());
        if (refusal != null) {
            return Uni.createFrom().failure(new AuthenticationFailedException(refusal));
        }
        if (!fromCookie) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            if (revoked.isRevoked(token.getTokenID())) {
                throw new AuthenticationFailedException("the desk session was signed out");
            }
            return identity;
        });
    }

    /**
     * The rules without the denylist.
     *
     * @param desk       whether the request's path is under {@code /desk}
     * @param fromCookie whether the token came from the desk's session cookie (else from {@code Authorization})
     * @param audience   the token's {@code aud}, may be {@code null}
     * @param jti        the token's {@code jti}, may be {@code null}
     * @return why the token is refused here, or {@code null} when it is good
     */
    static String refusal(boolean desk, boolean fromCookie, Set<String> audience, String jti) {
        if (desk) {
            if (!fromCookie) {
                return "the desk takes its session cookie only";
            }
            if (audience == null || !audience.contains(DeskSession.DESK_AUDIENCE)) {
                return "not a desk session token";
            }
            return jti == null || jti.isBlank() ? "a desk session token without jti" : null;
        }
        if (fromCookie) {
            return "the desk session cookie authenticates /desk only";
        }
        return audience == null || !audience.contains(ServiceToken.API_AUDIENCE) ? "not an API token" : null;
    }
}
