package io.newsroom.article.search;

import io.newsroom.article.ArticleEntity;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * At start, writes the search terms of articles stored before search existed (migration V7), in batches of
 * {@value #BATCH}; replicas starting together may both write a row, with the same terms.
 */
@ApplicationScoped
public class SearchBackfill {

    private static final Logger LOG = Logger.getLogger(SearchBackfill.class);
    static final int BATCH = 200;

    private final EntityManager em;
    private final SearchIndex index = new SearchIndex();

    SearchBackfill(EntityManager em) {
        this.em = em;
    }

    void onStart(@Observes StartupEvent start) {
        int done = 0;
        int n;
        while ((n = backfill()) > 0) {
            done += n;
        }
        if (done > 0) {
            LOG.infof("search: terms written for %d articles stored before search existed", done);
        }
    }

    /** @return how many articles of one batch without search terms got them */
    @Transactional
    int backfill() {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select id from {h-schema}article where search_vector is null limit "
                + BATCH, UUID.class).getResultList();
        for (UUID id : ids) {
            ArticleEntity a = em.find(ArticleEntity.class, id);
            em.detach(a); // read only: writing it back would count a new version
            index.index(a);
            em.createNativeQuery("update {h-schema}article set search_vector = cast(:v as tsvector) where id = :id")
                    .setParameter("v", a.searchVector).setParameter("id", id).executeUpdate();
        }
        return ids.size();
    }
}
