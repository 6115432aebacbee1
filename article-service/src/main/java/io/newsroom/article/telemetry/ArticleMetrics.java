package io.newsroom.article.telemetry;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.newsroom.support.telemetry.DependencyGauge;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * article-service's business metrics (README "Observability"): {@code newsroom_edition_open_flags{paper, date}}, the
 * flags editors have not cleared yet in each edition still being worked on (with at least one draft), and
 * {@code newsroom_dependency_up{dependency="database"}}. The open flags are read from the database when a scrape
 * asks for them (at most every {@value #REFRESH_SECONDS} s), so every replica reports the same numbers; an edition
 * appears from the scrape after the one that first found it.
 */
@Startup
@ApplicationScoped
public class ArticleMetrics {

    static final int REFRESH_SECONDS = 15;

    private static final Logger LOG = Logger.getLogger(ArticleMetrics.class);
    private static final String OPEN_FLAGS = """
            select paper, edition_date, sum(jsonb_array_length(flags)) as open_flags
            from article.article where status <> 'WITHDRAWN'
            group by paper, edition_date
            having bool_or(status = 'DRAFT') and sum(jsonb_array_length(flags)) > 0""";

    private final DataSource dataSource;
    private final MultiGauge openFlags;
    private volatile Map<Tags, Long> snapshot = Map.of();
    private volatile long refreshedAt;

    /**
     * @param registry   the Prometheus registry
     * @param dataSource the article database
     */
    @Inject
    public ArticleMetrics(MeterRegistry registry, DataSource dataSource) {
        this.dataSource = dataSource;
        this.openFlags = MultiGauge.builder("newsroom.edition.open.flags")
                .description("flags not yet cleared per edition with drafts").register(registry);
        Gauge.builder("newsroom.open.flags.editions", this::refresh)
                .description("editions with drafts and open flags (reading it refreshes the per-edition gauge)")
                .strongReference(true).register(registry);
        DependencyGauge.register(registry, "database", DependencyGauge.database(dataSource));
    }

    /** @return the number of editions with open flags, after reading them again when the last read is old */
    synchronized double refresh() {
        if (System.nanoTime() - refreshedAt > Duration.ofSeconds(REFRESH_SECONDS).toNanos() || refreshedAt == 0) {
            try {
                snapshot = read();
                List<MultiGauge.Row<?>> rows = new ArrayList<>();
                snapshot.forEach((tags, value) -> rows.add(MultiGauge.Row.of(tags, value)));
                openFlags.register(rows, true);
            } catch (SQLException e) {
                LOG.warnf("open flags not read: %s", e.getMessage());
            }
            refreshedAt = System.nanoTime();
        }
        return snapshot.size();
    }

    private Map<Tags, Long> read() throws SQLException {
        Map<Tags, Long> out = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(OPEN_FLAGS);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                out.put(Tags.of("paper", rows.getString(1), "date", rows.getDate(2).toLocalDate().toString()),
                        rows.getLong(3));
            }
        }
        return out;
    }
}
