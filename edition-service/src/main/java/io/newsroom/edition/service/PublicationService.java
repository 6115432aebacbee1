package io.newsroom.edition.service;

import io.newsroom.contract.RenditionManifest;
import io.newsroom.edition.client.ArticleClient;
import io.newsroom.edition.client.RenditionClient;
import io.newsroom.edition.entity.EditionEntity;
import io.newsroom.edition.entity.EditionStatus;
import io.newsroom.edition.entity.PublicationEntity;
import io.newsroom.edition.mapping.EditionMapper;
import io.newsroom.edition.repository.EditionRepository;
import io.newsroom.edition.telemetry.EditionMetrics;
import io.newsroom.support.telemetry.Telemetry;
import io.newsroom.support.problem.ProblemException;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jboss.logging.Logger;

/**
 * Publishes an edition: (1) article-service publishes the edition's articles; (2) render-service renders the
 * HTML and EPUB edition; (3) the publication and its manifest are stored and the edition becomes PUBLISHED.
 * When rendering fails the first publication is rolled back (article-service unpublishes), the edition stays
 * OPEN and the caller gets 503: publishing again repeats every step. A failed re-publication (after
 * corrections) keeps the previous publication online and is not rolled back.
 */
@ApplicationScoped
public class PublicationService {

    private static final Logger LOG = Logger.getLogger(PublicationService.class);

    @Inject
    EditionService editionService;

    @Inject
    EditionRepository editions;

    @Inject
    ArticleClient articles;

    @Inject
    RenditionClient renditions;

    @Inject
    EditionMapper mapper;

    @Inject
    EditionMetrics metrics;

    /**
     * @param paper  paper code
     * @param date   edition date
     * @param caller the editor
     * @return the rendition manifest
     * @throws ProblemException 404 for an unknown paper (field {@code paper}) or an edition without pages;
     *                          503 with {@code Retry-After} when article-service or render-service is down
     */
    @WithSpan("publish edition")
    public RenditionManifest publish(String paper, LocalDate date, Caller caller) {
        Telemetry.edition(paper, date);
        long start = System.nanoTime();
        boolean success = false;
        try {
            RenditionManifest manifest = publishAndRender(paper, date, caller);
            success = true;
            LOG.infof("edition %s %s published: %d articles, %d rendered objects", paper, date,
                    manifest.articles().size(), manifest.objects().size());
            return manifest;
        } finally {
            metrics.published(Duration.ofNanos(System.nanoTime() - start), success);
        }
    }

    private RenditionManifest publishAndRender(String paper, LocalDate date, Caller caller) {
        editionService.paper(paper);
        boolean published = QuarkusTransaction.requiringNew()
                .call(() -> edition(paper, date).status == EditionStatus.PUBLISHED);
        articles.publish(paper, date, caller.authorization());
        RenditionManifest manifest;
        try {
            manifest = renditions.render(paper, date, caller.authorization());
        } catch (ProblemException renderFailed) {
            if (!published) {
                rollBack(paper, date, caller);
            }
            throw renderFailed;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            EditionEntity edition = edition(paper, date);
            PublicationEntity publication = new PublicationEntity();
            publication.edition = edition;
            publication.sequence = edition.publications.size() + 1;
            publication.publishedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            publication.publishedBy = caller.name();
            publication.manifest = mapper.toJson(manifest);
            edition.publications.add(publication);
            edition.status = EditionStatus.PUBLISHED;
        });
        return manifest;
    }

    private EditionEntity edition(String paper, LocalDate date) {
        return editions.find(paper, date).orElseThrow(() -> ProblemException.notFound(
                "no page of " + paper + " " + date + " was received; upload its pages before publishing"));
    }

    private void rollBack(String paper, LocalDate date, Caller caller) {
        try {
            articles.unpublish(paper, date, caller.authorization());
        } catch (ProblemException e) {
            LOG.errorf("rendering of %s %s failed and the articles could not be unpublished (%s); they stay"
                    + " published until the publication is retried", paper, date, e.getMessage());
        }
    }
}
