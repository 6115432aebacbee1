package io.newsroom.article.repository;

import io.newsroom.article.ArticleEntity;
import io.newsroom.article.model.EditionKey;
import io.newsroom.contract.ArticleStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads and locks {@link ArticleEntity} rows. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<ArticleEntity, UUID> {

    /**
     * JPQL condition on article {@code a}: it is no continuation of a published article readers see (README "Jumps":
     * readers get a story printed on several pages once, as its first article).
     */
    static final String NO_CONTINUATION = "not exists (select 1 from JumpLinkEntity l, ArticleEntity h "
            + "where l.toId = a.id and l.kind = 'continuation' and h.id = l.fromId and h.status = :status "
            + "and h.excluded = false)";

    /**
     * JPQL condition on article {@code a}: readers see it as an article, once published (README "Front matter"):
     * no editor excluded it, and it is no 今日导读 box or staff line (those are the edition's front matter).
     */
    static final String FOR_READERS = "a.excluded = false and a.type not in ('index', 'staff')";

    /**
     * @param edition paper and date
     * @param page    page number, or {@code null} for every page
     * @return every article of the edition (any status), page then position order
     */
    public List<ArticleEntity> listEdition(EditionKey edition, Integer page) {
        if (page == null) {
            return list("paper = ?1 and editionDate = ?2 order by pageNumber, position", edition.paper(),
                    edition.date());
        }
        return list("paper = ?1 and editionDate = ?2 and pageNumber = ?3 order by position", edition.paper(),
                edition.date(), page);
    }

    /**
     * Locks every article of one page for the rest of the transaction.
     *
     * @param edition paper and date
     * @param page    page number
     * @return the page's articles, position order
     */
    public List<ArticleEntity> lockPage(EditionKey edition, int page) {
        return find("paper = ?1 and editionDate = ?2 and pageNumber = ?3 order by position", edition.paper(),
                edition.date(), page).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /**
     * Locks every article of an edition for the rest of the transaction.
     *
     * @param edition paper and date
     * @return the edition's articles, page then position order
     */
    public List<ArticleEntity> lockEdition(EditionKey edition) {
        return find("paper = ?1 and editionDate = ?2 order by pageNumber, position", edition.paper(),
                edition.date()).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /**
     * @param id article id
     * @return the article, locked for the rest of the transaction, if it exists
     */
    public Optional<ArticleEntity> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * @param id article id
     * @return the article if it exists, is {@code PUBLISHED} and readers see it as an article ({@link #FOR_READERS})
     */
    public Optional<ArticleEntity> findPublished(UUID id) {
        return find("from ArticleEntity a where a.id = ?1 and a.status = ?2 and " + FOR_READERS, id,
                ArticleStatus.PUBLISHED).firstResultOptional();
    }

    /**
     * @param edition paper and date
     * @return the edition's published 今日导读 boxes and staff lines no editor excluded, page then position order
     */
    public List<ArticleEntity> publishedFrontMatter(EditionKey edition) {
        return list("from ArticleEntity a where a.paper = ?1 and a.editionDate = ?2 and a.status = ?3 "
                + "and a.excluded = false and a.type in ('index', 'staff') order by a.pageNumber, a.position",
                edition.paper(), edition.date(), ArticleStatus.PUBLISHED);
    }

    /**
     * @param edition paper and date
     * @return whether any item of the edition is published (excluded or not, article or front matter)
     */
    public boolean anyPublished(EditionKey edition) {
        return count("paper = ?1 and editionDate = ?2 and status = ?3", edition.paper(), edition.date(),
                ArticleStatus.PUBLISHED) > 0;
    }

    /**
     * Published articles of an edition after a (page, position) key, in page order (keyset pagination); the
     * continuations of published articles ({@link #NO_CONTINUATION}), excluded items and front matter
     * ({@link #FOR_READERS}) are left out.
     *
     * @param edition   paper and date
     * @param afterPage page of the last article already returned, or 0 from the start
     * @param afterPos  position of the last article already returned, or -1 from the start
     * @param max       maximum rows
     * @return up to {@code max} articles
     */
    public List<ArticleEntity> publishedAfter(EditionKey edition, int afterPage, int afterPos, int max) {
        return find("from ArticleEntity a where a.paper = :paper and a.editionDate = :date and a.status = :status "
                        + "and (a.pageNumber > :page or (a.pageNumber = :page and a.position > :pos)) and "
                        + FOR_READERS + " and " + NO_CONTINUATION + " order by a.pageNumber, a.position",
                Parameters.with("paper", edition.paper()).and("date", edition.date())
                        .and("status", ArticleStatus.PUBLISHED).and("page", afterPage).and("pos", afterPos))
                .range(0, max - 1).list();
    }

    /**
     * Published editions after a (date descending, paper ascending) key (keyset pagination).
     *
     * @param afterDate  date of the last edition already returned, or {@code null} from the start
     * @param afterPaper paper of the last edition already returned (ignored when {@code afterDate} is null)
     * @param max        maximum rows
     * @return rows {@code [paper, date, article count]}; a story printed on several pages counts once
     */
    public List<Object[]> publishedEditions(LocalDate afterDate, String afterPaper, int max) {
        String where = afterDate == null ? ""
                : " and (a.editionDate < :date or (a.editionDate = :date and a.paper > :paper))";
        var query = getEntityManager().createQuery("select a.paper, a.editionDate, count(a) from ArticleEntity a "
                + "where a.status = :status and " + FOR_READERS + " and " + NO_CONTINUATION + where
                + " group by a.paper, a.editionDate order by a.editionDate desc, a.paper", Object[].class)
                .setParameter("status", ArticleStatus.PUBLISHED).setMaxResults(max);
        if (afterDate != null) {
            query.setParameter("date", afterDate).setParameter("paper", afterPaper);
        }
        return query.getResultList();
    }

    /**
     * @param from first edition date (inclusive)
     * @param to   last edition date (inclusive)
     * @return rows {@code [paper, date, page number]} of published articles readers see, distinct, page ascending
     */
    public List<Object[]> publishedPages(LocalDate from, LocalDate to) {
        return getEntityManager().createQuery("select distinct a.paper, a.editionDate, a.pageNumber "
                        + "from ArticleEntity a where a.status = :status and " + FOR_READERS
                        + " and a.editionDate between :from and :to "
                        + "order by a.pageNumber", Object[].class)
                .setParameter("status", ArticleStatus.PUBLISHED).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }
}
