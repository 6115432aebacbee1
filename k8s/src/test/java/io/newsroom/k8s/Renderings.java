package io.newsroom.k8s;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Renders the manifests without a cluster: {@code kubectl kustomize} of a kustomization folder and
 * {@code helm template} of the chart (in-process, helm-java's bundled native Helm). Each rendering
 * is parsed by {@link StrictResources} and kept for the rest of the run.
 */
final class Renderings {

    /** Release name and namespace of the Helm renderings. */
    static final String RELEASE = "newsroom";

    /** The kustomizations rendered: the base and the two overlays, relative to {@code k8s/}. */
    static final List<String> KUSTOMIZATIONS = List.of("base", "overlays/dev", "overlays/prod");

    /** @return {@link #KUSTOMIZATIONS}, as a JUnit method source */
    static List<String> kustomizations() {
        return KUSTOMIZATIONS;
    }

    /** The optional component with the Grafana dashboard and the alert rules, relative to {@code k8s/}. */
    static final String MONITORING = "observability";
    /** The optional component with the OpenTelemetry Collector (the prod overlay has it), relative to {@code k8s/}. */
    static final String OTEL_COLLECTOR = "observability/otel-collector";

    /** The Helm values that switch every optional observability resource on. */
    static final Map<String, Object> HELM_OBSERVABILITY = Map.of("otelCollector.enabled", "true",
            "grafanaDashboard.enabled", "true", "prometheusRule.enabled", "true");

    /** The chart's values file of production: renders what the prod overlay does (README "Kubernetes"). */
    static final String PROD_VALUES = "values-prod.yaml";

    /**
     * @param kustomization a folder of {@link #KUSTOMIZATIONS}
     * @return the Helm rendering of the same resources: the chart's defaults for the base and dev, the chart with
     *         {@link #PROD_VALUES} for prod
     */
    static List<HasMetadata> helmLike(String kustomization) {
        return kustomization.endsWith("prod") ? helmTemplate(PROD_VALUES, Map.of()) : helmTemplate(Map.of());
    }

    private static final Map<String, List<HasMetadata>> CACHE = new ConcurrentHashMap<>();

    private Renderings() {
    }

    /**
     * Renders a kustomization with {@code kubectl kustomize}.
     *
     * @param folder relative to {@code k8s/}, e.g. {@code overlays/dev}
     * @return the parsed resources
     * @throws IllegalStateException when kubectl is missing (with how to install it) or fails
     * @throws IllegalArgumentException when the output does not parse strictly
     */
    static List<HasMetadata> kustomize(String folder) {
        return CACHE.computeIfAbsent("kustomize " + folder,
                key -> StrictResources.parse(kubectl("kustomize", Repository.k8s().resolve(folder)), key));
    }

    /**
     * Renders a kustomization written for the test under {@code k8s/target/kustomize/}: one folder of {@code k8s/} as
     * its resource, with optional components added (what an operator writes to use them).
     *
     * @param resource   relative to {@code k8s/}, e.g. {@code overlays/prod}
     * @param components relative to {@code k8s/}, e.g. {@link #MONITORING}
     * @return the parsed resources
     */
    static List<HasMetadata> kustomizeWith(String resource, List<String> components) {
        // an overlay's namespace, as when the components are added to the overlay itself (README "Observability");
        // read before computeIfAbsent, which must not render another entry of the cache while it runs
        var namespace = kustomize(resource).stream().filter(r -> r instanceof io.fabric8.kubernetes.api.model.Namespace)
                .map(r -> r.getMetadata().getName()).findFirst();
        return CACHE.computeIfAbsent("kustomize " + resource + " + " + components, key -> {
            Path folder = Repository.k8s().resolve("target/kustomize")
                    .resolve((resource + "+" + String.join("+", components)).replaceAll("[^a-z0-9+-]", "-"));
            StringBuilder yaml = new StringBuilder("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n");
            namespace.ifPresent(ns -> yaml.append("namespace: ").append(ns).append('\n'));
            yaml.append("resources:\n  - ").append(relative(folder, resource)).append("\ncomponents:\n");
            components.forEach(c -> yaml.append("  - ").append(relative(folder, c)).append('\n'));
            try {
                Files.createDirectories(folder);
                Files.writeString(folder.resolve("kustomization.yaml"), yaml);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return StrictResources.parse(kubectl("kustomize", folder), key);
        });
    }

    private static String relative(Path from, String k8sFolder) {
        return from.relativize(Repository.k8s().resolve(k8sFolder)).toString();
    }

    /**
     * Renders the chart with {@code helm template}, release {@link #RELEASE} in namespace
     * {@link #RELEASE}.
     *
     * @param values {@code --set} values, e.g. {@code ingress.tls.enabled=true}; empty for the defaults
     * @return the parsed resources
     * @throws IllegalArgumentException when the output does not parse strictly
     */
    static List<HasMetadata> helmTemplate(Map<String, Object> values) {
        return helmTemplate(null, values);
    }

    /**
     * Renders the chart with {@code helm template -f <valuesFile>} and {@code --set} values.
     *
     * @param valuesFile a values file in the chart's folder, e.g. {@link #PROD_VALUES}; null for none
     * @param values     {@code --set} values applied after it
     * @return the parsed resources
     */
    static List<HasMetadata> helmTemplate(String valuesFile, Map<String, Object> values) {
        return CACHE.computeIfAbsent("helm template " + (valuesFile == null ? "" : "-f " + valuesFile + " ") + values,
                key -> {
            var template = new Helm(Repository.chart()).template().withName(RELEASE).withNamespace(RELEASE);
            if (valuesFile != null) {
                template.withValuesFile(Repository.chart().resolve(valuesFile));
            }
            values.forEach(template::set);
            return StrictResources.parse(template.call(), key);
        });
    }

    /** @return the result of {@code helm lint --strict} on the chart */
    static LintResult helmLint() {
        return new Helm(Repository.chart()).lint().strict().call();
    }

    private static String kubectl(String command, Path folder) {
        Process process;
        try {
            process = new ProcessBuilder("kubectl", command, folder.toString()).redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new IllegalStateException("kubectl is not installed or not on the PATH; it is needed to render "
                    + "the kustomize overlays (Debian: `./newsroom test` installs it, or apt-get install kubectl)", e);
        }
        try {
            process.getOutputStream().close();
            var stdout = process.getInputStream().readAllBytes();
            var stderr = process.getErrorStream().readAllBytes();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("kubectl " + command + " " + folder + " timed out");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("kubectl " + command + " " + folder + " failed ("
                        + process.exitValue() + "): " + new String(stderr, StandardCharsets.UTF_8));
            }
            return new String(stdout, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("kubectl " + command + " " + folder + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running kubectl", e);
        }
    }
}
