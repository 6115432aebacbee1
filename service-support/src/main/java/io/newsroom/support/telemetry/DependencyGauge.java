package io.newsroom.support.telemetry;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/**
 * The gauge {@code newsroom_dependency_up{dependency="…"}}: 1 when a dependency (the database, the object storage)
 * answers at scrape time, else 0, as the readiness checks judge them. The alert rules {@code NewsroomDatabaseDown} and
 * {@code NewsroomStorageDown} read it.
 */
public final class DependencyGauge {

    /** Meter name (Prometheus: {@code newsroom_dependency_up}). */
    public static final String NAME = "newsroom.dependency.up";

    private DependencyGauge() {
    }

    /**
     * @param registry   the registry
     * @param dependency {@code database} or {@code storage}
     * @param check      answers whether the dependency is up; an exception counts as down
     */
    public static void register(MeterRegistry registry, String dependency, BooleanSupplier check) {
        Gauge.builder(NAME, () -> up(check) ? 1 : 0).tag("dependency", dependency)
                .description("1 when the " + dependency + " answers, else 0").strongReference(true).register(registry);
    }

    /**
     * @param dataSource the service's data source
     * @return a check that a connection is valid within 2 seconds
     */
    public static BooleanSupplier database(DataSource dataSource) {
        return () -> {
            try (Connection connection = dataSource.getConnection()) {
                return connection.isValid(2);
            } catch (SQLException e) {
                return false;
            }
        };
    }

    /**
     * @param call a call to the dependency, e.g. whether the bucket exists
     * @return a check that the call answers, whatever it answers (a bucket that does not exist yet is created by the
     *         first write; the storage is up)
     */
    public static BooleanSupplier answers(Runnable call) {
        return () -> {
            call.run();
            return true;
        };
    }

    private static boolean up(BooleanSupplier check) {
        try {
            return check.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
