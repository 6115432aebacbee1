package io.newsroom.devstack.testing;

import io.newsroom.devstack.JwtKeyPair;
import io.newsroom.devstack.Tokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Generates a fresh RSA-2048 key pair for the test JVM (keys are never committed) and configures
 * SmallRye JWT to verify with its public half and sign with its private half. {@link #token}
 * issues bearer tokens for tests.
 */
public class JwtKeysResource implements QuarkusTestResourceLifecycleManager {

    private static Path keyDir;

    /** @return verify/sign key locations and the issuer, as Quarkus config */
    @Override
    public Map<String, String> start() {
        Path dir = keys();
        return Map.of(
                "mp.jwt.verify.publickey.location", dir.resolve(JwtKeyPair.PUBLIC_KEY).toUri().toString(),
                "mp.jwt.verify.issuer", Tokens.ISSUER,
                "smallrye.jwt.sign.key.location", dir.resolve(JwtKeyPair.PRIVATE_KEY).toUri().toString(),
                "smallrye.jwt.new-token.issuer", Tokens.ISSUER);
    }

    @Override
    public void stop() {
    }

    /**
     * A signed bearer token, signed with this JVM's key pair.
     *
     * @param user   the {@code upn}
     * @param groups roles, e.g. {@code "editor"}
     * @return the compact JWS
     */
    public static String token(String user, String... groups) {
        return Tokens.sign(keys().resolve(JwtKeyPair.PRIVATE_KEY), user, groups);
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
