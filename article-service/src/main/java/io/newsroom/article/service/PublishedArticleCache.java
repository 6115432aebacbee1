package io.newsroom.article.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.newsroom.article.ArticleEntity;
import io.newsroom.article.config.ArticleConfig;
import io.newsroom.article.mapping.ArticleMapper;
import io.newsroom.article.mapping.NinjsMapper;
import io.newsroom.article.model.EditionJumps;
import io.newsroom.article.repository.ArticleCorrectionRepository;
import io.newsroom.contract.ArticleView;
import io.newsroom.contract.Correction;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
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
     * The representations of one version of a published story.
     *
     * @param tag     the ETag value without quotes: the article's version, or the versions of a story's parts page by
     *                page joined with "." ({@code 3.1})
     * @param json    UTF-8 JSON of the public {@code ArticleView}
     * @param ninjs   UTF-8 JSON of the ninjs 2.3 item
     * @param parts   ids of the articles it was made of (a change of any drops it)
     */
    public record Rendered(String tag, byte[] json, byte[] ninjs, Set<UUID> parts) {
    }

    private final ArticleRepository articles;
    private final JumpLinkService jumps;
    private final ArticleCorrectionRepository corrections;
    private final ObjectMapper mapper;
    private final WebUrls webUrls;
    private final Cache<UUID, Rendered> cache;

    PublishedArticleCache(ArticleRepository articles, JumpLinkService jumps, ArticleCorrectionRepository corrections,
            ObjectMapper mapper, ArticleConfig config, WebUrls webUrls) {
        this.webUrls = webUrls;
        this.articles = articles;
        this.jumps = jumps;
        this.corrections = corrections;
        this.mapper = mapper;
        this.cache = Caffeine.newBuilder().maximumSize(config.publicCache().maxSize())
                .expireAfterWrite(config.publicCache().ttl()).build();
    }

    /**
     * @param id article id; the id of a continuation (README "Jumps") gives the story it continues, so that a link
     *           to it still leads to the story
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
        cache.asMap().entrySet().removeIf(e -> e.getValue().parts().stream().anyMatch(changed.ids()::contains));
    }

    private Rendered load(UUID id) {
        ArticleEntity a = articles.findPublished(id).orElse(null);
        if (a == null) {
            return null;
        }
        EditionJumps.Jumps story = jumps.jumps(a, true);
        ArticleEntity head = story.story().get(0);
        if (head != a) {
            story = jumps.jumps(head, true);
        }
        // the story's corrections: of every article it is printed as, oldest first
        List<Correction> corrected = corrections.corrections(story.story().stream().map(p -> p.id).toList()).values()
                .stream().flatMap(List::stream).sorted(Comparator.comparing(Correction::correctedAt)).toList();
        ArticleView view = ArticleMapper.toView(head, corrected, false, story,
                webUrls.of(head.paper, head.editionDate, head.id));
        String tag = story.story().stream().map(p -> String.valueOf(p.version)).collect(Collectors.joining("."));
        Instant lastChange = story.story().stream().map(p -> p.updatedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(head.updatedAt);
        try {
            return new Rendered(tag, mapper.writeValueAsBytes(view),
                    mapper.writeValueAsBytes(NinjsMapper.toNinjs(head, view.paragraphs(), lastChange)),
                    story.story().stream().map(p -> p.id).collect(Collectors.toSet()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
