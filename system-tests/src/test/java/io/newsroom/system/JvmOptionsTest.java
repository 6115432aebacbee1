package io.newsroom.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The services run with the same JVM settings wherever they run (README "Footprint"): the local stack
 * ({@link LocalStack#SERVICE_JVM_OPTIONS}), the Dockerfile's {@code JAVA_OPTS_APPEND} and Jib's
 * {@code quarkus.jib.jvm-additional-arguments}; each builds its class-data archive; and the footprint report reads
 * Quarkus' start line and {@code /proc} as written.
 */
class JvmOptionsTest {

    private static final Path ROOT = Path.of(System.getProperty("newsroom.root", "..")).toAbsolutePath().normalize();

    @ParameterizedTest
    @ValueSource(strings = {"article-service", "edition-service", "render-service"})
    void imagesUseTheLocalStacksJvmSettings(String service) throws Exception {
        String dockerfile = Files.readString(ROOT.resolve(service).resolve("src/main/docker/Dockerfile.jvm"));
        Matcher opts = Pattern.compile("(?m)^ENV JAVA_OPTS_APPEND=\"([^\"]*)\"").matcher(dockerfile);
        assertTrue(opts.find(), "JAVA_OPTS_APPEND in the Dockerfile");
        List<String> dockerOptions = Arrays.asList(opts.group(1).split(" "));
        assertTrue(dockerOptions.containsAll(LocalStack.SERVICE_JVM_OPTIONS),
                "Dockerfile options " + dockerOptions + " lack some of " + LocalStack.SERVICE_JVM_OPTIONS);
        assertTrue(dockerOptions.contains("-XX:SharedArchiveFile=/deployments/app-cds.jsa"), "the archive is used");
        assertTrue(dockerfile.contains("-XX:ArchiveClassesAtExit=/deployments/app-cds.jsa"), "the archive is made");
        assertTrue(dockerfile.contains("ENV MALLOC_ARENA_MAX=" + LocalStack.MALLOC_ARENA_MAX), "MALLOC_ARENA_MAX");

        String properties = Files.readString(ROOT.resolve(service).resolve("src/main/resources/application.properties"));
        Matcher jib = Pattern.compile("(?m)^quarkus\\.jib\\.jvm-additional-arguments=(.*)$").matcher(properties);
        assertTrue(jib.find(), "quarkus.jib.jvm-additional-arguments");
        assertEquals(LocalStack.SERVICE_JVM_OPTIONS, Arrays.asList(jib.group(1).trim().split(",")), "Jib's JVM options");
        assertTrue(properties.contains("quarkus.jib.environment-variables.\"MALLOC_ARENA_MAX\"="
                + LocalStack.MALLOC_ARENA_MAX), "Jib's MALLOC_ARENA_MAX");
    }

    @Test
    void readsQuarkusStartLineAndProcStatus() {
        String log = "2026-12-07 14:00:01 INFO [io.quarkus] article-service 0.1.0 on JVM (powered by Quarkus 3.33.2) "
                + "started in 4.912s. Listening on: http://127.0.0.1:8081\n...\n"
                + "2026-12-07 14:10:01 INFO [io.quarkus] article-service 0.1.0 on JVM (powered by Quarkus 3.33.2) "
                + "started in 2.105s. Listening on: http://127.0.0.1:8081\n";
        assertEquals(OptionalDouble.of(2.105), FootprintCommand.startSeconds(log), "the last start counts");
        assertTrue(FootprintCommand.startSeconds("no start line").isEmpty());
        String status = "Name:\tjava\nVmPeak:\t 3000000 kB\nVmHWM:\t  301234 kB\nVmRSS:\t  245760 kB\n";
        assertEquals(245760, FootprintCommand.kilobytes(status, "VmRSS").getAsLong());
        assertEquals(301234, FootprintCommand.kilobytes(status, "VmHWM").getAsLong());
        assertTrue(FootprintCommand.kilobytes(status, "VmSwap").isEmpty());
    }
}
