package io.newsroom.support.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot be reached from every other failure: the service answers the first with 503 and
 * {@code Retry-After} (the request may succeed once PostgreSQL is back, and the connection pool reconnects by itself),
 * the others stay bugs (500).
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * @param failure any exception, e.g. Hibernate's {@code JDBCConnectionException} or a transaction's roll-back
     * @return whether it, or one of its causes, is an {@link SQLException} saying that no connection could be made or
     *         kept: SQLSTATE class {@code 08} (connection exception, e.g. PostgreSQL refusing or dropping the
     *         connection), {@code 57P01..57P03} (server shutting down or starting), {@code 53300} (too many
     *         connections), a JDBC connection exception type, or the pool's acquisition timeout
     */
    public static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P0") || state.equals("53300"))) {
                    return true;
                }
                String message = sql.getMessage();
                if (message != null && message.startsWith("Acquisition timeout")) {
                    return true; // Agroal: no connection became free or could be made in time
                }
            }
        }
        return false;
    }
}
