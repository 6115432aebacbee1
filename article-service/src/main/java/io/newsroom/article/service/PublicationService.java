package io.newsroom.article.service;

import io.newsroom.article.ArticleEntity;
import io.newsroom.article.model.EditionKey;
import io.newsroom.article.repository.ArticleRepository;
import io.newsroom.contract.ArticleStatus;
import io.newsroom.contract.ArticleVersion;
import io.newsroom.contract.PublicationResult;
import io.newsroom.support.problem.ProblemException;
import io.newsroom.support.telemetry.Telemetry;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Publishes and unpublishes whole editions, each in one transaction with every article of the edition locked.
 * Withdrawn articles are left alone. Only articles whose status changes get a new version.
 */
@ApplicationScoped
@Transactional
public class PublicationService {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(PublicationService.class);

    private final ArticleRepository articles;
    private final Event<ArticlesChanged> changes;

    PublicationService(ArticleRepository articles, Event<ArticlesChanged> changes) {
        this.articles = articles;
        this.changes = changes;
    }

    /**
     * Sets every non-withdrawn article of the edition {@code PUBLISHED}; {@code published_at} is set on those not
     * yet published.
     *
     * @param edition paper and date
     * @return the affected articles with their versions
     * @throws ProblemException 404 when the edition has no articles
     */
    public PublicationResult publish(EditionKey edition) {
        return change(edition, ArticleStatus.PUBLISHED);
    }

    /**
     * Sets every non-withdrawn article of the edition {@code DRAFT} and clears {@code published_at}.
     *
     * @param edition paper and date
     * @return the affected articles with their versions
     * @throws ProblemException 404 when the edition has no articles
     */
    public PublicationResult unpublish(EditionKey edition) {
        return change(edition, ArticleStatus.DRAFT);
    }

    @WithSpan("change edition status")
    PublicationResult change(EditionKey edition, ArticleStatus status) {
        Telemetry.edition(edition.paper(), edition.date());
        PublicationResult result = changeStatus(edition, status);
        Telemetry.articleIds(result.articles().stream().map(ArticleVersion::id).toList());
        LOG.infof("edition %s %s: %d articles now %s", edition.paper(), edition.date(), result.articles().size(),
                status);
        return result;
    }

    private PublicationResult changeStatus(EditionKey edition, ArticleStatus status) {
        List<ArticleEntity> all = articles.lockEdition(edition);
        if (all.isEmpty()) {
            throw ProblemException.notFound("Edition " + edition.paper() + "/" + edition.date() + " has no articles");
        }
        List<ArticleEntity> affected = all.stream().filter(a -> a.status != ArticleStatus.WITHDRAWN).toList();
        List<UUID> changed = new ArrayList<>();
        Instant now = Instant.now();
        for (ArticleEntity a : affected) {
            if (a.status != status) {
                a.status = status;
                a.publishedAt = status == ArticleStatus.PUBLISHED ? now : null;
                a.updatedAt = now;
                changed.add(a.id);
            }
        }
        articles.flush();
        changes.fire(ArticlesChanged.of(changed));
        return new PublicationResult(edition.paper(), edition.date(),
                affected.stream().map(a -> new ArticleVersion(a.id, a.version)).toList());
    }
}
