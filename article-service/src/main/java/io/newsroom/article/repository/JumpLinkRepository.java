package io.newsroom.article.repository;

import io.newsroom.article.JumpLinkEntity;
import io.newsroom.article.model.EditionKey;
import io.newsroom.contract.Flag;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads and writes the jump links ({@link JumpLinkEntity}) and the jump flags (table {@code jump_flag}). */
@ApplicationScoped
public class JumpLinkRepository implements PanacheRepositoryBase<JumpLinkEntity, Long> {

    /**
     * Serialises the jump matching of one edition: a PostgreSQL transaction-scoped advisory lock on the edition
     * (released at commit or rollback), so two page upserts of one edition do not write its links at once.
     *
     * @param edition paper and date
     */
    public void lockEdition(EditionKey edition) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "jumps/" + edition.paper() + "/" + edition.date()).getSingleResult();
    }

    /**
     * @param edition paper and date
     * @return every link and editor's decision of the edition
     */
    public List<JumpLinkEntity> listEdition(EditionKey edition) {
        return list("paper = ?1 and editionDate = ?2 order by id", edition.paper(), edition.date());
    }

    /**
     * Deletes the automatic links of an edition at once (not at flush: new links may reuse their keys).
     *
     * @param edition paper and date
     */
    public void deleteAutomatic(EditionKey edition) {
        getEntityManager().createQuery("delete from JumpLinkEntity l where l.paper = :paper "
                + "and l.editionDate = :date and l.manual = false").setParameter("paper", edition.paper())
                .setParameter("date", edition.date()).executeUpdate();
    }

    /**
     * @param edition paper and date
     * @return article id → its jump flags
     */
    public Map<UUID, List<Flag>> flags(EditionKey edition) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select f.article_id, f.flag "
                + "from {h-schema}jump_flag f join {h-schema}article a on a.id = f.article_id "
                + "where a.paper = ?1 and a.edition_date = ?2 order by f.flag").setParameter(1, edition.paper()).setParameter(2, edition.date()).getResultList();
        Map<UUID, List<Flag>> out = new HashMap<>();
        for (Object[] row : rows) {
            out.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add(Flag.valueOf((String) row[1]));
        }
        return out;
    }

    /**
     * Replaces the jump flags of the given articles.
     *
     * @param articles the edition's article ids
     * @param flags    article id → its new flag
     */
    public void replaceFlags(Collection<UUID> articles, Map<UUID, Flag> flags) {
        if (!articles.isEmpty()) {
            getEntityManager().createNativeQuery("delete from {h-schema}jump_flag where article_id = any(?1)")
                    .setParameter(1, articles.toArray(UUID[]::new)).executeUpdate();
        }
        flags.forEach((id, flag) -> getEntityManager()
                .createNativeQuery("insert into {h-schema}jump_flag (article_id, flag) values (?1, ?2)")
                .setParameter(1, id).setParameter(2, flag.name()).executeUpdate());
    }
}
