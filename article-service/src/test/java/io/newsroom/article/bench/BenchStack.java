package io.newsroom.article.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsroom.devstack.JwtKeyPair;
import io.newsroom.devstack.LocalPostgres;
import io.newsroom.devstack.Seeds;
import io.newsroom.devstack.Tokens;
import io.newsroom.devstack.testing.JwtKeysResource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

/**
 * A local stack for the benchmark (not a test): starts an embedded PostgreSQL (zonky), generates a JWT key pair,
 * runs the packaged service ({@code target/quarkus-app/quarkus-run.jar}) against them in prod profile, upserts and
 * publishes the gold pages of {@code seeds/gold} (system property {@code newsroom.seeds}), prints
 * {@code READY <base url>} and keeps running until it is killed. Used by {@code bench/run-local.sh}.
 */
public final class BenchStack {

    /** Seed pages: gold file, edition date. */
    private static final Map<String, String> PAGES = Map.of(
            "000_4d5d399ab3f75c42.json", "2025-03-26",
            "001_eedb6a7ca95d22b6.json", "2025-02-28",
            "004_fc92e0db041b966d.json", "2025-03-13");

    private BenchStack() {
    }

    /**
     * @param args {@code [path to quarkus-run.jar]}, default {@code target/quarkus-app/quarkus-run.jar}
     * @throws Exception when a part of the stack does not start
     */
    public static void main(String[] args) throws Exception {
        String jar = args.length > 0 ? args[0] : "target/quarkus-app/quarkus-run.jar";
        EmbeddedPostgres pg = LocalPostgres.shared();
        Path keys = JwtKeysResource.keys();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder service = new ProcessBuilder("java", "-XX:+UseParallelGC", "-jar", jar).inheritIO();
        service.environment().putAll(Map.of(
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "QUARKUS_DATASOURCE_JDBC_URL", pg.getJdbcUrl("postgres", "postgres"),
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.resolve(JwtKeyPair.PUBLIC_KEY).toUri().toString(),
                "QUARKUS_LOG_LEVEL", "WARN"));
        Process process = service.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));

        String base = "http://localhost:" + port;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        waitReady(http, base, process);
        String token = Tokens.sign(keys.resolve(JwtKeyPair.PRIVATE_KEY), "bench", "editor");
        ObjectMapper json = new ObjectMapper();
        for (Map.Entry<String, String> page : PAGES.entrySet()) {
            ObjectNode gold;
            try (InputStream in = java.nio.file.Files.newInputStream(Seeds.gold(page.getKey()))) {
                gold = (ObjectNode) json.readTree(in);
            }
            ObjectNode body = json.createObjectNode().put("page_name", "要闻")
                    .put("content_hash", sha256(page.getKey()));
            body.set("items", gold.get("items"));
            String edition = base + "/api/v1/desk/editions/lcrb/" + page.getValue();
            send(http, HttpRequest.newBuilder(URI.create(edition + "/pages/1")).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build());
            send(http, HttpRequest.newBuilder(URI.create(edition + "/publish"))
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build());
        }
        System.out.println("READY " + base);
        System.out.flush();
        process.waitFor();
    }

    private static void waitReady(HttpClient http, String base, Process process) throws Exception {
        for (int i = 0; i < 120; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the service did not become ready");
    }

    private static void send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
