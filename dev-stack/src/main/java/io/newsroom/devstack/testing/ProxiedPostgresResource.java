package io.newsroom.devstack.testing;

import io.newsroom.devstack.LocalPostgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;

/**
 * The test JVM's PostgreSQL ({@link LocalPostgres#shared()}) reached through a {@link TcpProxy}, so that a test can
 * take the database away from the running service ({@link #proxy()}{@code .down()}) and bring it back
 * ({@code .up()}) as in an outage, without stopping the server the other tests use. For a {@code @TestProfile} of
 * its own (with {@code disableGlobalTestResources}), since it sets the same {@code quarkus.datasource.*} keys as
 * {@link PostgresResource}.
 */
public class ProxiedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static TcpProxy proxy;

    /** @return the proxy between the service and PostgreSQL, up after {@link #start()} */
    public static synchronized TcpProxy proxy() {
        return proxy;
    }

    /** Starts the server (once per JVM) and a proxy to it; returns the JDBC settings through the proxy. */
    @Override
    public synchronized Map<String, String> start() {
        EmbeddedPostgres pg = LocalPostgres.shared();
        if (proxy == null) {
            proxy = new TcpProxy(pg.getPort()); // one proxy per JVM, on one port, however often Quarkus starts this
        }
        proxy.up();
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    /** Leaves the proxy as it is (a later start reuses it); the server stays up for the other test classes. */
    @Override
    public synchronized void stop() {
    }
}
