package io.newsroom.edition.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The state of the renditions after corrections (migration V4): the cursor of article-service's edition change feed
 * ({@code correction_feed_cursor}) and the editions due to be rendered again ({@code correction_rendition}). Every
 * method runs in the caller's transaction.
 */
@ApplicationScoped
public class CorrectionRenditionRepository {

    /**
     * An edition to render again.
     *
     * @param paper        paper code
     * @param date         edition date
     * @param lastSequence the feed's sequence number of its latest change seen
     * @param dueAt        when to render it
     * @param attempts     failed renderings since its latest change
     */
    public record Due(String paper, LocalDate date, long lastSequence, Instant dueAt, int attempts) {
    }

    private final EntityManager entityManager;

    CorrectionRenditionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @return the last feed sequence number read */
    public long cursor() {
        return ((Number) entityManager.createNativeQuery(
                "select last_sequence from {h-schema}correction_feed_cursor where id = 1").getSingleResult())
                .longValue();
    }

    /**
     * Moves the cursor on, only from where the caller read it (compare and set: of two replicas that read the same
     * changes, one records them).
     *
     * @param from the cursor the caller read
     * @param to   the last sequence number of the changes it read
     * @return whether the cursor moved (else another replica recorded these changes)
     */
    public boolean advanceCursor(long from, long to) {
        return entityManager.createNativeQuery("update {h-schema}correction_feed_cursor set last_sequence = ?1, "
                        + "updated_at = now() where id = 1 and last_sequence = ?2")
                .setParameter(1, to).setParameter(2, from).executeUpdate() == 1;
    }

    /**
     * Records that an edition changed: due at {@code dueAt} (a later change postpones it: the debounce), its failed
     * attempts forgotten.
     *
     * @param paper     paper code
     * @param date      edition date
     * @param sequence  the feed's sequence number of the change
     * @param changedAt when it changed
     * @param dueAt     when to render it
     */
    public void changed(String paper, LocalDate date, long sequence, Instant changedAt, Instant dueAt) {
        entityManager.createNativeQuery("insert into {h-schema}correction_rendition "
                        + "(paper_code, edition_date, last_sequence, changed_at, due_at, attempts) "
                        + "values (?1, ?2, ?3, ?4, ?5, 0) on conflict (paper_code, edition_date) do update set "
                        + "last_sequence = greatest(correction_rendition.last_sequence, excluded.last_sequence), "
                        + "changed_at = excluded.changed_at, due_at = excluded.due_at, attempts = 0, last_error = null")
                .setParameter(1, paper).setParameter(2, date).setParameter(3, sequence)
                .setParameter(4, Timestamp.from(changedAt)).setParameter(5, Timestamp.from(dueAt)).executeUpdate();
    }

    /**
     * @param now the time
     * @param max most rows
     * @return the editions due at {@code now}, the longest due first
     */
    public List<Due> due(Instant now, int max) {
        List<?> rows = entityManager.createNativeQuery("select paper_code, edition_date, last_sequence, due_at, "
                        + "attempts from {h-schema}correction_rendition where due_at <= ?1 order by due_at limit ?2")
                .setParameter(1, Timestamp.from(now)).setParameter(2, max).getResultList();
        return rows.stream().map(r -> toDue((Object[]) r)).toList();
    }

    /**
     * @param paper paper code
     * @param date  edition date
     * @return the edition's row, if it is to be rendered again
     */
    public Optional<Due> find(String paper, LocalDate date) {
        List<?> rows = entityManager.createNativeQuery("select paper_code, edition_date, last_sequence, due_at, "
                        + "attempts from {h-schema}correction_rendition where paper_code = ?1 and edition_date = ?2")
                .setParameter(1, paper).setParameter(2, date).getResultList();
        return rows.stream().map(r -> toDue((Object[]) r)).findFirst();
    }

    /**
     * Forgets an edition rendered after its changes up to {@code sequence}; a row with a later change stays due.
     *
     * @param paper    paper code
     * @param date     edition date
     * @param sequence the last change the rendering included
     */
    public void rendered(String paper, LocalDate date, long sequence) {
        entityManager.createNativeQuery("delete from {h-schema}correction_rendition where paper_code = ?1 "
                        + "and edition_date = ?2 and last_sequence <= ?3")
                .setParameter(1, paper).setParameter(2, date).setParameter(3, sequence).executeUpdate();
    }

    /**
     * Forgets an edition whatever its changes (it is not published here: its next publication renders it).
     *
     * @param paper paper code
     * @param date  edition date
     */
    public void drop(String paper, LocalDate date) {
        entityManager.createNativeQuery("delete from {h-schema}correction_rendition where paper_code = ?1 "
                + "and edition_date = ?2").setParameter(1, paper).setParameter(2, date).executeUpdate();
    }

    /**
     * Records a failed rendering and when to try again.
     *
     * @param paper    paper code
     * @param date     edition date
     * @param attempts failed attempts so far
     * @param dueAt    when to try again
     * @param error    what failed (no secrets: the problem's detail)
     */
    public void failed(String paper, LocalDate date, int attempts, Instant dueAt, String error) {
        entityManager.createNativeQuery("update {h-schema}correction_rendition set attempts = ?1, due_at = ?2, "
                        + "last_error = ?3 where paper_code = ?4 and edition_date = ?5")
                .setParameter(1, attempts).setParameter(2, Timestamp.from(dueAt)).setParameter(3, error)
                .setParameter(4, paper).setParameter(5, date).executeUpdate();
    }

    private static Due toDue(Object[] r) {
        Object date = r[1];
        Object due = r[3];
        return new Due((String) r[0], date instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) date,
                ((Number) r[2]).longValue(), due instanceof Timestamp t ? t.toInstant()
                        : due instanceof OffsetDateTime o ? o.toInstant() : (Instant) due,
                ((Number) r[4]).intValue());
    }
}
