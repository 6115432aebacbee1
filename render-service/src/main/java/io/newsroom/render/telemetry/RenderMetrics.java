package io.newsroom.render.telemetry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsroom.render.repository.RenditionRepository;
import io.newsroom.support.telemetry.DependencyGauge;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;

/**
 * render-service's business metrics (README "Observability"): render durations by outcome, render failures by reason
 * ({@code unavailable}: article-service or storage down; {@code rejected}: a 4xx such as an edition without published
 * articles; {@code error}: anything else), storage failures, and {@code newsroom_dependency_up{dependency="storage"}}.
 * Registered at start with every tag value.
 */
@Startup
@ApplicationScoped
public class RenderMetrics {

    private final Timer rendered;
    private final Timer renderFailed;
    private final Map<String, Counter> failures;
    private final Counter storageFailures;

    /**
     * @param registry the Prometheus registry
     * @param storage  the bucket
     */
    @Inject
    public RenderMetrics(MeterRegistry registry, RenditionRepository storage) {
        rendered = timer(registry, "success");
        renderFailed = timer(registry, "failure");
        failures = Map.of("unavailable", failures(registry, "unavailable"), "rejected", failures(registry, "rejected"),
                "error", failures(registry, "error"));
        storageFailures = Counter.builder("newsroom.storage.failures").tag("operation", "rendition")
                .description("object storage calls that failed").register(registry);
        DependencyGauge.register(registry, "storage", DependencyGauge.answers(storage::bucketExists));
    }

    private static Timer timer(MeterRegistry registry, String outcome) {
        return Timer.builder("newsroom.render.duration").tag("outcome", outcome)
                .description("rendering and storing an edition").publishPercentileHistogram().register(registry);
    }

    private static Counter failures(MeterRegistry registry, String reason) {
        return Counter.builder("newsroom.render.failures").tag("reason", reason)
                .description("renditions that failed; nothing was changed").register(registry);
    }

    /**
     * @param duration how long it took
     * @param status   {@code 200}, or the HTTP status of the failure
     */
    public void rendered(Duration duration, int status) {
        if (status < 400) {
            rendered.record(duration);
            return;
        }
        renderFailed.record(duration);
        failures.get(status == 503 ? "unavailable" : status < 500 ? "rejected" : "error").increment();
    }

    /** Counts an object-storage call that failed. */
    public void storageFailed() {
        storageFailures.increment();
    }
}
