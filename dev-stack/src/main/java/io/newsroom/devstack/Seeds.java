package io.newsroom.devstack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository's seed pages ({@code seeds/}: the page texts, {@code editions.json}, and the hand-checked gold
 * segmentations in {@code seeds/gold/}), the one copy every module's tests read. The build passes the folder as
 * the system property {@value #PROPERTY} (surefire, relative to the module: {@code ${project.basedir}/../seeds});
 * without it (a benchmark started by hand) {@code seeds/} or {@code ../seeds/} of the working directory is used.
 */
public final class Seeds {

    /** System property naming the seeds folder. */
    public static final String PROPERTY = "newsroom.seeds";

    private Seeds() {
    }

    /**
     * @return the seeds folder
     * @throws IllegalStateException when there is no such folder
     */
    public static Path dir() {
        String property = System.getProperty(PROPERTY);
        for (Path dir : property != null ? new Path[] {Path.of(property)} : new Path[] {Path.of("seeds"), Path.of("../seeds")}) {
            if (Files.isDirectory(dir)) {
                return dir;
            }
        }
        throw new IllegalStateException("no seeds folder: set the system property " + PROPERTY
                + " to the repository's seeds/ (the build does; got " + property + ")");
    }

    /**
     * @param name a file of {@code seeds/}, e.g. {@code editions.json}
     * @return its path
     */
    public static Path file(String name) {
        return dir().resolve(name);
    }

    /**
     * @param name a gold segmentation, e.g. {@code 000_4d5d399ab3f75c42.json}
     * @return its path under {@code seeds/gold/}
     */
    public static Path gold(String name) {
        return dir().resolve("gold").resolve(name);
    }
}
