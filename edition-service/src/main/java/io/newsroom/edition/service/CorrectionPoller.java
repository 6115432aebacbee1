package io.newsroom.edition.service;

import io.newsroom.edition.config.EditionConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs {@link CorrectionRenditionService#poll()} every {@code edition.correction-poll-interval} on a thread of its own
 * (one round at a time; quarkus-scheduler is not among the project's dependencies), from start to shutdown, when
 * {@code edition.correction-enabled}. A failing round is logged (once until a round succeeds again, then at DEBUG) and
 * the next one runs as planned.
 */
@ApplicationScoped
public class CorrectionPoller {

    private static final Logger LOG = Logger.getLogger(CorrectionPoller.class);

    @Inject
    CorrectionRenditionService renditions;

    @Inject
    EditionConfig config;

    private ScheduledExecutorService executor;
    private volatile boolean failing;

    void start(@Observes StartupEvent started) {
        if (!config.correctionEnabled()) {
            LOG.info("renditions after corrections are off (edition.correction-enabled=false)");
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "correction-renditions");
            thread.setDaemon(true);
            return thread;
        });
        long interval = Math.max(50, config.correctionPollInterval().toMillis());
        executor.scheduleWithFixedDelay(this::round, interval, interval, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void round() {
        try {
            renditions.poll();
            if (failing) {
                LOG.info("renditions after corrections: the edition change feed is read again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (failing) {
                LOG.debugf("renditions after corrections: this round failed again: %s", e.getMessage());
            } else {
                LOG.warnf("renditions after corrections: this round failed, retrying every %s: %s",
                        config.correctionPollInterval(), e.getMessage());
                failing = true;
            }
        }
    }
}
