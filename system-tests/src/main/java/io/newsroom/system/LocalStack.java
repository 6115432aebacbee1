package io.newsroom.system;

import io.newsroom.devstack.JwtKeyPair;
import io.newsroom.devstack.LocalPostgres;
import io.newsroom.devstack.S3ProxyServer;
import io.newsroom.devstack.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The whole system on one machine: a real PostgreSQL (embedded binaries), a real S3 server
 * (S3Proxy, filesystem backend) and the three packaged services (their {@code quarkus-app} artifacts, unpacked by
 * this module's build into {@code system-tests/target/services/<service>/}),
 * each a separate process on 127.0.0.1. Used by {@code ./newsroom demo} (processes outlive the
 * JVM; their ids are kept in {@code run/*.pid} under the data folder, and a running stack is
 * reused) and by the end-to-end test (processes stop with {@link #close()}).
 *
 * <p>Data folder layout: {@code pg/} database files, {@code s3/} buckets, {@code keys/} the
 * generated JWT key pair, {@code logs/} one log per process, {@code run/} pid files.
 */
public final class LocalStack implements AutoCloseable {

    /** The processes of the stack, in start order. */
    public enum Component {
        POSTGRES("postgres", null), S3("s3", null),
        ARTICLE("article-service", "article-service"), RENDER("render-service", "render-service"),
        EDITION("edition-service", "edition-service");

        final String id;
        final String module;

        Component(String id, String module) {
            this.id = id;
            this.module = module;
        }

        /** @return the short name used for logs and pid files, e.g. {@code article-service} */
        public String id() {
            return id;
        }
    }

    /**
     * TCP ports on 127.0.0.1.
     *
     * @param postgres PostgreSQL
     * @param s3       the S3 server
     * @param article  article-service
     * @param render   render-service
     * @param edition  edition-service
     */
    public record Ports(int postgres, int s3, int article, int render, int edition) {

        /**
         * @return five ports the OS picked as free, for a stack that must not collide with anything (tests)
         * @throws IOException if no socket can be opened
         */
        public static Ports free() throws IOException {
            return new Ports(S3ProxyServer.freePort(), S3ProxyServer.freePort(), S3ProxyServer.freePort(),
                    S3ProxyServer.freePort(), S3ProxyServer.freePort());
        }

        /** @return the documented defaults: PostgreSQL 15432, S3 9000, services 8081, 8083, 8082 */
        public static Ports defaults() {
            return new Ports(15432, 9000, 8081, 8083, 8082);
        }

        int of(Component c) {
            return switch (c) {
                case POSTGRES -> postgres;
                case S3 -> s3;
                case ARTICLE -> article;
                case RENDER -> render;
                case EDITION -> edition;
            };
        }
    }

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    /**
     * The services' JVM settings, measured by {@code ./newsroom footprint} (README "Footprint"); the container images
     * set the same in {@code JAVA_OPTS_APPEND} ({@code JvmOptionsTest} compares them). Serial GC and C1 only (small
     * heaps, two cores, short warm-up), a heap that gives memory back after a burst (free ratios), and bounded
     * metaspace, code cache, thread stacks and direct buffers.
     */
    public static final List<String> SERVICE_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Xms16m", "-Xmx192m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:MaxMetaspaceSize=160m",
            "-XX:ReservedCodeCacheSize=64m", "-Xss512k", "-XX:MaxDirectMemorySize=64m", "-Xshare:auto");

    /** The class-data archive next to {@code quarkus-run.jar} (see {@link #classDataArchive}). */
    static final String CDS_ARCHIVE = "app-cds.jsa";

    /** glibc's malloc arenas per process (its default, 8 per core, holds freed native memory in many pools). */
    static final String MALLOC_ARENA_MAX = "2";

    private final Path root;
    private final Path home;
    private final Ports ports;
    private final boolean outliveJvm;
    private final List<Running> started = new ArrayList<>();
    private final Map<Component, Running> running = new java.util.EnumMap<>(Component.class);
    private final Map<String, String> extraProperties = new java.util.LinkedHashMap<>();

    /** A process this instance started: its id, how to stop it, whether it still runs. */
    private record Running(long pid, Runnable stop, java.util.function.BooleanSupplier alive) {
    }
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * @param root       the repository root (holds this module's {@code system-tests/target/services/<service>/}
     *                   and {@code system-tests/target/s3proxy/s3proxy.jar})
     * @param home       the data folder, created if missing
     * @param ports      where each process listens
     * @param outliveJvm {@code true} for a local run that stays up after this JVM exits
     */
    public LocalStack(Path root, Path home, Ports ports, boolean outliveJvm) {
        this.root = root.toAbsolutePath().normalize();
        this.home = home.toAbsolutePath().normalize();
        this.ports = ports;
        this.outliveJvm = outliveJvm;
    }

    /**
     * Adds settings every service gets on top of {@link #systemProperties}, e.g. an OTLP endpoint or log levels in
     * tests; call before {@link #up}.
     *
     * @param properties configuration keys and values
     * @return this stack
     */
    public LocalStack withServiceProperties(Map<String, String> properties) {
        extraProperties.putAll(properties);
        return this;
    }

    /** @return {@code http://127.0.0.1:PORT} of a component */
    public String url(Component c) {
        return "http://127.0.0.1:" + ports.of(c);
    }

    /** @return the folder holding {@code private.pem} and {@code public.pem} */
    public Path keys() {
        return home.resolve("keys");
    }

    /**
     * Starts what is not already running and healthy, and waits until every component answers.
     *
     * @param progress receives one line per step, for the user
     * @throws IllegalStateException when a component does not come up in time (its log is named)
     */
    public void up(Consumer<String> progress) {
        try {
            for (String dir : List.of("pg", "s3", "keys", "logs", "run")) {
                Files.createDirectories(home.resolve(dir));
            }
            if (!Files.exists(keys().resolve(JwtKeyPair.PUBLIC_KEY))) {
                JwtKeyPair.write(keys());
                progress.accept("generated a JWT key pair in " + keys());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CompletableFuture<Void> pg = CompletableFuture.runAsync(() -> ensure(Component.POSTGRES, progress));
        CompletableFuture<Void> s3 = CompletableFuture.runAsync(() -> ensure(Component.S3, progress));
        CompletableFuture.allOf(pg, s3).join();
        CompletableFuture.allOf(
                CompletableFuture.runAsync(() -> ensure(Component.ARTICLE, progress)),
                CompletableFuture.runAsync(() -> ensure(Component.RENDER, progress)),
                CompletableFuture.runAsync(() -> ensure(Component.EDITION, progress))).join();
    }

    /** @return for each component, whether it answers now */
    public Map<Component, Boolean> status() {
        Map<Component, Boolean> out = new java.util.EnumMap<>(Component.class);
        for (Component c : Component.values()) {
            out.put(c, healthy(c));
        }
        return out;
    }

    private void ensure(Component c, Consumer<String> progress) {
        if (healthy(c)) {
            progress.accept(c.id() + " already running on port " + ports.of(c));
            return;
        }
        progress.accept("starting " + c.id() + " on port " + ports.of(c));
        Running p = c == Component.S3 ? startS3() : process(switch (c) {
            case POSTGRES -> startPostgres();
            default -> startService(c);
        });
        synchronized (started) {
            started.add(p);
            running.put(c, p);
        }
        if (outliveJvm) {
            writePid(c, p.pid());
        }
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!healthy(c)) {
            if (!p.alive().getAsBoolean()) {
                throw new IllegalStateException(c.id() + " exited; see " + log(c));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(c.id() + " did not become ready in " + START_TIMEOUT.toSeconds()
                        + " s; see " + log(c));
            }
            sleep(250);
        }
        progress.accept(c.id() + " is up (" + url(c) + ")");
    }

    private static Running process(Process p) {
        return new Running(p.pid(), () -> {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            try {
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, p::isAlive);
    }

    private Process startPostgres() {
        List<String> cmd = List.of(javaBinary(), "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                LocalPostgres.class.getName(), home.resolve("pg").toString(), Integer.toString(ports.postgres()));
        return launch(Component.POSTGRES, cmd);
    }

    private Running startS3() {
        Path jar = root.resolve("system-tests/target/s3proxy/s3proxy.jar");
        S3ProxyServer s3 = S3ProxyServer.at(ports.s3(), home.resolve("s3"), jar);
        s3.start();
        return new Running(s3.pid(), s3::stop, () -> s3.pid() > 0);
    }

    private Process startService(Component c) {
        Path jar = application(c.module).resolve("quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services and system-tests first (mvn "
                    + "-DskipTests package -pl system-tests -am)");
        }
        List<String> cmd = new ArrayList<>(List.of(javaBinary()));
        cmd.addAll(SERVICE_JVM_OPTIONS);
        if (classDataArchive(c, jar)) {
            cmd.add("-XX:SharedArchiveFile=" + CDS_ARCHIVE);
        }
        systemProperties(c).forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        // relative, from the application's folder: the class-data archive records the class path as it was built
        cmd.addAll(List.of("-jar", jar.getFileName().toString()));
        return launch(c, cmd, jar.getParent());
    }

    /**
     * Makes the service's class-data archive next to its jar unless a newer one is there: Quarkus runs the application
     * up to the end of its static initialisation ({@code -Dquarkus.appcds.generate=true}) and the JVM writes every
     * class it loaded ({@code -XX:ArchiveClassesAtExit}). Made here, not at package time, because the archive
     * records the size and time of every jar of the class path, which unpacking changes. A failed attempt only costs
     * the start-up gain (the JVM runs without it).
     *
     * @return whether an archive is there to use
     */
    private boolean classDataArchive(Component c, Path jar) {
        Path archive = jar.resolveSibling(CDS_ARCHIVE);
        try {
            if (Files.isRegularFile(archive)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0) {
                return true;
            }
            Path partial = jar.resolveSibling(CDS_ARCHIVE + ".partial");
            Files.deleteIfExists(partial);
            List<String> cmd = new ArrayList<>(List.of(javaBinary()));
            cmd.addAll(SERVICE_JVM_OPTIONS);
            cmd.addAll(List.of("-XX:ArchiveClassesAtExit=" + partial.getFileName(), "-Dquarkus.appcds.generate=true",
                    "-jar", jar.getFileName().toString()));
            Process p = launch(c, cmd, jar.getParent());
            if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            if (!Files.isRegularFile(partial)) { // Quarkus ends the run with status 1 on purpose
                return false;
            }
            Files.move(partial, archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The configuration each service gets, as system properties (see README "Configuration"). */
    Map<String, String> systemProperties(Component c) {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("quarkus.http.port", Integer.toString(ports.of(c)));
        p.put("quarkus.http.host", "127.0.0.1");
        p.put("mp.jwt.verify.publickey.location", keys().resolve(JwtKeyPair.PUBLIC_KEY).toString());
        p.put("mp.jwt.verify.issuer", Tokens.ISSUER);
        p.put("quarkus.log.console.json.enabled", "false"); // plain text logs locally (README "Observability")
        if (c == Component.ARTICLE || c == Component.EDITION) {
            p.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/postgres");
            p.put("quarkus.datasource.username", "postgres");
            p.put("quarkus.datasource.password", "postgres");
        }
        if (c == Component.ARTICLE) {
            p.put("article.papers-file", root.resolve("seeds/papers.json").toString());
        }
        if (c == Component.RENDER || c == Component.EDITION) {
            p.put("storage.endpoint", url(Component.S3));
            p.put("storage.access-key", S3ProxyServer.ACCESS_KEY);
            p.put("storage.secret-key", S3ProxyServer.SECRET_KEY);
            p.put("quarkus.rest-client.article-service.url", url(Component.ARTICLE));
        }
        if (c == Component.EDITION) {
            p.put("quarkus.rest-client.render-service.url", url(Component.RENDER));
            p.put("smallrye.jwt.sign.key.location", keys().resolve(JwtKeyPair.PRIVATE_KEY).toString());
            p.put("smallrye.jwt.new-token.issuer", Tokens.ISSUER);
        }
        p.putAll(extraProperties);
        return p;
    }

    private Process launch(Component c, List<String> cmd) {
        return launch(c, cmd, home);
    }

    private Process launch(Component c, List<String> cmd, Path workingDirectory) {
        try {
            List<String> full = new ArrayList<>();
            if (outliveJvm && Files.isExecutable(Path.of("/usr/bin/setsid"))) {
                full.add("/usr/bin/setsid"); // own session: a Ctrl-C on the demo does not stop the stack
            }
            full.addAll(cmd);
            ProcessBuilder pb = new ProcessBuilder(full).directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log(c).toFile()));
            pb.environment().put("MALLOC_ARENA_MAX", MALLOC_ARENA_MAX); // glibc: 2 arenas, not 8 per core
            return pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + c.id(), e);
        }
    }

    /**
     * Stops one component this instance started, as an outage would, and waits until it no longer answers; the others
     * keep running. PostgreSQL gets a fast shutdown (its launcher's {@code pg_ctl stop -m fast}: sessions are ended),
     * S3Proxy and services a SIGTERM. Start it again with {@link #start}.
     *
     * @param c the component
     * @throws IllegalStateException when this instance did not start {@code c} or it still answers after 30 s
     */
    public void stop(Component c) {
        halt(c, false);
    }

    /**
     * Kills one component this instance started with SIGKILL (no shutdown hooks, no graceful end of requests in
     * flight), as a crash would, and waits until it no longer answers.
     *
     * @param c the component
     * @throws IllegalStateException when this instance did not start {@code c} or it still answers after 30 s
     */
    public void kill(Component c) {
        halt(c, true);
    }

    /**
     * Starts a component again after {@link #stop} or {@link #kill}, with the same port, data and settings, and waits
     * until it answers (for a service: readiness {@code UP}).
     *
     * @param c        the component
     * @param progress receives one line per step
     * @throws IllegalStateException when it does not come up in time
     */
    public void start(Component c, Consumer<String> progress) {
        ensure(c, progress);
    }

    /**
     * @param c a component
     * @return the process id of {@code c} as this instance started it, or -1 when it did not (or it was stopped)
     */
    public long pid(Component c) {
        synchronized (started) {
            Running p = running.get(c);
            return p == null ? -1 : p.pid();
        }
    }

    private void halt(Component c, boolean force) {
        Running p;
        synchronized (started) {
            p = running.remove(c);
            if (p != null) {
                started.remove(p);
            }
        }
        if (p == null) {
            throw new IllegalStateException(c.id() + " was not started by this stack");
        }
        if (force) {
            ProcessHandle.of(p.pid()).ifPresent(h -> {
                h.descendants().forEach(ProcessHandle::destroyForcibly);
                h.destroyForcibly();
            });
        } else {
            p.stop().run();
        }
        Instant deadline = Instant.now().plusSeconds(30);
        while (accepts(ports.of(c))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(c.id() + " still accepts connections 30 s after it was stopped");
            }
            sleep(100);
        }
    }

    /**
     * Creates a review-desk editor account, or sets its password, by running edition-service's own
     * {@code EditorAddCommand} (README "The review desk") from its packaged {@code quarkus-app} against the
     * stack's database.
     *
     * @param username    sign-in name
     * @param displayName name shown in the desk
     * @param password    the password (at least 8 characters)
     * @throws IllegalStateException when the command fails (its output is in the message)
     */
    public void addEditor(String username, String displayName, String password) {
        Path app = application(Component.EDITION.module);
        String cp = String.join(java.io.File.pathSeparator, app.resolve("app/*").toString(),
                app.resolve("lib/main/*").toString(), app.resolve("lib/boot/*").toString());
        ProcessBuilder pb = new ProcessBuilder(javaBinary(), "-cp", cp, "io.newsroom.edition.desk.cli.EditorAddCommand",
                username, displayName).redirectErrorStream(true);
        pb.environment().put("NEWSROOM_EDITOR_PASSWORD", password);
        pb.environment().put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/postgres");
        pb.environment().put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        pb.environment().put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        try {
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("editor-add " + username + " failed: " + output.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The demo's desk editor {@code demo}: its password is generated once and kept in {@code desk-editor.txt} under
     * the data folder; the account is created (or its password set again) on every call.
     *
     * @return the password of {@code demo}
     */
    public String demoEditor() {
        Path file = home.resolve("desk-editor.txt");
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[12];
                new java.security.SecureRandom().nextBytes(random);
                Files.writeString(file, java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n");
            }
            String password = Files.readString(file).strip();
            addEditor("demo", "演示编辑", password);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the packaged application of a service module, as this module's build unpacked it */
    private Path application(String module) {
        return root.resolve("system-tests/target/services").resolve(module);
    }

    /** @return the log file of a component */
    public Path log(Component c) {
        return home.resolve("logs").resolve(c.id() + ".log");
    }

    private boolean healthy(Component c) {
        return switch (c) {
            case POSTGRES -> accepts(ports.postgres()) && postgresReady();
            case S3 -> accepts(ports.s3());
            default -> ready(url(c) + "/q/health/ready");
        };
    }

    /** Ready means a query answers, not just an open port (the server may still be starting up). */
    private boolean postgresReady() {
        String url = "jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/postgres?connectTimeout=2";
        try (java.sql.Connection conn = java.sql.DriverManager.getConnection(url, "postgres", "postgres");
                java.sql.Statement st = conn.createStatement()) {
            return st.execute("SELECT 1");
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    private boolean ready(String url) {
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void writePid(Component c, long pid) {
        try {
            Files.writeString(home.resolve("run").resolve(c.id() + ".pid"), pid + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the processes this instance started, newest first, unless they are meant to outlive the JVM. */
    @Override
    public void close() {
        if (outliveJvm) {
            return;
        }
        List<Running> reversed = new ArrayList<>(started);
        java.util.Collections.reverse(reversed);
        reversed.forEach(r -> r.stop().run());
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
