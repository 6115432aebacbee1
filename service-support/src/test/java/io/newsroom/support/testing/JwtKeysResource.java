package io.newsroom.support.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Generates a fresh RSA-2048 key pair for the test JVM (keys are never committed) and configures
 * SmallRye JWT to verify with its public half and sign with its private half. {@link #token}
 * issues bearer tokens for tests.
 */
public class JwtKeysResource implements QuarkusTestResourceLifecycleManager {

    /** Issuer every service expects ({@code mp.jwt.verify.issuer}). */
    public static final String ISSUER = "newsroom";

    private static Path keyDir;

    /** @return verify/sign key locations and the issuer, as Quarkus config */
    @Override
    public Map<String, String> start() {
        Path dir = keys();
        return Map.of(
                "mp.jwt.verify.publickey.location", dir.resolve("public.pem").toUri().toString(),
                "mp.jwt.verify.issuer", ISSUER,
                "smallrye.jwt.sign.key.location", dir.resolve("private.pem").toUri().toString(),
                "smallrye.jwt.new-token.issuer", ISSUER);
    }

    @Override
    public void stop() {
    }

    /**
     * A signed bearer token (call inside a {@code @QuarkusTest}: it signs with the configured key).
     *
     * @param user   the {@code upn}
     * @param groups roles, e.g. {@code "editor"}
     * @return the compact JWS
     */
    public static String token(String user, String... groups) {
        return Jwt.issuer(ISSUER).upn(user).groups(Set.of(groups)).expiresIn(3600).sign();
    }

    /** @return a folder holding {@code private.pem} and {@code public.pem}, made once per JVM */
    public static synchronized Path keys() {
        if (keyDir == null) {
            try {
                keyDir = JwtKeyPair.write(Files.createTempDirectory("jwt-keys"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keyDir;
    }
}
