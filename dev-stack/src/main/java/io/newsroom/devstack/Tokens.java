package io.newsroom.devstack;

import io.smallrye.jwt.build.Jwt;
import java.nio.file.Path;
import java.util.Set;

/** Bearer tokens (RS256 JWT) for local runs and tests, signed with a generated private key ({@link JwtKeyPair}). */
public final class Tokens {

    /** Issuer every service expects ({@code mp.jwt.verify.issuer}). */
    public static final String ISSUER = "newsroom";

    private Tokens() {
    }

    /**
     * @param privateKey PKCS#8 PEM file
     * @param upn        the user the token names (recorded as the editor of changes)
     * @return a compact JWS valid for one hour with the group {@code editor}
     */
    public static String editor(Path privateKey, String upn) {
        return sign(privateKey, upn, "editor");
    }

    /**
     * @param privateKey PKCS#8 PEM file
     * @param upn        the user the token names
     * @param groups     roles, e.g. {@code "editor"}
     * @return a compact JWS valid for one hour
     */
    public static String sign(Path privateKey, String upn, String... groups) {
        return Jwt.issuer(ISSUER).upn(upn).groups(Set.of(groups)).expiresIn(3600).sign(privateKey.toString());
    }
}
