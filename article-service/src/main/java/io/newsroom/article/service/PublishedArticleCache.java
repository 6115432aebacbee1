package io.newsroom.article.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.newsroom.article.ArticleEntity;
import io.newsroom.article.config.ArticleConfig;
import io.newsroom.article.mapping.ArticleMapper;
import io.newsroom.article.mapping.NinjsMapper;
import io.newsroom.article.repository.ArticleCorrectionRepository;
import io.newsroom.article.repository.ArticleRepository;
import io.newsroom.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * The serialised public representations of published articles, kept in a Caffeine cache so that the hottest read
 * ({@code GET /api/v1/articles/{id}}) needs neither the database nor Jackson. Entries are dropped after the
 * transaction of any write that touches the article completes ({@link ArticlesChanged}); Caffeine blocks that
 * invalidation until a concurrent load of the same id has finished, so no stale entry survives a local write.
 * Across instances staleness is bounded by {@code article.public-cache.ttl}. Only published articles are cached.
 */
@ApplicationScoped
public class PublishedArticleCache {

    /**
     * The representations of one version of a published article.
     *
     * @param version article version (the ETag)
     * @param json    UTF-8 JSON of the public {@code ArticleView}
     * @param ninjs   UTF-8 JSON of the ninjs 2.3 item
     */
    public record Rendered(long version, byte[] json, byte[] ninjs) {
    }

    private final ArticleRepository articles;
    private final ArticleCorrectionRepository corrections;
    private final ObjectMapper mapper;
    private final Cache<UUID, Rendered> cache;

    PublishedArticleCache(ArticleRepository articles, ArticleCorrectionRepository corrections, ObjectMapper mapper,
            ArticleConfig config) {
        this.articles = articles;
        this.corrections = corrections;
        this.mapper = mapper;
        this.cache = Caffeine.newBuilder().maximumSize(config.publicCache().maxSize())
                .expireAfterWrite(config.publicCache().ttl()).build();
    }

    /**
     * @param id article id
     * @return the rendered published article
     * @throws ProblemException 404 when unknown, draft or withdrawn
     */
    public Rendered get(UUID id) {
        Rendered rendered = cache.get(id, this::load);
        if (rendered == null) {
            throw ProblemException.notFound("No article " + id);
        }
        return rendered;
    }

    /** Drops the entries of changed articles once the writing transaction has completed. */
    void onChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) ArticlesChanged changed) {
        cache.invalidateAll(changed.ids());
    }

    private Rendered load(UUID id) {
        ArticleEntity a = articles.findPublished(id).orElse(null);
        if (a == null) {
            return null;
        }
        try {
            return new Rendered(a.version, mapper.writeValueAsBytes(ArticleMapper.toView(a, corrections.corrections(id), false)),
                    mapper.writeValueAsBytes(NinjsMapper.toNinjs(a)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
