package io.newsroom.edition.service;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * edition-service's own bearer token for the reads it makes on its own behalf (an anonymous read of an edition
 * asks article-service for the edition's articles): {@code upn} {@code edition-service}, role {@code editor}, one
 * minute, audience {@value #API_AUDIENCE}, signed with {@code smallrye.jwt.sign.key.location} (README "Secrets": the
 * service-to-service key).
 */
@ApplicationScoped
public class ServiceToken {

    /** The audience of every token the API takes ({@code mp.jwt.verify.audiences} of each service). */
    public static final String API_AUDIENCE = "newsroom-api";

    /** The name the token gives (article-service records no change for reads). */
    static final String UPN = "edition-service";

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    /** @return {@code Bearer <token>} */
    public String authorization() {
        return "Bearer " + Jwt.issuer(issuer).audience(API_AUDIENCE).upn(UPN).groups(Set.of("editor"))
                .expiresIn(60).sign();
    }
}
