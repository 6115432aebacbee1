package io.newsroom.edition.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When editors opened a page's review screen (table {@code page_review_view}, migration V6): one row per page and
 * editor holding the last view; native SQL, so the tables are named with their schema {@code edition}). The publish confirmation reads it to list pages nobody opened since their text
 * arrived. Methods must run inside a transaction.
 */
@ApplicationScoped
public class PageReviewViewRepository {

    @Inject
    EntityManager em;

    /**
     * Records that {@code editor} opened a page's review now (moves the editor's last view of it on).
     *
     * @param paper  paper code
     * @param date   edition date
     * @param number page number
     * @param editor the editor's user name
     * @param at     when
     * @return whether the page exists (nothing is recorded for a page never received)
     */
    public boolean record(String paper, LocalDate date, int number, String editor, Instant at) {
        int rows = em.createNativeQuery("""
                insert into edition.page_review_view (page_id, editor, viewed_at)
                select p.id, ?1, ?2 from edition.page p join edition.edition e on e.id = p.edition_id
                 where e.paper_code = ?3 and e.edition_date = ?4 and p.number = ?5
                on conflict (page_id, editor) do update set viewed_at = greatest(page_review_view.viewed_at, excluded.viewed_at)
                """).setParameter(1, editor).setParameter(2, Timestamp.from(at)).setParameter(3, paper)
                .setParameter(4, date).setParameter(5, number).executeUpdate();
        return rows > 0;
    }

    /**
     * @param paper paper code
     * @param date  edition date
     * @return page number → the latest time any editor opened its review, for the pages opened at least once
     */
    public Map<Integer, Instant> lastViews(String paper, LocalDate date) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p.number, max(v.viewed_at) from edition.page_review_view v
                  join edition.page p on p.id = v.page_id join edition.edition e on e.id = p.edition_id
                 where e.paper_code = ?1 and e.edition_date = ?2 group by p.number
                """).setParameter(1, paper).setParameter(2, date).getResultList();
        Map<Integer, Instant> views = new HashMap<>();
        for (Object[] row : rows) {
            views.put(((Number) row[0]).intValue(), instant(row[1]));
        }
        return views;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
