package io.newsroom.devstack.testing;

import io.newsroom.devstack.LocalPostgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;

/**
 * A real PostgreSQL server for {@code @QuarkusTest}s: the test JVM's {@link LocalPostgres#shared()} server.
 * Returns the {@code quarkus.datasource.*} settings pointing at it.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    /** Starts (once per JVM) the server; returns the JDBC URL, user and password as Quarkus config. */
    @Override
    public Map<String, String> start() {
        EmbeddedPostgres pg = LocalPostgres.shared();
        return Map.of(
                "quarkus.datasource.jdbc.url", pg.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    /** The server stays up for the other test classes of this JVM; a shutdown hook closes it. */
    @Override
    public void stop() {
    }
}
