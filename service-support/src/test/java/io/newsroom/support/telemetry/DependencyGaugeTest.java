package io.newsroom.support.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsroom.support.storage.StorageException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** {@code newsroom_dependency_up}: what the alert rules NewsroomDatabaseDown and NewsroomStorageDown read. */
class DependencyGaugeTest {

    private final MeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void storageIsUpWhenItAnswersEvenThatTheBucketIsMissingAndDownWhenItFails() {
        DependencyGauge.register(registry, "storage", DependencyGauge.answers(() -> { }));
        assertEquals(1.0, value("storage"));
        MeterRegistry failing = new SimpleMeterRegistry();
        DependencyGauge.register(failing, "storage", DependencyGauge.answers(() -> {
            throw new StorageException("bucket-exists editions", new java.io.IOException("connection refused"));
        }));
        assertEquals(0.0, failing.get(DependencyGauge.NAME).tag("dependency", "storage").gauge().value());
    }

    @Test
    void theDatabaseIsDownWhenNoConnectionCanBeHad() {
        DataSource down = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw new SQLException("Connection refused");
                });
        DependencyGauge.register(registry, "database", DependencyGauge.database(down));
        assertEquals(0.0, value("database"));
    }

    private double value(String dependency) {
        return registry.get(DependencyGauge.NAME).tag("dependency", dependency).gauge().value();
    }
}
