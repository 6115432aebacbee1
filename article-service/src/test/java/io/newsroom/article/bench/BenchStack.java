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
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A local stack for the benchmark (not a test): starts an embedded PostgreSQL (zonky), generates a JWT key pair,
 * runs the packaged service ({@code target/quarkus-app/quarkus-run.jar}) against them in prod profile, upserts and
 * publishes the gold pages of {@code seeds/gold} (system property {@code newsroom.seeds}) and, when the system
 * property {@code newsroom.corpus} names a folder (the segmenter's {@code corpus/dev/gold}), each of its gold pages
 * as an edition of its own (what {@code SearchTest} searches), prints
 * {@code READY <base url>} and keeps running until it is killed. Used by {@code bench/run-local.sh}.
 */
public final class BenchStack {

    /** Seed pages: gold file, edition date. */
    private static final Map<String, String> PAGES = Map.of(
            "000_4d5d399ab3f75c42.json", "2025-03-26",
            "001_eedb6a7ca95d22b6.json", "2025-02-28",
            "004_fc92e0db041b966d.json", "2025-03-13");

    /** Seconds the service may take to start (system property {@code bench.ready-seconds}; shared machines are slow). */
    private static final long READY_SECONDS = Long.getLong("bench.ready-seconds", 900);

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
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Service service = startService(jar, pg.getJdbcUrl("postgres", "postgres"), keys, http);
        Process process = service.process();
        String base = service.base();
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
        String corpus = System.getProperty("newsroom.corpus");
        if (corpus != null) {
            publishCorpus(http, base, token, json, Path.of(corpus));
        }
        System.out.println("READY " + base);
        System.out.flush();
        process.waitFor();
    }

    /**
     * The packaged service, started.
     *
     * @param process its process (destroyed when this JVM exits)
     * @param base    its base URL, {@code http://127.0.0.1:<port>}
     */
    record Service(Process process, String base) {
    }

    /**
     * Starts the packaged service in prod profile on a free port of 127.0.0.1 against a database and waits until it
     * is ready (Flyway has migrated the schema).
     *
     * @param jar     {@code quarkus-run.jar}
     * @param jdbcUrl the database (user and password {@code postgres})
     * @param keys    folder of the JWT key pair ({@link JwtKeysResource#keys()})
     * @param http    client for the readiness probe
     * @return the running service
     * @throws Exception when it exits or is not ready in time ({@code bench.ready-seconds}, default 900)
     */
    static Service startService(String jar, String jdbcUrl, Path keys, HttpClient http) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder service = new ProcessBuilder("java", "-XX:+UseParallelGC", "-jar", jar).inheritIO();
        service.environment().putAll(Map.of(
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "QUARKUS_HTTP_HOST", "127.0.0.1",
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.resolve(JwtKeyPair.PUBLIC_KEY).toUri().toString(),
                "QUARKUS_LOG_LEVEL", "WARN"));
        Process process = service.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        String base = "http://127.0.0.1:" + port;
        waitReady(http, base, process);
        return new Service(process, base);
    }

    /**
     * Publishes every gold page of a corpus folder as page 1 of its own {@code lcrb} edition, from 2024-01-01 on
     * (the search benchmark's seed database: the real pages the search quality test uses). A page the service
     * refuses is reported and left out.
     */
    private static void publishCorpus(HttpClient http, String base, String token, ObjectMapper json, Path dir)
            throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        int published = 0;
        for (int i = 0; i < files.size(); i++) {
            ObjectNode gold = (ObjectNode) json.readTree(files.get(i).toFile());
            ObjectNode body = json.createObjectNode().put("page_name", "要闻")
                    .put("content_hash", sha256(files.get(i).getFileName().toString()));
            body.set("items", gold.get("items"));
            String edition = base + "/api/v1/desk/editions/lcrb/" + LocalDate.of(2024, 1, 1).plusDays(i);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(edition + "/pages/1"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                System.err.println(files.get(i).getFileName() + " left out: " + r.statusCode() + " " + r.body());
                continue;
            }
            send(http, HttpRequest.newBuilder(URI.create(edition + "/publish"))
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build());
            published++;
        }
        System.out.println("published " + published + " corpus pages of " + dir);
    }

    private static void waitReady(HttpClient http, String base, Process process) throws Exception {
        for (long end = System.nanoTime() + READY_SECONDS * 1_000_000_000L; System.nanoTime() < end; ) {
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
        throw new IllegalStateException("the service did not become ready within " + READY_SECONDS + " s");
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
