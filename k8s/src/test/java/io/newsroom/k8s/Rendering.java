package io.newsroom.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One rendering of the manifests (a kustomization or the Helm chart with some values), with
 * look-ups over its resources.
 *
 * @param label      what was rendered, shown as the test's name
 * @param release    whether the images must carry a release tag (prod) rather than the project version
 * @param traced     whether it has the OpenTelemetry Collector and the services export their traces to it
 * @param monitored  whether it has the Grafana dashboard and the alert rules (PrometheusRule)
 * @param resources  renders and parses the resources on first use
 */
record Rendering(String label, boolean release, boolean traced, boolean monitored,
        Supplier<List<HasMetadata>> resources) {

    /** A rendering without the optional observability resources. */
    Rendering(String label, boolean release, Supplier<List<HasMetadata>> resources) {
        this(label, release, false, false, resources);
    }

    /**
     * @return every rendering the suite checks: the kustomize base and overlays (prod with the collector), prod with
     *         the dashboard and rules component too, and the chart with its defaults, with release settings and the
     *         collector (as prod), and with every observability resource on
     */
    static Stream<Rendering> all() {
        Stream<Rendering> kustomize = Renderings.KUSTOMIZATIONS.stream().map(folder -> new Rendering(
                "kustomize " + folder, folder.endsWith("prod"), folder.endsWith("prod"), false,
                () -> Renderings.kustomize(folder)));
        Stream<Rendering> more = Stream.of(
                new Rendering("kustomize overlays/prod + component observability", true, true, true,
                        () -> Renderings.kustomizeWith("overlays/prod", List.of(Renderings.MONITORING))),
                new Rendering("helm template (defaults)", false, () -> Renderings.helmTemplate(Map.of())),
                new Rendering("helm template (registry, release tag, TLS, public storage, collector)", true, true,
                        false, () -> Renderings.helmTemplate(Map.of("image.registry", "registry.example.com",
                                "image.tag", "0.1.0", "ingress.tls.enabled", "true",
                                "storagePublicEndpoint", "https://s3.example.com", "otelCollector.enabled", "true"))),
                new Rendering("helm template (collector, dashboard, alert rules)", false, true, true,
                        () -> Renderings.helmTemplate(Renderings.HELM_OBSERVABILITY)),
                new Rendering("helm template -f values-prod.yaml", true, true, false,
                        () -> Renderings.helmTemplate(Renderings.PROD_VALUES, Map.of())));
        return Stream.concat(kustomize, more);
    }

    /**
     * @return the namespace this rendering creates and labels itself: the kustomize overlays' (newsroom-dev,
     *         newsroom); empty for the base (no namespace) and the chart (which cannot own its release namespace)
     */
    Optional<String> namespace() {
        return label.startsWith("kustomize overlays/dev") ? Optional.of("newsroom-dev")
                : label.startsWith("kustomize overlays/prod") ? Optional.of("newsroom")
                : Optional.empty();
    }

    /** @return the resources of one model type */
    <T extends HasMetadata> List<T> ofType(Class<T> type) {
        return resources.get().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * @return the one resource of that type and name
     * @throws NoSuchElementException when there is none
     */
    <T extends HasMetadata> T named(Class<T> type, String name) {
        return find(type, name).orElseThrow(
                () -> new NoSuchElementException(label + " has no " + type.getSimpleName() + " " + name));
    }

    /** @return the resource of that type and name, if rendered */
    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return ofType(type).stream().filter(r -> r.getMetadata().getName().equals(name)).findFirst();
    }

    /** @return the names of the resources of one type, sorted */
    Set<String> names(Class<? extends HasMetadata> type) {
        return new TreeSet<>(ofType(type).stream().map(r -> r.getMetadata().getName()).toList());
    }

    /** @return every resource as {@code Kind/name}, sorted */
    Set<String> kindsAndNames() {
        return new TreeSet<>(resources.get().stream()
                .map(r -> r.getKind() + "/" + r.getMetadata().getName()).toList());
    }

    /** @return the data of the ConfigMap of that name */
    Map<String, String> configData(String name) {
        return named(ConfigMap.class, name).getData();
    }

    /** @return the pod templates of the Deployments, StatefulSets, Jobs and CronJobs, keyed by workload */
    Map<String, PodTemplateSpec> podTemplates() {
        var templates = new TreeMap<String, PodTemplateSpec>();
        ofType(Deployment.class).forEach(d -> templates.put("Deployment/" + d.getMetadata().getName(),
                d.getSpec().getTemplate()));
        ofType(StatefulSet.class).forEach(s -> templates.put("StatefulSet/" + s.getMetadata().getName(),
                s.getSpec().getTemplate()));
        ofType(Job.class).forEach(j -> templates.put("Job/" + j.getMetadata().getName(),
                j.getSpec().getTemplate()));
        ofType(CronJob.class).forEach(c -> templates.put("CronJob/" + c.getMetadata().getName(),
                c.getSpec().getJobTemplate().getSpec().getTemplate()));
        return templates;
    }

    /** @return the one container of a Deployment */
    Container serviceContainer(String deployment) {
        List<Container> containers = named(Deployment.class, deployment).getSpec().getTemplate().getSpec()
                .getContainers();
        if (containers.size() != 1) {
            throw new IllegalStateException(label + ": Deployment " + deployment + " has " + containers.size()
                    + " containers, expected 1");
        }
        return containers.get(0);
    }

    @Override
    public String toString() {
        return label;
    }
}
