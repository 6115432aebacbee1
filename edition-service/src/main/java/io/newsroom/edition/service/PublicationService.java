package io.newsroom.edition.service;

import io.newsroom.contract.RenditionManifest;
import io.newsroom.edition.client.ArticleClient;
import io.newsroom.edition.client.RenderFailedException;
import io.newsroom.edition.client.RenditionClient;
import io.newsroom.edition.config.EditionConfig;
import io.newsroom.edition.entity.EditionEntity;
import io.newsroom.edition.entity.EditionStatus;
import io.newsroom.edition.entity.PublicationEntity;
import io.newsroom.edition.entity.PublicationKind;
import io.newsroom.edition.mapping.EditionMapper;
import io.newsroom.edition.repository.EditionRepository;
import io.newsroom.edition.telemetry.EditionMetrics;
import io.newsroom.support.telemetry.Telemetry;
import io.newsroom.support.problem.ProblemException;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Publishes an edition: (1) article-service publishes the edition's articles; (2) render-service renders the
 * HTML and EPUB edition; (3) the publication and its manifest are stored and the edition becomes PUBLISHED.
 *
 * <p>Publications of one edition run one at a time across every replica ({@link PublishLocks}, a PostgreSQL
 * advisory lock): another one meanwhile is refused with 409. Before step 1 the manifest in force is read from
 * render-service (render-service unreachable: 503 and nothing is published); a failed rendering is judged by the
 * manifest in force afterwards, not by the error alone:
 * <ul>
 *   <li>a new manifest is in force (the rendering finished although its answer was lost or late): the publication
 *       succeeded with that manifest;</li>
 *   <li>render-service answered an error (or was never reached) and the manifest in force is still the previous
 *       one: nothing was rendered; a first publication is rolled back (article-service unpublishes) and the edition
 *       stays OPEN, a re-publication keeps the previous one online; 503;</li>
 *   <li>the rendering timed out and no new manifest lands within {@code edition.render-settle} (30 s): render-service
 *       may still be writing it, so nothing is unpublished under it — the articles stay published, the edition
 *       OPEN (or its previous publication in force), 503; publishing again renders again and converges.</li>
 * </ul>
 */
@ApplicationScoped
public class PublicationService {

    /** Problem type of a publication whose rendering timed out with no new rendition in force (articles stay published). */
    public static final URI RENDERING_OUTCOME_UNKNOWN = URI.create("urn:newsroom:problem:rendering-outcome-unknown");

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
    PublishLocks locks;

    @Inject
    EditionConfig config;

    @Inject
    EditionMetrics metrics;

    /**
     * @param paper  paper code
     * @param date   edition date
     * @param caller the editor
     * @return the rendition manifest
     * @throws ProblemException 404 for an unknown paper (field {@code paper}) or an edition without pages; 409
     *                          (field {@code date}) while another publication of the edition runs; 503 with
     *                          {@code Retry-After} when article-service or render-service is down or the rendering
     *                          failed (see the class comment for what stays published)
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
        try (PublishLocks.Held lock = locks.acquire(paper, date)) {
            return publishLocked(paper, date, caller);
        }
    }

    private RenditionManifest publishLocked(String paper, LocalDate date, Caller caller) {
        boolean published = QuarkusTransaction.requiringNew()
                .call(() -> edition(paper, date).status == EditionStatus.PUBLISHED);
        Optional<RenditionManifest> before = renditions.current(paper, date);
        articles.publish(paper, date, caller.authorization());
        RenditionManifest manifest;
        try {
            manifest = renditions.render(paper, date, caller.authorization());
        } catch (RenderFailedException renderFailed) {
            Optional<RenditionManifest> rendered = renderedAfter(paper, date, before, renderFailed.over());
            if (rendered.isEmpty()) {
                if (renderFailed.over()) {
                    if (!published) {
                        rollBack(paper, date, caller);
                    }
                    throw renderFailed;
                }
                LOG.warnf("rendering of %s %s did not answer (%s) and no new rendition is in force after %s; its"
                        + " articles stay published, as the rendering may still be writing them", paper, date,
                        renderFailed.getMessage(), config.renderSettle());
                throw new ProblemException(503, RENDERING_OUTCOME_UNKNOWN, "Service unavailable", "render-service did"
                        + " not answer in time and no new rendition is in force; the articles stay published, as the"
                        + " rendering may still be writing them. Publish again to render the edition again.",
                        List.of(), Map.of("Retry-After", Integer.toString(config.retryAfterSeconds())));
            }
            LOG.infof("rendering of %s %s failed (%s), but a new rendition is in force: the publication stands",
                    paper, date, renderFailed.getMessage());
            manifest = rendered.get();
        }
        record(paper, date, manifest, caller.name(), PublicationKind.PUBLICATION);
        return manifest;
    }

    /**
     * Stores a successful rendering as the edition's next publication (its own transaction) and marks the edition
     * PUBLISHED. The caller holds the edition's {@link PublishLocks} lock.
     *
     * @param paper       paper code
     * @param date        edition date
     * @param manifest    the manifest render-service answered
     * @param publishedBy who published ({@code edition-service} for a rendition after corrections)
     * @param kind        an editor's publication, or the rendition made again after corrections
     * @throws ProblemException 404 when the edition is unknown
     */
    public void record(String paper, LocalDate date, RenditionManifest manifest, String publishedBy,
            PublicationKind kind) {
        QuarkusTransaction.requiringNew().run(() -> {
            editions.lock(paper, date);
            EditionEntity edition = edition(paper, date);
            PublicationEntity publication = new PublicationEntity();
            publication.edition = edition;
            publication.sequence = edition.publications.size() + 1;
            publication.publishedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            publication.publishedBy = publishedBy;
            publication.kind = kind;
            publication.manifest = mapper.toJson(manifest);
            edition.publications.add(publication);
            edition.status = EditionStatus.PUBLISHED;
        });
    }

    /**
     * After a failed rendering: the manifest in force if it is another than before this publication (the rendering
     * did finish). When the rendering's outcome is unknown, keeps reading until a new one is in force or
     * {@code edition.render-settle} has passed; a manifest that cannot be read counts as none.
     */
    private Optional<RenditionManifest> renderedAfter(String paper, LocalDate date, Optional<RenditionManifest> before,
            boolean over) {
        long deadline = System.nanoTime() + (over ? 0 : config.renderSettle().toNanos());
        long pause = Math.max(50, Math.min(1_000, config.renderSettle().toMillis() / 10));
        while (true) {
            try {
                Optional<RenditionManifest> now = renditions.current(paper, date);
                if (now.isPresent() && !now.equals(before)) {
                    return now;
                }
            } catch (ProblemException unreadable) {
                LOG.warnf("the manifest in force of %s %s cannot be read: %s", paper, date, unreadable.getMessage());
            }
            if (System.nanoTime() - deadline >= 0) {
                return Optional.empty();
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
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
