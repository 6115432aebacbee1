package io.newsroom.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The NetworkPolicies of every rendering, evaluated as the NetworkPolicy API defines them (a pod selected by a policy
 * of type Ingress accepts only what one of its policies' rules admits; peers by pod and namespace labels, ports by
 * name or number): who may open a connection to which port of which pod. The whole matrix is compared, so a missing
 * policy (everything open), a rule too wide (another namespace's pods, every port) or too narrow fails
 * (README "Kubernetes", network policies).
 */
class NetworkPolicyTest {

    /** The ingress controller's pods, as the manifests select them (ingress-nginx). */
    private static final Pod INGRESS_CONTROLLER = new Pod("ingress-controller", "ingress-nginx",
            Map.of("app.kubernetes.io/name", "ingress-nginx"));
    /** Prometheus, which scrapes /q/metrics. */
    private static final Pod PROMETHEUS = new Pod("prometheus", "monitoring",
            Map.of("app.kubernetes.io/name", "prometheus"));

    /** What may connect where: {@code source → workload:port}; anything else must be refused. */
    private static final Set<String> ADMITTED = Set.of(
            "article-service → postgres:5432", "edition-service → postgres:5432",
            "edition-service → minio:9000", "render-service → minio:9000", "minio-bucket → minio:9000",
            "postgres-backup → postgres:5432", "postgres-backup → minio:9000",
            "ingress-controller → article-service:8081", "prometheus → article-service:8081",
            "edition-service → article-service:8081", "render-service → article-service:8081",
            "ingress-controller → edition-service:8082", "prometheus → edition-service:8082",
            "ingress-controller → render-service:8083", "prometheus → render-service:8083",
            "edition-service → render-service:8083");
    /** With the collector: the services' OTLP/HTTP export. */
    private static final Set<String> ADMITTED_WITH_COLLECTOR = Set.of("article-service → otel-collector:4318",
            "edition-service → otel-collector:4318", "render-service → otel-collector:4318");

    record Pod(String name, String namespace, Map<String, String> labels) {
    }

    static Stream<Rendering> renderings() {
        return Rendering.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void onlyTheCallersThatNeedAPodReachIt(Rendering rendering) {
        String namespace = "newsroom";
        Map<String, PodTemplateSpec> templates = rendering.podTemplates();
        List<Pod> sources = new ArrayList<>();
        templates.forEach((workload, template) -> sources.add(new Pod(workload.substring(workload.indexOf('/') + 1),
                namespace, template.getMetadata().getLabels())));
        sources.add(INGRESS_CONTROLLER);
        sources.add(PROMETHEUS);
        // strangers: a debug pod in the namespace, another pod of the controller's namespace, a pod elsewhere that
        // carries the controller's and the services' labels
        sources.add(new Pod("debug pod", namespace, Map.of("run", "debug")));
        sources.add(new Pod("other pod of ingress-nginx", "ingress-nginx", Map.of("app.kubernetes.io/name", "other")));
        sources.add(new Pod("look-alike in namespace default", "default",
                Map.of("app.kubernetes.io/name", "ingress-nginx")));
        sources.add(new Pod("look-alike edition-service in namespace default", "default",
                Map.of("app.kubernetes.io/name", "edition-service")));

        Set<String> admitted = new TreeSet<>();
        List<NetworkPolicy> policies = rendering.ofType(NetworkPolicy.class);
        templates.forEach((workload, template) -> {
            if (workload.startsWith("Job/") || workload.startsWith("CronJob/")) {
                return; // a Job's pods listen on nothing
            }
            Pod target = new Pod(workload.substring(workload.indexOf('/') + 1), namespace,
                    template.getMetadata().getLabels());
            template.getSpec().getContainers().forEach(container -> {
                for (ContainerPort port : container.getPorts()) {
                    for (Pod source : sources) {
                        if (admits(policies, source, target, port)) {
                            admitted.add(source.name() + " → " + target.name() + ":" + port.getContainerPort());
                        }
                    }
                }
            });
        });
        Set<String> expected = new TreeSet<>(ADMITTED);
        if (rendering.traced()) {
            expected.addAll(ADMITTED_WITH_COLLECTOR);
        }
        assertEquals(expected, admitted, rendering + ": connections the NetworkPolicies admit");
    }

    /** A pod no policy selects would accept everything: the default deny covers every pod of the namespace. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void everyPodIsSelectedByTheDefaultDeny(Rendering rendering) {
        NetworkPolicy deny = rendering.named(NetworkPolicy.class, "default-deny-ingress");
        assertEquals(List.of("Ingress"), deny.getSpec().getPolicyTypes(), rendering + ": policy types");
        assertTrue(deny.getSpec().getIngress() == null || deny.getSpec().getIngress().isEmpty(),
                rendering + ": the default deny admits nothing");
        rendering.podTemplates().forEach((workload, template) -> assertTrue(
                selects(deny.getSpec().getPodSelector(), template.getMetadata().getLabels()),
                rendering + ": " + workload + " is not selected by the default deny"));
    }

    static boolean admits(List<NetworkPolicy> policies, Pod source, Pod target, ContainerPort port) {
        List<NetworkPolicy> selecting = policies.stream()
                .filter(p -> p.getSpec().getPolicyTypes() == null || p.getSpec().getPolicyTypes().contains("Ingress"))
                .filter(p -> selects(p.getSpec().getPodSelector(), target.labels()))
                .toList();
        if (selecting.isEmpty()) {
            return true; // not isolated
        }
        for (NetworkPolicy policy : selecting) {
            for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress() == null
                    ? List.<NetworkPolicyIngressRule>of() : policy.getSpec().getIngress()) {
                boolean fromMatches = rule.getFrom() == null || rule.getFrom().isEmpty()
                        || rule.getFrom().stream().anyMatch(peer -> peerMatches(peer, source, target.namespace()));
                boolean portMatches = rule.getPorts() == null || rule.getPorts().isEmpty()
                        || rule.getPorts().stream().anyMatch(p -> portMatches(p, port));
                if (fromMatches && portMatches) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean peerMatches(NetworkPolicyPeer peer, Pod source, String policyNamespace) {
        if (peer.getIpBlock() != null) {
            throw new AssertionError("ipBlock peers admit by address, which this test cannot judge: " + peer);
        }
        boolean namespaceOk = peer.getNamespaceSelector() == null
                ? source.namespace().equals(policyNamespace)
                : selects(peer.getNamespaceSelector(), Map.of("kubernetes.io/metadata.name", source.namespace()));
        boolean podOk = peer.getPodSelector() == null || selects(peer.getPodSelector(), source.labels());
        return namespaceOk && podOk;
    }

    private static boolean portMatches(NetworkPolicyPort rule, ContainerPort port) {
        String protocol = rule.getProtocol() == null ? "TCP" : rule.getProtocol();
        String portProtocol = port.getProtocol() == null ? "TCP" : port.getProtocol();
        if (!protocol.equals(portProtocol)) {
            return false;
        }
        if (rule.getPort() == null) {
            return true;
        }
        if (rule.getPort().getStrVal() != null) {
            return rule.getPort().getStrVal().equals(port.getName());
        }
        int from = rule.getPort().getIntVal();
        int to = rule.getEndPort() == null ? from : rule.getEndPort();
        return port.getContainerPort() >= from && port.getContainerPort() <= to;
    }

    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        Map<String, String> have = labels == null ? Map.of() : labels;
        Map<String, String> want = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        if (!have.entrySet().containsAll(new LinkedHashMap<>(want).entrySet())) {
            return false;
        }
        for (LabelSelectorRequirement requirement : selector.getMatchExpressions() == null
                ? List.<LabelSelectorRequirement>of() : selector.getMatchExpressions()) {
            String value = have.get(requirement.getKey());
            boolean ok = switch (requirement.getOperator()) {
                case "In" -> value != null && requirement.getValues().contains(value);
                case "NotIn" -> value == null || !requirement.getValues().contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new AssertionError("unknown operator " + requirement.getOperator());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
