package io.newsroom.article.repository;

import io.newsroom.article.ArticleCorrectionEntity;
import io.newsroom.contract.Correction;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads {@link ArticleCorrectionEntity} rows as the contract's {@link Correction}s. */
@ApplicationScoped
public class ArticleCorrectionRepository implements PanacheRepositoryBase<ArticleCorrectionEntity, Long> {

    /**
     * @param articleId article id
     * @return its corrections, oldest first
     */
    public List<Correction> corrections(UUID articleId) {
        return list("articleId = ?1 order by correctedAt, id", articleId).stream()
                .map(ArticleCorrectionRepository::toView).toList();
    }

    /**
     * @param articleIds article ids (one query for all)
     * @return the corrections of each article that has any, oldest first
     */
    public Map<UUID, List<Correction>> corrections(Collection<UUID> articleIds) {
        Map<UUID, List<Correction>> byArticle = new HashMap<>();
        if (articleIds.isEmpty()) {
            return byArticle;
        }
        for (ArticleCorrectionEntity c : list("articleId in ?1 order by correctedAt, id", articleIds)) {
            byArticle.computeIfAbsent(c.articleId, id -> new java.util.ArrayList<>()).add(toView(c));
        }
        return byArticle;
    }

    private static Correction toView(ArticleCorrectionEntity c) {
        return new Correction(c.correctedAt, c.kind, c.fields, c.note);
    }
}
