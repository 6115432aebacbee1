package io.newsroom.edition.service;

import io.agroal.api.AgroalDataSource;
import io.newsroom.edition.config.EditionConfig;
import io.newsroom.support.problem.Problem;
import io.newsroom.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Serialises the publications of one edition across every edition-service replica with a PostgreSQL session-level
 * advisory lock ({@code pg_try_advisory_lock}) on the key {@code edition-publish/{paper}/{date}}, held on a
 * connection of its own for the whole publication (article-service, render-service, the publication row) and
 * released at its end; PostgreSQL releases it by itself when the replica or its connection dies. A second
 * publication of the edition meanwhile, from any replica, is refused at once with 409: it never waits, and never
 * races the first to the publication's sequence number.
 */
@ApplicationScoped
public class PublishLocks {

    private static final Logger LOG = Logger.getLogger(PublishLocks.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EditionConfig config;

    /**
     * @param paper paper code
     * @param date  edition date
     * @return the held lock; close it to release it
     * @throws ProblemException 409 when a publication of the edition is running (on any replica); 503 when the
     *                          database cannot be reached
     */
    public Held acquire(String paper, LocalDate date) {
        return tryAcquire(paper, date).orElseThrow(() -> {
            String reason = "a publication of " + paper + " " + date + " is already running; publish again when it"
                    + " has finished";
            return new ProblemException(409, "Conflict", reason, List.of(new Problem.FieldError("date", reason)),
                    Map.of());
        });
    }

    /**
     * The same lock for callers that come back later rather than refuse (the rendition after corrections).
     *
     * @param paper paper code
     * @param date  edition date
     * @return the held lock (close it to release it), or empty when a publication of the edition is running
     * @throws ProblemException 503 when the database cannot be reached
     */
    public Optional<Held> tryAcquire(String paper, LocalDate date) {
        String key = "edition-publish/" + paper + "/" + date;
        Connection connection = null;
        try {
            connection = dataSource.getConnection(); // outside any transaction: a session of its own
            boolean locked;
            try (PreparedStatement st = connection.prepareStatement(
                    "select pg_try_advisory_lock(hashtextextended(?, 0))")) {
                st.setString(1, key);
                try (ResultSet rs = st.executeQuery()) {
                    locked = rs.next() && rs.getBoolean(1);
                }
            }
            if (!locked) {
                connection.close();
                return Optional.empty();
            }
            return Optional.of(new Held(connection, key));
        } catch (SQLException e) {
            closeQuietly(connection);
            LOG.warnf("could not take the publication lock %s: %s", key, e);
            throw ProblemException.unavailable("the database is unavailable; nothing was published. Retry later.",
                    config.retryAfterSeconds());
        }
    }

    /** A publication lock held; {@link #close()} releases it. */
    public static final class Held implements AutoCloseable {

        private final Connection connection;
        private final String key;

        private Held(Connection connection, String key) {
            this.connection = connection;
            this.key = key;
        }

        /**
         * Releases the lock and returns the connection to the pool; if the unlock fails, the connection is aborted
         * instead (PostgreSQL then drops the lock with the session), never pooled while it holds the lock.
         */
        @Override
        public void close() {
            try (PreparedStatement st = connection.prepareStatement(
                    "select pg_advisory_unlock(hashtextextended(?, 0))")) {
                st.setString(1, key);
                st.executeQuery().close();
                connection.close();
            } catch (SQLException e) {
                LOG.warnf("could not release the publication lock %s (%s); dropping its connection", key, e);
                try {
                    connection.abort(Runnable::run);
                } catch (SQLException ignored) {
                    closeQuietly(connection);
                }
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is broken already; the pool discards it
            }
        }
    }
}
