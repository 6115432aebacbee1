package io.newsroom.edition.service;

import io.newsroom.contract.EditionChange;
import io.newsroom.contract.EditionChanges;
import io.newsroom.contract.RenditionManifest;
import io.newsroom.edition.client.ArticleClient;
import io.newsroom.edition.client.RenditionClient;
import io.newsroom.edition.config.EditionConfig;
import io.newsroom.edition.entity.EditionStatus;
import io.newsroom.edition.entity.PublicationKind;
import io.newsroom.edition.repository.CorrectionRenditionRepository;
import io.newsroom.edition.repository.CorrectionRenditionRepository.Due;
import io.newsroom.edition.repository.EditionRepository;
import io.newsroom.edition.telemetry.EditionMetrics;
import io.newsroom.support.problem.ProblemException;
import io.newsroom.support.telemetry.Telemetry;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Corrections reach readers by themselves (README "edition-service", Corrections): follows article-service's edition
 * change feed ({@code GET /api/v1/desk/editions/changes}, with edition-service's own {@link ServiceToken}) and renders
 * each changed published edition again through render-service, all or nothing as a publication.
 *
 * <ul>
 *   <li><b>Feed.</b> Read after the cursor stored in edition-service's database; the changed editions are recorded as
 *       due {@code edition.correction-debounce} after the change was seen, and the cursor moved on, in one
 *       transaction that moves it only from where it was read (of two replicas, one records a change; a restart
 *       goes on where it stopped).</li>
 *   <li><b>Debounce.</b> A later change of the same edition postpones it again, so a burst of corrections gives one
 *       rendering.</li>
 *   <li><b>Rendering.</b> Under the edition's publication lock ({@link PublishLocks}: serialised with publications
 *       and across replicas); the lock busy → tried at the next poll, never lost. Only an edition PUBLISHED here is
 *       rendered (an unpublished one is rendered by its next publication). Success → a publication of kind
 *       {@link PublicationKind#CORRECTION}; the edition is forgotten unless it changed again meanwhile.</li>
 *   <li><b>Failure</b> (render-service or article-service down, a timeout): render-service keeps the previous
 *       rendition in force; the edition stays due after a backoff doubling from the debounce up to
 *       {@code edition.correction-max-backoff}. Nothing is thrown to a caller: this runs in the background.</li>
 * </ul>
 */
@ApplicationScoped
public class CorrectionRenditionService {

    /** Feed rows read per call. */
    static final int FEED_PAGE = 500;
    /** Editions rendered per poll at most. */
    static final int RENDERINGS_PER_POLL = 20;

    private static final Logger LOG = Logger.getLogger(CorrectionRenditionService.class);

    @Inject
    CorrectionRenditionRepository state;

    @Inject
    EditionRepository editions;

    @Inject
    ArticleClient articles;

    @Inject
    RenditionClient renditions;

    @Inject
    PublicationService publications;

    @Inject
    PublishLocks locks;

    @Inject
    ServiceToken token;

    @Inject
    EditionConfig config;

    @Inject
    EditionMetrics metrics;

    /**
     * One round: reads the feed, then renders the editions that are due.
     *
     * @throws ProblemException when article-service's feed or the database cannot be read (the next round tries
     *                          again; nothing is lost)
     */
    public void poll() {
        followFeed();
        renderDue();
    }

    /** Reads the feed after the stored cursor until it has no more, recording the changed editions as due. */
    void followFeed() {
        while (true) {
            long cursor = QuarkusTransaction.requiringNew().call(state::cursor);
            EditionChanges changes = articles.editionChanges(cursor, FEED_PAGE, token.authorization());
            if (changes.lastSequence() <= cursor) {
                return;
            }
            Instant due = Instant.now().plus(config.correctionDebounce());
            boolean recorded = QuarkusTransaction.requiringNew().call(() -> {
                if (!state.advanceCursor(cursor, changes.lastSequence())) {
                    return false;
                }
                for (EditionChange change : changes.editions()) {
                    state.changed(change.paper(), change.date(), change.sequence(), change.changedAt(), due);
                }
                return true;
            });
            if (recorded && !changes.editions().isEmpty()) {
                LOG.infof("corrections in %d edition(s) up to change %d: rendering due at %s",
                        changes.editions().size(), changes.lastSequence(), due);
            }
            if (!recorded || !changes.more()) {
                return;
            }
        }
    }

    /** Renders the editions that are due, each under its publication lock. */
    void renderDue() {
        List<Due> due = QuarkusTransaction.requiringNew().call(() -> state.due(Instant.now(), RENDERINGS_PER_POLL));
        for (Due edition : due) {
            Optional<PublishLocks.Held> lock = locks.tryAcquire(edition.paper(), edition.date());
            if (lock.isEmpty()) {
                LOG.debugf("edition %s %s is being published: rendering after corrections at the next poll",
                        edition.paper(), edition.date());
                continue;
            }
            try (PublishLocks.Held held = lock.get()) {
                renderLocked(edition.paper(), edition.date());
            }
        }
    }

    @WithSpan("render edition after corrections")
    void renderLocked(String paper, LocalDate date) {
        Telemetry.edition(paper, date);
        Instant now = Instant.now();
        Optional<Due> current = QuarkusTransaction.requiringNew().call(() -> state.find(paper, date))
                .filter(d -> !d.dueAt().isAfter(now));
        if (current.isEmpty()) {
            return; // rendered meanwhile by another replica, or postponed by a later change
        }
        boolean published = QuarkusTransaction.requiringNew().call(() -> editions.find(paper, date)
                .map(e -> e.status == EditionStatus.PUBLISHED).orElse(false));
        if (!published) {
            QuarkusTransaction.requiringNew().run(() -> state.drop(paper, date));
            LOG.infof("edition %s %s changed but is not published here: its next publication renders it", paper,
                    date);
            return;
        }
        long start = System.nanoTime();
        try {
            RenditionManifest manifest = renditions.render(paper, date, token.authorization());
            publications.record(paper, date, manifest, ServiceToken.UPN, PublicationKind.CORRECTION);
            QuarkusTransaction.requiringNew().run(() -> state.rendered(paper, date, current.get().lastSequence()));
            metrics.correctionRendered(Duration.ofNanos(System.nanoTime() - start), true);
            LOG.infof("edition %s %s rendered again after corrections: %d articles, %d rendered objects", paper,
                    date, manifest.articles().size(), manifest.objects().size());
        } catch (ProblemException failed) {
            metrics.correctionRendered(Duration.ofNanos(System.nanoTime() - start), false);
            int attempts = current.get().attempts() + 1;
            Instant retry = Instant.now().plus(backoff(attempts));
            QuarkusTransaction.requiringNew().run(() -> state.failed(paper, date, attempts, retry,
                    failed.getMessage()));
            LOG.warnf("rendering of %s %s after corrections failed (attempt %d: %s); the previous rendition stays in"
                    + " force, trying again at %s", paper, date, attempts, failed.getMessage(), retry);
        }
    }

    /** @return the wait after {@code attempts} failures: the debounce doubled per failure, at most the maximum */
    Duration backoff(int attempts) {
        Duration base = config.correctionDebounce().isZero() ? Duration.ofSeconds(1) : config.correctionDebounce();
        Duration wait = base.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(config.correctionMaxBackoff()) > 0 ? config.correctionMaxBackoff() : wait;
    }
}
