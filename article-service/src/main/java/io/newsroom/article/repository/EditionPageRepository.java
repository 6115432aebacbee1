package io.newsroom.article.repository;

import io.newsroom.article.EditionPageEntity;
import io.newsroom.article.model.EditionKey;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Reads and locks {@link EditionPageEntity} rows. */
@ApplicationScoped
public class EditionPageRepository implements PanacheRepositoryBase<EditionPageEntity, Long> {

    /**
     * Serialises upserts of one page: takes a PostgreSQL transaction-scoped advisory lock on the page key
     * (released at commit or rollback), so two first upserts of a page cannot both insert its articles.
     *
     * @param edition paper and date
     * @param page    page number
     * @return the page row if the page was upserted before
     */
    public Optional<EditionPageEntity> lock(EditionKey edition, int page) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, edition.paper() + "/" + edition.date() + "/" + page).getSingleResult();
        return find("paper = ?1 and editionDate = ?2 and pageNumber = ?3", edition.paper(), edition.date(), page)
                .firstResultOptional();
    }
}
