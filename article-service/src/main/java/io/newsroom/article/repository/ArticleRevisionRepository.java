package io.newsroom.article.repository;

import io.newsroom.article.ArticleRevisionEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads and numbers {@link ArticleRevisionEntity} rows. */
@ApplicationScoped
public class ArticleRevisionRepository implements PanacheRepositoryBase<ArticleRevisionEntity, Long> {

    /**
     * @param articleId article id
     * @return its revisions, oldest first
     */
    public List<ArticleRevisionEntity> listFor(UUID articleId) {
        return list("articleId = ?1 order by number", articleId);
    }

    /**
     * @param articleId article id
     * @param number    revision number
     * @return the revision if it exists
     */
    public Optional<ArticleRevisionEntity> findFor(UUID articleId, int number) {
        return find("articleId = ?1 and number = ?2", articleId, number).firstResultOptional();
    }

    /**
     * @param articleId article id (the caller holds its row lock, so numbers cannot collide)
     * @return the number the next revision gets: 1 + the highest so far
     */
    public int nextNumber(UUID articleId) {
        Integer max = getEntityManager()
                .createQuery("select max(r.number) from ArticleRevisionEntity r where r.articleId = ?1", Integer.class)
                .setParameter(1, articleId).getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
