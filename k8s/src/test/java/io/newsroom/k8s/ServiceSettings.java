package io.newsroom.k8s;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * What a service's own configuration says about its deployment: the HTTP port and the container
 * image, read from {@code <service>/src/main/resources/application.properties}.
 *
 * @param name        the service (module and Deployment name), e.g. {@code article-service}
 * @param httpPort    {@code quarkus.http.port}
 * @param imageGroup  {@code quarkus.container-image.group}
 * @param imageName   {@code quarkus.container-image.name}
 * @param imageTag    {@code quarkus.container-image.tag}, with {@code ${quarkus.application.version}}
 *                    resolved to the project version
 * @param jibBaseImage {@code quarkus.jib.base-jvm-image}
 * @param jibUser     {@code quarkus.jib.user}
 */
record ServiceSettings(String name, int httpPort, String imageGroup, String imageName, String imageTag,
        String jibBaseImage, String jibUser) {

    /** The three services, in port order. */
    static final List<String> SERVICES = List.of("article-service", "edition-service", "render-service");

    /**
     * Reads one service's settings.
     *
     * @param service the module name, e.g. {@code render-service}
     * @return its settings
     * @throws IllegalStateException when the file is unreadable or a setting is missing
     */
    static ServiceSettings of(String service) {
        Path file = Repository.root().resolve(service).resolve("src/main/resources/application.properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        return new ServiceSettings(service,
                Integer.parseInt(required(properties, file, "quarkus.http.port")),
                required(properties, file, "quarkus.container-image.group"),
                required(properties, file, "quarkus.container-image.name"),
                required(properties, file, "quarkus.container-image.tag")
                        .replace("${quarkus.application.version}", Repository.version()),
                required(properties, file, "quarkus.jib.base-jvm-image"),
                required(properties, file, "quarkus.jib.user"));
    }

    /** @return every service's settings, in {@link #SERVICES} order */
    static List<ServiceSettings> all() {
        return SERVICES.stream().map(ServiceSettings::of).toList();
    }

    /** @return the image repository without registry and tag, e.g. {@code newsroom/article-service} */
    String imageRepository() {
        return imageGroup + "/" + imageName;
    }

    private static String required(Properties properties, Path file, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(file + " does not set " + key);
        }
        return value.trim();
    }
}
