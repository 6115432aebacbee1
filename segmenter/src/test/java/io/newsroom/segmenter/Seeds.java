package io.newsroom.segmenter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The repository's seed pages ({@code seeds/*.txt}) and their hand-checked gold ({@code seeds/gold/}), read where
 * they live: the folder is the system property {@code segmenter.seeds} (set by the module's surefire configuration
 * and by {@code ./newsroom bench-segmenter}), else {@code ../seeds} from the working directory.
 */
public final class Seeds {

    /** File names of the five seed pages. */
    public static final List<String> NAMES = List.of("000_4d5d399ab3f75c42.txt", "001_eedb6a7ca95d22b6.txt",
            "002_b6add583ffbc5398.txt", "003_ad29c2c3119cad9b.txt", "004_fc92e0db041b966d.txt");

    /** Names (without extension) of the seed pages that have gold. */
    public static final List<String> GOLD = List.of("000_4d5d399ab3f75c42", "001_eedb6a7ca95d22b6",
            "004_fc92e0db041b966d");

    private Seeds() {
    }

    /** @return the seeds folder */
    public static Path dir() {
        return Path.of(System.getProperty("segmenter.seeds", "../seeds"));
    }

    /** @return the gold folder, {@code seeds/gold} */
    public static Path goldDir() {
        return dir().resolve("gold");
    }

    /**
     * @param name a seed file name
     * @return the seed page's bytes
     */
    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(dir().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed page " + name + " in " + dir().toAbsolutePath(), e);
        }
    }

    /**
     * @param name a seed file name
     * @return the seed page's text
     */
    public static String page(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
