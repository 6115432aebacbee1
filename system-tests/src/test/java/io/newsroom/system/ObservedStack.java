package io.newsroom.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the system tests add to the local stack to check observability (README "Observability"): verbose log levels
 * on the categories that would log headers, cookies or tokens if anything did, optionally the OTLP export to a
 * receiver and JSON logs as in Kubernetes, the scan of the services' logs for secrets, and the reading of JSON logs.
 */
final class ObservedStack {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ObservedStack() {
    }

    /**
     * @param otlpEndpoint the OTLP receiver's base URL, or {@code null} to keep tracing off
     * @param jsonLogs     JSON log lines, as the prod profile writes them in Kubernetes (the local stack writes plain
     *                     text)
     * @return service settings for {@link LocalStack#withServiceProperties}
     */
    static Map<String, String> properties(String otlpEndpoint, boolean jsonLogs) {
        Map<String, String> p = new LinkedHashMap<>();
        for (String category : List.of("io.newsroom", "io.quarkus.security", "io.quarkus.smallrye.jwt", "io.smallrye.jwt",
                "io.quarkus.vertx.http", "io.quarkus.csrf", "io.quarkus.rest.client", "org.jboss.resteasy.reactive")) {
            p.put("quarkus.log.category.\"" + category + "\".level", "DEBUG");
        }
        if (otlpEndpoint != null) {
            p.put("quarkus.otel.sdk.disabled", "false");
            p.put("quarkus.otel.exporter.otlp.endpoint", otlpEndpoint);
            p.put("quarkus.otel.exporter.otlp.protocol", "http/protobuf");
            p.put("quarkus.otel.bsp.schedule.delay", "100ms");
        }
        if (jsonLogs) {
            p.put("quarkus.log.console.json.enabled", "true");
        }
        return p;
    }

    /**
     * @param stack the stack whose log to read
     * @param c     a service
     * @return every line of its log, each parsed as one JSON object (fails on a line that is not)
     */
    static List<JsonNode> jsonLog(LocalStack stack, LocalStack.Component c) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(stack.log(c), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                assertTrue(node.isObject() && node.has("message") && node.has("level"), c.id() + ": " + line);
                lines.add(node);
            } catch (JsonProcessingException e) {
                throw new AssertionError(c.id() + " wrote a line that is not JSON: " + line, e);
            }
        }
        return lines;
    }

    /**
     * @param stack   the stack
     * @param c       a service
     * @param message what the line's message starts with
     * @return the one JSON log line whose message starts so
     */
    static JsonNode logLine(LocalStack stack, LocalStack.Component c, String message) throws IOException {
        List<JsonNode> found = jsonLog(stack, c).stream().filter(l -> l.path("message").asText().startsWith(message))
                .toList();
        assertEquals(1, found.size(), c.id() + ": lines starting '" + message + "': " + found);
        return found.get(0);
    }

    /**
     * @param root     the repository root
     * @param editions {@code seeds/editions.json}
     * @return the longest line of each seed page: what a log that printed page text would hold
     */
    static List<String> pageLines(java.nio.file.Path root, JsonNode editions) throws IOException {
        List<String> lines = new ArrayList<>();
        for (JsonNode page : editions.path("pages")) {
            Files.readAllLines(root.resolve("seeds").resolve(page.path("file").asText()), StandardCharsets.UTF_8)
                    .stream().map(String::strip).max(java.util.Comparator.comparingInt(String::length))
                    .ifPresent(lines::add);
        }
        return lines;
    }

    /**
     * Fails when any service log holds one of the secrets (or, for a JWT, its signature alone); JSON log lines are
     * read decoded too, so that an escaped value is found as well.
     *
     * @param stack   the stack whose service logs to read
     * @param secrets passwords, tokens and cookie values that must never be logged
     */
    static void assertLogsHoldNone(LocalStack stack, List<String> secrets) throws IOException {
        List<String> needles = new ArrayList<>();
        for (String secret : secrets) {
            needles.add(secret);
            String[] jwt = secret.split("\\.");
            if (jwt.length == 3) {
                needles.add(jwt[2]);
            }
        }
        for (LocalStack.Component c : List.of(LocalStack.Component.ARTICLE, LocalStack.Component.EDITION,
                LocalStack.Component.RENDER)) {
            StringBuilder text = new StringBuilder(Files.readString(stack.log(c), StandardCharsets.UTF_8));
            for (String line : Files.readAllLines(stack.log(c), StandardCharsets.UTF_8)) {
                if (line.startsWith("{")) {
                    try {
                        JSON.readTree(line).forEach(field -> text.append('\n').append(field.isTextual() ? field.asText()
                                : field.toString()));
                    } catch (JsonProcessingException notJson) {
                        // a plain line that starts with a brace: read as it is
                    }
                }
            }
            String log = text.toString();
            assertTrue(log.contains("DEBUG"), c.id() + " did not log at DEBUG: the scan would prove nothing");
            for (String needle : needles) {
                assertTrue(!log.contains(needle), c.id() + "'s log holds a secret (" + needle.substring(0,
                        Math.min(6, needle.length())) + "…): " + stack.log(c));
            }
        }
    }
}
