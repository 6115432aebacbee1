package io.newsroom.edition.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The seed pages copied into the test resources (segment/), read as the CLI reads them. */
public final class Seeds {

    /** File names of the five seed pages. */
    public static final List<String> NAMES = List.of("000_4d5d399ab3f75c42.txt", "001_eedb6a7ca95d22b6.txt",
            "002_b6add583ffbc5398.txt", "003_ad29c2c3119cad9b.txt", "004_fc92e0db041b966d.txt");

    private Seeds() {
    }

    /**
     * @param resource class-path resource name
     * @return its bytes
     */
    public static byte[] bytes(String resource) {
        try (InputStream in = Seeds.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param name a seed file name
     * @return the seed page's text
     */
    public static String page(String name) {
        return new String(bytes("segment/" + name), StandardCharsets.UTF_8);
    }
}
