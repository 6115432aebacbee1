package io.newsroom.edition.repository;

import io.newsroom.edition.entity.EditionEntity;
import io.newsroom.edition.entity.PageEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;

/** Editions by paper and date. */
@ApplicationScoped
public class EditionRepository implements PanacheRepository<EditionEntity> {

    /**
     * @param paper paper code
     * @param date  edition date
     * @return the edition, if any page of it was ever stored
     */
    public Optional<EditionEntity> find(String paper, LocalDate date) {
        return find("paperCode = ?1 and date = ?2", paper, date).firstResultOptional();
    }

    /**
     * @param paper  paper code
     * @param date   edition date
     * @param number page number
     * @return the stored page, if that page of that edition was ingested
     */
    public Optional<PageEntity> findPage(String paper, LocalDate date, int number) {
        return find(paper, date).flatMap(edition -> edition.pages.stream().filter(p -> p.number == number).findFirst());
    }

    /**
     * Takes a PostgreSQL transaction-scoped advisory lock on one edition, so that concurrent writers of the
     * same edition (two first pages arriving at once) run one after the other instead of racing to create it.
     * Released at commit or rollback. Must run inside a transaction.
     *
     * @param paper paper code
     * @param date  edition date
     */
    public void lock(String paper, LocalDate date) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "edition/" + paper + "/" + date)
                .getSingleResult();
    }
}
