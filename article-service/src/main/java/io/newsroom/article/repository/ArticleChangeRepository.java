package io.newsroom.article.repository;

import io.newsroom.article.api.ArticleChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The public article change feed (table {@code article.article_change}, migration V9): appends in the writing
 * transaction, reads after a sequence number.
 */
@ApplicationScoped
public class ArticleChangeRepository {

    private final EntityManager entityManager;

    ArticleChangeRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Appends a row, after taking the table's EXCLUSIVE lock until the transaction ends: appends are serialised, so
     * sequence numbers become visible in commit order (plain reads are not blocked).
     *
     * @param articleId the article
     * @param paper     its paper
     * @param date      its edition date
     * @param kind      what a client does
     * @param changedAt when
     */
    public void append(UUID articleId, String paper, LocalDate date, ArticleChange.Kind kind, Instant changedAt) {
        entityManager.createNativeQuery("lock table {h-schema}article_change in exclusive mode").executeUpdate();
        entityManager.createNativeQuery("insert into {h-schema}article_change (article_id, paper, edition_date, kind, "
                        + "changed_at) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, articleId).setParameter(2, paper).setParameter(3, date).setParameter(4, kind.name())
                .setParameter(5, Timestamp.from(changedAt)).executeUpdate();
    }

    /**
     * @param ids articles
     * @return the latest row of each of them that has one
     */
    public Map<UUID, ArticleChange> latest(Collection<UUID> ids) {
        Map<UUID, ArticleChange> latest = new HashMap<>();
        if (ids.isEmpty()) {
            return latest;
        }
        List<?> rows = entityManager.createNativeQuery("select distinct on (article_id) sequence, article_id, paper, "
                        + "edition_date, kind, changed_at from {h-schema}article_change where article_id in (:ids) "
                        + "order by article_id, sequence desc")
                .setParameter("ids", ids).getResultList();
        rows.stream().map(r -> toChange((Object[]) r)).forEach(c -> latest.put(c.articleId(), c));
        return latest;
    }

    /**
     * @param after the last sequence number already read
     * @param max   most rows
     * @return the rows after it, in sequence order
     */
    public List<ArticleChange> after(long after, int max) {
        List<?> rows = entityManager.createNativeQuery("select sequence, article_id, paper, edition_date, kind, "
                        + "changed_at from {h-schema}article_change where sequence > ?1 order by sequence limit ?2")
                .setParameter(1, after).setParameter(2, max).getResultList();
        return rows.stream().map(r -> toChange((Object[]) r)).toList();
    }

    private static ArticleChange toChange(Object[] r) {
        LocalDate date = r[3] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[3];
        Instant at = r[5] instanceof Timestamp t ? t.toInstant()
                : r[5] instanceof OffsetDateTime o ? o.toInstant() : (Instant) r[5];
        return new ArticleChange(((Number) r[0]).longValue(), (UUID) r[1], (String) r[2], date,
                ArticleChange.Kind.valueOf((String) r[4]), at);
    }
}
