package io.newsroom.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marcnuri.helm.LintResult;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Helm chart: {@code helm lint --strict} passes, it renders the same resources as kustomize
 * (the same kinds and names as every overlay; with its defaults, the same specifications as the
 * base), and its switches for external PostgreSQL and S3 work.
 */
class HelmChartTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void lintsCleanInStrictMode() {
        LintResult lint = Renderings.helmLint();
        assertFalse(lint.isFailed(), "helm lint --strict: " + String.join("\n", lint.getMessages()));
        assertTrue(lint.getMessages().stream().noneMatch(m -> m.contains("[WARNING]") || m.contains("[ERROR]")),
                "helm lint --strict: " + String.join("\n", lint.getMessages()));
    }

    @ParameterizedTest(name = "kustomize {0}")
    @MethodSource("io.newsroom.k8s.Renderings#kustomizations")
    void rendersTheSameKindsAndNamesAsKustomize(String kustomization) {
        assertEquals(kindsAndNames(withoutNamespace(Renderings.kustomize(kustomization))),
                kindsAndNames(Renderings.helmLike(kustomization)));
    }

    @Test
    void rendersTheSameSpecificationsAsTheKustomizeBase() {
        assertSameSpecifications(Renderings.kustomize("base"), Renderings.helmTemplate(Map.of()));
    }

    /**
     * With values-prod.yaml the chart renders what the prod overlay does, field by field (labels, namespace and the
     * pod templates' checksums aside), but the Namespace, which a chart cannot own (README "Kubernetes").
     */
    @Test
    void rendersTheSameSpecificationsAsTheProdOverlayWithItsProdValues() {
        List<HasMetadata> kustomize = withoutNamespace(Renderings.kustomize("overlays/prod"));
        List<HasMetadata> helm = Renderings.helmLike("overlays/prod");
        assertEquals(kindsAndNames(kustomize), kindsAndNames(helm));
        assertSameSpecifications(kustomize, helm);
        assertTrue(helm.stream().noneMatch(r -> r instanceof io.fabric8.kubernetes.api.model.Namespace),
                "the chart renders no Namespace");
    }

    /** The ConfigMaps are compared key by key above; this says which ones differ, should that test fail. */
    @Test
    void theProdValuesSetTheProdOverlaysConfiguration() {
        var kustomize = new Rendering("kustomize overlays/prod", true, () -> Renderings.kustomize("overlays/prod"));
        var helm = new Rendering("helm -f values-prod.yaml", true, () -> Renderings.helmLike("overlays/prod"));
        for (String service : ServiceSettings.SERVICES) {
            assertEquals(new TreeMap<>(kustomize.configData(service + "-config")),
                    new TreeMap<>(helm.configData(service + "-config")), service);
        }
    }

    /**
     * otelCollector, grafanaDashboard and prometheusRule render what the kustomize components add to the base: the
     * collector, the services' trace export, the same dashboard file and the same alert rules.
     */
    @Test
    void rendersTheSameObservabilityResourcesAsTheKustomizeComponents() {
        List<HasMetadata> kustomize = Renderings.kustomizeWith("base",
                List.of(Renderings.MONITORING, Renderings.OTEL_COLLECTOR));
        List<HasMetadata> helm = Renderings.helmTemplate(Renderings.HELM_OBSERVABILITY);
        assertEquals(kindsAndNames(kustomize), kindsAndNames(helm));
        assertSameSpecifications(kustomize, helm);
        var dashboard = new Rendering("helm template (observability)", false, () -> helm)
                .named(io.fabric8.kubernetes.api.model.ConfigMap.class, "newsroom-grafana-dashboard");
        assertEquals("1", dashboard.getMetadata().getLabels().get("grafana_dashboard"), "Grafana's sidecar label");
    }

    @Test
    void anExternalCollectorGetsTheTracesWithoutTheInChartOne() {
        var rendering = new Rendering("helm template (external collector)", false,
                () -> Renderings.helmTemplate(Map.of("tracing.otlpEndpoint", "http://otel.monitoring.svc:4318")));
        assertEquals(Set.of(), rendering.find(io.fabric8.kubernetes.api.model.apps.Deployment.class, "otel-collector")
                .map(d -> Set.of(d.getMetadata().getName())).orElse(Set.of()));
        for (String service : ServiceSettings.SERVICES) {
            assertEquals("false", rendering.configData(service + "-config").get("QUARKUS_OTEL_SDK_DISABLED"), service);
            assertEquals("http://otel.monitoring.svc:4318",
                    rendering.configData(service + "-config").get("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT"), service);
        }
    }

    private static void assertSameSpecifications(List<HasMetadata> kustomize, List<HasMetadata> helm) {
        Map<String, ObjectNode> expected = comparable(kustomize);
        Map<String, ObjectNode> actual = comparable(helm);
        List<String> differences = new ArrayList<>();
        expected.forEach((resource, node) -> {
            if (!node.equals(actual.get(resource))) {
                differences.add(resource + "\n  kustomize: " + node + "\n  helm:      " + actual.get(resource));
            }
        });
        assertTrue(differences.isEmpty(), String.join("\n", differences));
    }

    @Test
    void externalDatabaseAndStorageReplaceTheStatefulSets() {
        var rendering = new Rendering("helm template (external PostgreSQL and S3)", false,
                () -> Renderings.helmTemplate(Map.of(
                        "postgresql.enabled", "false",
                        "minio.enabled", "false",
                        "externalDatabaseJdbcUrl", "jdbc:postgresql://newsroom-rw.db.svc:5432/newsroom",
                        "externalStorageEndpoint", "https://s3.example.com")));
        assertEquals(Set.of(), rendering.names(StatefulSet.class));
        assertEquals(Set.of(), rendering.names(Job.class));
        assertEquals(Set.of(), rendering.names(CronJob.class), "an external database backs itself up");
        for (String service : List.of("article-service", "edition-service")) {
            assertEquals("jdbc:postgresql://newsroom-rw.db.svc:5432/newsroom",
                    rendering.configData(service + "-config").get("QUARKUS_DATASOURCE_JDBC_URL"), service);
        }
        for (String service : List.of("edition-service", "render-service")) {
            assertEquals("https://s3.example.com", rendering.configData(service + "-config").get("STORAGE_ENDPOINT"),
                    service);
        }
    }

    /** backup.schedule, backup.retention and backup.enabled (README "Kubernetes", "Backup and restore"). */
    @Test
    void backupValuesSetScheduleAndRetentionOrRemoveTheCronJob() {
        var rendering = new Rendering("helm template (backup schedule, retention)", false,
                () -> Renderings.helmTemplate(Map.of("backup.schedule", "0 3 * * 0", "backup.retention", "14")));
        CronJob backup = rendering.named(CronJob.class, "postgres-backup");
        assertEquals("0 3 * * 0", backup.getSpec().getSchedule());
        assertTrue(backup.getSpec().getJobTemplate().getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()
                .stream().anyMatch(e -> "RETENTION".equals(e.getName()) && "14".equals(e.getValue())), "RETENTION 14");

        var disabled = new Rendering("helm template (no backup)", false,
                () -> Renderings.helmTemplate(Map.of("backup.enabled", "false")));
        assertEquals(Set.of(), disabled.names(CronJob.class));
        for (String policy : List.of("postgres", "minio")) {
            assertFalse(disabled.named(NetworkPolicy.class, policy).getSpec().getIngress().get(0).getFrom().stream()
                    .anyMatch(peer -> peer.getPodSelector() != null && "postgres-backup".equals(
                            peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name"))),
                    policy + " admits no backup pod when there is none");
        }
    }

    @Test
    void registryTagAndTlsAreApplied() {
        var rendering = new Rendering("helm template (registry, TLS)", true,
                () -> Renderings.helmTemplate(Map.of("image.registry", "registry.example.com",
                        "image.tag", "0.1.0", "ingress.tls.enabled", "true")));
        assertEquals("registry.example.com/newsroom/edition-service:0.1.0",
                rendering.serviceContainer("edition-service").getImage());
        var tls = rendering.named(Ingress.class, "newsroom").getSpec().getTls();
        assertEquals(1, tls.size());
        assertEquals("newsroom-tls", tls.get(0).getSecretName());
        assertEquals(List.of("newsroom.example.com"), tls.get(0).getHosts());
    }

    private static List<HasMetadata> withoutNamespace(List<HasMetadata> resources) {
        return resources.stream().filter(r -> !(r instanceof io.fabric8.kubernetes.api.model.Namespace)).toList();
    }

    private static Set<String> kindsAndNames(List<HasMetadata> resources) {
        return new Rendering("", false, () -> resources).kindsAndNames();
    }

    /**
     * Each resource as JSON without what legitimately differs between the two tools: metadata
     * (Helm adds release labels, a namespace and hook annotations) and pod template metadata
     * (Helm adds labels and a configuration checksum).
     */
    private static Map<String, ObjectNode> comparable(List<HasMetadata> resources) {
        Map<String, ObjectNode> nodes = new TreeMap<>();
        for (HasMetadata resource : resources) {
            ObjectNode node = JSON.valueToTree(resource);
            node.remove("metadata");
            if (node.path("spec").path("template").isObject()) {
                ((ObjectNode) node.get("spec").get("template")).remove("metadata");
            }
            if (node.path("spec").path("jobTemplate").path("spec").path("template").isObject()) {
                ((ObjectNode) node.get("spec").get("jobTemplate").get("spec").get("template")).remove("metadata");
            }
            nodes.put(resource.getKind() + "/" + resource.getMetadata().getName(), node);
        }
        return nodes;
    }
}
