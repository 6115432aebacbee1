package io.newsroom.k8s;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locations in the repository, from the system properties that the module's pom sets. */
final class Repository {

    private Repository() {
    }

    /**
     * @return the repository root (the parent of {@code k8s/})
     * @throws IllegalStateException when {@code newsroom.root} is unset or not a directory
     */
    static Path root() {
        String root = System.getProperty("newsroom.root");
        if (root == null) {
            throw new IllegalStateException("system property newsroom.root is not set (run the tests through Maven)");
        }
        Path path = Path.of(root).toAbsolutePath().normalize();
        if (!Files.isDirectory(path.resolve("k8s"))) {
            throw new IllegalStateException("newsroom.root " + path + " has no k8s/ folder");
        }
        return path;
    }

    /** @return the {@code k8s/} folder */
    static Path k8s() {
        return root().resolve("k8s");
    }

    /** @return the Helm chart folder {@code k8s/helm/newsroom} */
    static Path chart() {
        return k8s().resolve("helm/newsroom");
    }

    /**
     * @return the project version (the Maven {@code project.version}), which is also
     *         {@code quarkus.application.version} of the services
     */
    static String version() {
        String version = System.getProperty("newsroom.version");
        if (version == null) {
            throw new IllegalStateException("system property newsroom.version is not set (run the tests through Maven)");
        }
        return version;
    }
}
