package io.newsroom.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The observability extras under {@code k8s/observability/} (README "Observability"): the Grafana dashboard parses and
 * the alert rules pass {@code promtool check rules}, and both name only metrics listed in {@code metrics.txt}, which
 * each service's {@code MetricsExportTest} checks against its own {@code /q/metrics} scrape. The component adds both
 * unchanged; the chart ships the same dashboard. (Where the components render, and that they pass the deployment
 * rules: {@link RenderedManifestsTest}, {@link HelmChartTest}.)
 */
class ObservabilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();
    /** PromQL words that are not metric names. */
    private static final Set<String> PROMQL = Set.of("sum", "min", "max", "avg", "count", "rate", "irate", "increase",
            "histogram_quantile", "by", "without", "on", "ignoring", "group_left", "group_right", "and", "or", "unless",
            "bool", "offset", "absent", "clamp_min", "clamp_max", "abs", "topk", "bottomk", "time", "vector");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    @Test
    void dashboardParsesAndReadsOnlyExportedMetrics() throws IOException {
        JsonNode dashboard = JSON.readTree(observability("grafana-dashboard.json").toFile());
        List<String> expressions = dashboard.findValuesAsText("expr");
        assertTrue(expressions.size() >= 10, "dashboard expressions: " + expressions);
        expressions.forEach(ObservabilityTest::assertNamesOnlyExportedMetrics);
    }

    @Test
    void alertRulesPassPromtoolAndReadOnlyExportedMetrics(@TempDir Path temp) throws Exception {
        JsonNode rule = YAML.readTree(observability("prometheus-rules.yaml").toFile());
        assertEquals("PrometheusRule", rule.path("kind").asText());
        List<String> alerts = rule.path("spec").findValuesAsText("alert");
        assertEquals(Set.of("NewsroomHighServerErrorRate", "NewsroomRenderFailures", "NewsroomSlowPublication",
                "NewsroomDatabaseDown", "NewsroomStorageDown"), Set.copyOf(alerts));
        rule.path("spec").findValuesAsText("expr").forEach(ObservabilityTest::assertNamesOnlyExportedMetrics);

        Path rules = temp.resolve("rules.yaml");
        ObjectNode groups = YAML.createObjectNode().set("groups", rule.path("spec").path("groups"));
        YAML.writeValue(rules.toFile(), groups);
        Process promtool;
        try {
            promtool = new ProcessBuilder("promtool", "check", "rules", rules.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("promtool is not installed; it checks the alert rules (Debian package "
                    + "prometheus: `./newsroom test` installs it)", e);
        }
        String output = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(promtool.waitFor(60, TimeUnit.SECONDS), "promtool did not finish");
        assertEquals(0, promtool.exitValue(), "promtool check rules:\n" + output);
    }

    @Test
    void theComponentAddsTheDashboardFileAndTheRulesAsTheyAre() throws IOException {
        var rendering = new Rendering("kustomize base + observability", false,
                () -> Renderings.kustomizeWith("base", List.of(Renderings.MONITORING)));
        ConfigMap dashboard = rendering.named(ConfigMap.class, "newsroom-grafana-dashboard");
        assertEquals("1", dashboard.getMetadata().getLabels().get("grafana_dashboard"), "Grafana's sidecar label");
        assertEquals(Files.readString(observability("grafana-dashboard.json")),
                dashboard.getData().get("grafana-dashboard.json"));
        PrometheusRule rule = rendering.named(PrometheusRule.class, "newsroom");
        assertEquals(YAML.readTree(observability("prometheus-rules.yaml").toFile()).path("spec"),
                JSON.valueToTree(rule.getSpec()));
    }

    /** Helm reads only files inside the chart: its copy of the dashboard must be the one checked here. */
    @Test
    void theChartShipsTheSameDashboard() throws IOException {
        assertEquals(Files.readString(observability("grafana-dashboard.json")),
                Files.readString(Repository.chart().resolve("files/grafana-dashboard.json")),
                "k8s/helm/newsroom/files/grafana-dashboard.json must be a copy of k8s/observability/grafana-dashboard.json");
    }

    /** Fails when an expression names a metric that {@code metrics.txt} does not list. */
    private static void assertNamesOnlyExportedMetrics(String expression) {
        Set<String> exported = exported();
        Set<String> named = metricNames(expression);
        assertTrue(!named.isEmpty(), "no metric in " + expression);
        named.forEach(name -> assertTrue(exported.contains(name), "'" + name + "' in `" + expression
                + "` is not a metric the services export (k8s/observability/metrics.txt)"));
    }

    /** The identifiers of an expression that are neither PromQL words, label names nor values. */
    static Set<String> metricNames(String expression) {
        String bare = expression.replaceAll("\"[^\"]*\"", "\"\"").replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ").replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher m = NAME.matcher(bare);
        while (m.find()) {
            if (!PROMQL.contains(m.group()) && !Character.isDigit(m.group().charAt(0))) {
                names.add(m.group());
            }
        }
        return names;
    }

    private static Set<String> exported() {
        try {
            return Files.readAllLines(observability("metrics.txt")).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(line -> line.split("\\s+")[1])
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path observability(String file) {
        return Repository.k8s().resolve("observability").resolve(file);
    }
}
