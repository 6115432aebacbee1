package io.newsroom.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each service's Dockerfile.jvm agrees with its Jib settings and HTTP port: same base image, the
 * non-root user 185, the fast-jar layout, the port exposed. Images cannot be built here (no
 * registry for the base image); this checks what can be checked.
 */
class ContainerImageTest {

    static List<ServiceSettings> services() {
        return ServiceSettings.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void dockerfileMatchesTheJibSettingsAndPort(ServiceSettings settings) throws Exception {
        Path module = Repository.root().resolve(settings.name());
        String dockerfile = Files.readString(module.resolve("src/main/docker/Dockerfile.jvm"));
        assertEquals(settings.jibBaseImage(), instruction(dockerfile, "FROM"), "FROM vs quarkus.jib.base-jvm-image");
        assertEquals("185", settings.jibUser(), "quarkus.jib.user");
        assertEquals(settings.jibUser(), instruction(dockerfile, "USER"), "USER vs quarkus.jib.user");
        assertEquals(String.valueOf(settings.httpPort()), instruction(dockerfile, "EXPOSE"),
                "EXPOSE vs quarkus.http.port");
        for (String layer : List.of("lib/", "*.jar", "app/", "quarkus/")) {
            assertTrue(dockerfile.contains("COPY --chown=185 target/quarkus-app/" + layer),
                    "fast-jar layer " + layer + " missing");
        }
        assertTrue(dockerfile.contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\""), "JAVA_APP_JAR");
        String ignore = Files.readString(module.resolve(".dockerignore"));
        assertTrue(ignore.lines().anyMatch("!target/quarkus-app/"::equals),
                ".dockerignore must let target/quarkus-app/ into the build context");
    }

    private static String instruction(String dockerfile, String name) {
        Matcher matcher = Pattern.compile("(?m)^" + name + "\\s+(\\S+)\\s*$").matcher(dockerfile);
        assertTrue(matcher.find(), "no " + name + " instruction");
        String value = matcher.group(1);
        assertTrue(!matcher.find(), "more than one " + name + " instruction");
        return value;
    }
}
