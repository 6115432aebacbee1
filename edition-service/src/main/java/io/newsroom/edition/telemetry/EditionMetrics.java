package io.newsroom.edition.telemetry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsroom.edition.storage.RawPageArchive;
import io.newsroom.support.telemetry.DependencyGauge;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * edition-service's business metrics (README "Observability", Prometheus names in {@code k8s/observability/metrics.txt}).
 * Every meter is registered at start with all its tag values, so that scrapes, the dashboard and the alert rules see
 * zeros rather than missing series.
 */
@Startup
@ApplicationScoped
public class EditionMetrics {

    /** How a page upload ended (tag {@code outcome} of {@code newsroom_pages_ingested_total}). */
    public enum Outcome {
        /** stored with its articles */
        STORED,
        /** the same text again: nothing changed */
        UNCHANGED,
        /** refused: bad input or article-service refused the items (4xx) */
        REJECTED,
        /** article-service or storage unavailable: nothing stored (5xx) */
        FAILED
    }

    private final Map<Outcome, Counter> ingested = new EnumMap<>(Outcome.class);
    private final Timer segmentation;
    private final DistributionSummary items;
    private final DistributionSummary flags;
    private final Timer published;
    private final Timer publishFailed;
    private final Timer correctionRendered;
    private final Timer correctionRenderFailed;
    private final Counter storageFailures;
    private final Counter signInFailures;

    /**
     * @param registry   the Prometheus registry
     * @param dataSource the edition database (gauge {@code newsroom_dependency_up{dependency="database"}})
     * @param archive    the bucket (gauge {@code newsroom_dependency_up{dependency="storage"}})
     */
    @Inject
    public EditionMetrics(MeterRegistry registry, DataSource dataSource, RawPageArchive archive) {
        for (Outcome outcome : Outcome.values()) {
            ingested.put(outcome, Counter.builder("newsroom.pages.ingested").tag("outcome", outcome.name()
                    .toLowerCase(Locale.ROOT)).description("page uploads by outcome").register(registry));
        }
        segmentation = Timer.builder("newsroom.segmentation.duration").description("segmentation of one page")
                .publishPercentileHistogram().register(registry);
        items = DistributionSummary.builder("newsroom.page.items").description("items segmented per page")
                .register(registry);
        flags = DistributionSummary.builder("newsroom.page.flags").description("flags to review per page")
                .register(registry);
        published = publishTimer(registry, "success");
        publishFailed = publishTimer(registry, "failure");
        correctionRendered = correctionTimer(registry, "success");
        correctionRenderFailed = correctionTimer(registry, "failure");
        storageFailures = Counter.builder("newsroom.storage.failures").tag("operation", "archive")
                .description("object storage calls that failed").register(registry);
        signInFailures = Counter.builder("newsroom.desk.sign.in.failures")
                .description("desk sign-ins refused (wrong username or password)").register(registry);
        DependencyGauge.register(registry, "database", DependencyGauge.database(dataSource));
        DependencyGauge.register(registry, "storage", DependencyGauge.answers(archive::bucketExists));
    }

    private static Timer publishTimer(MeterRegistry registry, String outcome) {
        return Timer.builder("newsroom.publish.duration").tag("outcome", outcome)
                .description("publication of an edition: articles published and rendered")
                .publishPercentileHistogram().register(registry);
    }

    private static Timer correctionTimer(MeterRegistry registry, String outcome) {
        return Timer.builder("newsroom.correction.rendition.duration").tag("outcome", outcome)
                .description("rendition of a published edition made again after corrections")
                .publishPercentileHistogram().register(registry);
    }

    /**
     * @param duration how long the rendition after corrections took
     * @param success  whether render-service made it (else it is tried again later)
     */
    public void correctionRendered(Duration duration, boolean success) {
        (success ? correctionRendered : correctionRenderFailed).record(duration);
    }

    /** @param outcome how a page upload ended */
    public void pageIngested(Outcome outcome) {
        ingested.get(outcome).increment();
    }

    /**
     * @param duration how long segmentation took
     * @param itemCount items found
     * @param flagCount flags raised
     */
    public void segmented(Duration duration, int itemCount, int flagCount) {
        segmentation.record(duration);
        items.record(itemCount);
        flags.record(flagCount);
    }

    /**
     * @param duration how long the publication took
     * @param success  whether it succeeded
     */
    public void published(Duration duration, boolean success) {
        (success ? published : publishFailed).record(duration);
    }

    /** Counts an object-storage call that failed. */
    public void storageFailed() {
        storageFailures.increment();
    }

    /** Counts a desk sign-in refused for a wrong username or password. */
    public void signInFailed() {
        signInFailures.increment();
    }
}
