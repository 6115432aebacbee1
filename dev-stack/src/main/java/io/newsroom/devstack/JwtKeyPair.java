package io.newsroom.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Writes a fresh RSA-2048 key pair for signing and verifying bearer tokens (RS256) in local runs
 * and tests; keys are generated where they are used, never committed. JDK only.
 */
public final class JwtKeyPair {

    /** File name of the PKCS#8 PEM private key. */
    public static final String PRIVATE_KEY = "private.pem";
    /** File name of the X.509 (SubjectPublicKeyInfo) PEM public key. */
    public static final String PUBLIC_KEY = "public.pem";

    private JwtKeyPair() {
    }

    /**
     * @param dir an existing folder; {@code private.pem} and {@code public.pem} are (over)written in it
     * @return {@code dir}
     * @throws IOException if the files cannot be written
     */
    public static Path write(Path dir) throws IOException {
        KeyPair pair;
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(2048);
            pair = gen.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no RSA key pair generator", e);
        }
        Files.writeString(dir.resolve(PRIVATE_KEY), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(dir.resolve(PUBLIC_KEY), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        return dir;
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
