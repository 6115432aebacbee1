package io.newsroom.article.repository;

import io.newsroom.article.model.EditionKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The edition change feed (table {@code article.edition_change}, migration V6): appends in the writing transaction,
 * reads after a sequence number.
 */
@ApplicationScoped
public class EditionChangeRepository {

    /**
     * One row of the feed.
     *
     * @param sequence  its sequence number
     * @param edition   the edition
     * @param changedAt when
     */
    public record Row(long sequence, EditionKey edition, Instant changedAt) {
    }

    private final EntityManager entityManager;

    EditionChangeRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Appends a row, after taking the table's EXCLUSIVE lock until the transaction ends: appends are serialised, so
     * sequence numbers become visible in commit order (plain reads are not blocked).
     *
     * @param edition   the edition whose published articles changed
     * @param changedAt when
     */
    public void append(EditionKey edition, Instant changedAt) {
        entityManager.createNativeQuery("lock table {h-schema}edition_change in exclusive mode").executeUpdate();
        entityManager.createNativeQuery(
                        "insert into {h-schema}edition_change (paper, edition_date, changed_at) values (?1, ?2, ?3)")
                .setParameter(1, edition.paper()).setParameter(2, edition.date())
                .setParameter(3, Timestamp.from(changedAt)).executeUpdate();
    }

    /**
     * @param after the last sequence number already read
     * @param max   most rows
     * @return the rows after it, in sequence order
     */
    public List<Row> after(long after, int max) {
        List<?> rows = entityManager.createNativeQuery("select sequence, paper, edition_date, changed_at "
                        + "from {h-schema}edition_change where sequence > ?1 order by sequence limit ?2")
                .setParameter(1, after).setParameter(2, max).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Row(((Number) r[0]).longValue(),
                new EditionKey((String) r[1], toDate(r[2])), toInstant(r[3]))).toList();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
