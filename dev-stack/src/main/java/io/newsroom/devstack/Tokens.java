package io.newsroom.devstack;

import io.smallrye.jwt.build.Jwt;
import java.nio.file.Path;
import java.util.Set;

/** Bearer tokens (RS256 JWT) for local runs and tests, signed with a generated private key ({@link JwtKeyPair}). */
public final class Tokens {

    /** Issuer every service expects ({@code mp.jwt.verify.issuer}). */
    public static final String ISSUER = "newsroom";

    /** Audience of API tokens, the one every service's API takes ({@code mp.jwt.verify.audiences}). */
    public static final String API_AUDIENCE = "newsroom-api";

    private Tokens() {
    }

    /**
     * @param privateKey PKCS#8 PEM file
     * @param upn        the user the token names (recorded as the editor of changes)
     * @return a compact JWS valid for one hour with the group {@code editor} and audience {@value #API_AUDIENCE}
     */
    public static String editor(Path privateKey, String upn) {
        return sign(privateKey, upn, "editor");
    }

    /**
     * @param privateKey PKCS#8 PEM file
     * @param upn        the user the token names
     * @param groups     roles, e.g. {@code "editor"}
     * @return a compact JWS valid for one hour, audience {@value #API_AUDIENCE}
     */
    public static String sign(Path privateKey, String upn, String... groups) {
        return Jwt.issuer(ISSUER).audience(API_AUDIENCE).upn(upn).groups(Set.of(groups)).expiresIn(3600).sign(privateKey.toString());
    }
}
