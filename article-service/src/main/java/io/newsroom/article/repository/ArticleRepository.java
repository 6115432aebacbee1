package io.newsroom.article.repository;

import io.newsroom.article.ArticleEntity;
import io.newsroom.article.model.EditionKey;
import io.newsroom.contract.ArticleStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
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
     * @param ids article ids
     * @return those of them readers see as articles: published, {@link #FOR_READERS}, {@link #NO_CONTINUATION} (what
     *         the edition listing lists)
     */
    public List<ArticleEntity> listedAmong(Collection<UUID> ids) {
        return list("from ArticleEntity a where a.id in :ids and a.status = :status and " + FOR_READERS + " and "
                + NO_CONTINUATION, Parameters.with("ids", ids).and("status", ArticleStatus.PUBLISHED));
    }

    /**
     * @param ids article ids
     * @return the articles whose jumps are linked to one of them as its continuation (the first article of their
     *         story), any status
     */
    public List<UUID> storiesContinuedBy(Collection<UUID> ids) {
        return getEntityManager().createQuery("select l.fromId from JumpLinkEntity l where l.toId in :ids "
                + "and l.kind = 'continuation'", UUID.class).setParameter("ids", ids).getResultList();
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
     * Published articles of every edition after a key (edition date descending, then paper, page, position: newest
     * first, keyset pagination), what {@link #publishedAfter} lists of each edition.
     *
     * @param filter which articles
     * @param after  the sort key of the last article already returned, {@code null} from the start
     * @param max    maximum rows
     * @return up to {@code max} articles
     */
    public List<ArticleEntity> publishedFeed(FeedFilter filter, FeedKey after, int max) {
        StringBuilder where = new StringBuilder("from ArticleEntity a where a.status = :status and ")
                .append(FOR_READERS).append(" and ").append(NO_CONTINUATION);
        Parameters params = Parameters.with("status", ArticleStatus.PUBLISHED);
        if (filter.since() != null) {
            where.append(" and a.editionDate >= :since");
            params.and("since", filter.since());
        }
        if (filter.updatedSince() != null) {
            where.append(" and a.updatedAt >= :updatedSince");
            params.and("updatedSince", filter.updatedSince());
        }
        if (filter.pageName() != null) {
            where.append(" and a.pageName = :pageName");
            params.and("pageName", filter.pageName());
        }
        if (filter.type() != null) {
            where.append(" and a.type = :type");
            params.and("type", filter.type());
        }
        if (after != null) {
            where.append(" and (a.editionDate < :date or (a.editionDate = :date and (a.paper > :paper or "
                    + "(a.paper = :paper and (a.pageNumber > :page or (a.pageNumber = :page and a.position > :pos))))))");
            params.and("date", after.date()).and("paper", after.paper()).and("page", after.page())
                    .and("pos", after.position());
        }
        return find(where + " order by a.editionDate desc, a.paper, a.pageNumber, a.position", params)
                .range(0, max - 1).list();
    }

    /**
     * Filters of the article feed; {@code null} members filter nothing.
     *
     * @param since        first edition date
     * @param updatedSince earliest {@code updated_at}
     * @param pageName     page name, exactly
     * @param type         item type code
     */
    public record FeedFilter(LocalDate since, java.time.Instant updatedSince, String pageName, String type) {
    }

    /**
     * The feed's sort key of an article.
     *
     * @param date     edition date
     * @param paper    paper code
     * @param page     page number
     * @param position position on the page
     */
    public record FeedKey(LocalDate date, String paper, int page, int position) {
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
