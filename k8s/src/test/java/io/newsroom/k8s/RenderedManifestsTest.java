package io.newsroom.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every rendering (kustomize base, dev and prod overlays; the Helm chart with its defaults
 * and with release settings) against the deployment rules of issue 6 and against the services'
 * own configuration. Every rendering is first parsed strictly ({@link StrictResources}).
 */
class RenderedManifestsTest {

    /** Secrets the workloads may reference: created by hand, documented in README.md. */
    static final Set<String> DOCUMENTED_SECRETS = Set.of(
            "newsroom-postgres", "newsroom-storage", "newsroom-jwt-public", "newsroom-jwt-signing", "newsroom-tls");

    private static final Pattern SERVICE_URL = Pattern.compile("^(?:jdbc:postgresql|https?)://([a-z0-9-]+):(\\d+)(?:/.*)?$");

    static Stream<Rendering> renderings() {
        return Rendering.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void rendersTheExpectedKinds(Rendering rendering) {
        Set<String> deployments = new TreeSet<>(ServiceSettings.SERVICES);
        Set<String> services = new TreeSet<>(Set.of("article-service", "edition-service", "render-service", "postgres",
                "minio"));
        Set<String> configMaps = new TreeSet<>(Set.of("article-service-config", "edition-service-config",
                "render-service-config", "newsroom-papers"));
        Set<String> networkPolicies = new TreeSet<>(Set.of("default-deny-ingress", "postgres", "minio",
                "article-service", "edition-service", "render-service"));
        if (rendering.traced()) {
            networkPolicies.add("otel-collector");
            deployments.add("otel-collector");
            services.add("otel-collector");
            configMaps.add("otel-collector-config");
        }
        if (rendering.monitored()) {
            configMaps.add("newsroom-grafana-dashboard");
        }
        assertEquals(deployments, rendering.names(Deployment.class), "Deployments");
        assertEquals(Set.of("postgres", "minio"), rendering.names(StatefulSet.class), "StatefulSets");
        assertEquals(Set.of("article-service", "render-service"), rendering.names(HorizontalPodAutoscaler.class),
                "HorizontalPodAutoscalers");
        assertEquals(Set.of("article-service", "render-service"), rendering.names(PodDisruptionBudget.class),
                "PodDisruptionBudgets");
        assertEquals(Set.of("newsroom"), rendering.names(Ingress.class), "Ingresses");
        assertEquals(Set.of("postgres-backup"), rendering.names(CronJob.class), "CronJobs");
        assertEquals(services, rendering.names(Service.class), "Services");
        assertEquals(configMaps, rendering.names(ConfigMap.class), "ConfigMaps");
        assertEquals(rendering.monitored() ? Set.of("newsroom") : Set.of(), rendering.names(PrometheusRule.class),
                "PrometheusRules");
        assertEquals(networkPolicies, rendering.names(NetworkPolicy.class), "NetworkPolicies");
        assertEquals(rendering.namespace().map(Set::of).orElse(Set.of()), rendering.names(Namespace.class),
                "Namespaces: the overlays' own, none in the base and the chart");
    }

    /** Traces are exported over OTLP exactly where the collector is (README "Observability"); else not at all. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void theServicesExportTracesToTheCollectorWhereThereIsOne(Rendering rendering) {
        for (String service : ServiceSettings.SERVICES) {
            Map<String, String> config = rendering.configData(service + "-config");
            if (rendering.traced()) {
                assertEquals("false", config.get("QUARKUS_OTEL_SDK_DISABLED"), rendering + " " + service);
                assertEquals("http://otel-collector:4318", config.get("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT"),
                        rendering + " " + service);
            } else {
                assertFalse(config.keySet().stream().anyMatch(key -> key.startsWith("QUARKUS_OTEL_")),
                        rendering + " " + service + ": no collector, so no export (the services' default): " + config);
            }
        }
    }

    /**
     * article-service reads the paper registry's file where the ConfigMap newsroom-papers is mounted, and that file
     * is a papers list (README "Papers").
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void articleServiceReadsThePapersConfigMapItMounts(Rendering rendering) throws Exception {
        String file = rendering.configData("article-service-config").get("ARTICLE_PAPERS_FILE");
        assertNotNull(file, rendering + ": ARTICLE_PAPERS_FILE");
        Container container = rendering.serviceContainer("article-service");
        var mount = container.getVolumeMounts().stream()
                .filter(m -> file.startsWith(m.getMountPath() + "/")).findFirst()
                .orElseThrow(() -> new AssertionError(rendering + ": nothing mounted over " + file));
        Volume volume = rendering.podTemplates().get("Deployment/article-service").getSpec().getVolumes().stream()
                .filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
        assertNotNull(volume.getConfigMap(), rendering + ": the papers volume is a ConfigMap");
        assertEquals("newsroom-papers", volume.getConfigMap().getName(), rendering + ": papers ConfigMap");
        String json = rendering.configData("newsroom-papers").get(file.substring(mount.getMountPath().length() + 1));
        assertNotNull(json, rendering + ": the ConfigMap holds " + file);
        var papers = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("papers");
        assertTrue(papers.isArray() && !papers.isEmpty(), rendering + ": papers list: " + json);
        papers.forEach(p -> assertTrue(p.path("code").asText().matches("[a-z][a-z0-9]{1,15}")
                && !p.path("name").asText().isBlank(), rendering + ": paper " + p));
    }

    /** One host routes every public path; no two services share a path prefix (README "Kubernetes"). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void oneHostRoutesEveryService(Rendering rendering) {
        List<IngressRule> rules = rendering.named(Ingress.class, "newsroom").getSpec().getRules();
        assertEquals(1, rules.size(), rendering + ": Ingress hosts");
        Map<String, String> routes = new TreeMap<>();
        rules.get(0).getHttp().getPaths().forEach(p -> routes.put(p.getPath(), p.getBackend().getService().getName()));
        assertEquals(Map.of("/api/v1/workflow", "edition-service", "/desk", "edition-service",
                "/api/v1/renditions", "render-service", "/editions", "render-service", "/api/v1", "article-service"),
                routes, rendering + ": Ingress routes");
    }

    /**
     * The backup CronJob dumps with the PostgreSQL server's own image (pg_dump refuses a server of a newer major
     * version), in custom format, checks the archive, uploads it and keeps a retention count (README "Kubernetes",
     * "Backup and restore").
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void theBackupDumpsWithTheServersImageAndKeepsARetentionCount(Rendering rendering) {
        CronJob backup = rendering.named(CronJob.class, "postgres-backup");
        assertEquals("Forbid", backup.getSpec().getConcurrencyPolicy(), rendering + ": one dump at a time");
        PodSpec pod = backup.getSpec().getJobTemplate().getSpec().getTemplate().getSpec();
        Container dump = pod.getContainers().get(0);
        String server = rendering.named(StatefulSet.class, "postgres").getSpec().getTemplate().getSpec()
                .getContainers().get(0).getImage();
        assertEquals(server, dump.getImage(), rendering + ": pg_dump of the server's version");
        String script = String.join("\n", dump.getArgs());
        for (String step : List.of("pg_dump -Fc", "pg_restore --list", "mc cp", "head -n \"-$RETENTION\"", "mc rm")) {
            assertTrue(script.contains(step), rendering + ": the backup script lacks " + step + ":\n" + script);
        }
        Map<String, String> env = new TreeMap<>();
        dump.getEnv().forEach(e -> env.put(e.getName(), e.getValue()));
        assertEquals("postgres", env.get("PGHOST"), rendering.toString());
        assertEquals("newsroom", env.get("PGDATABASE"), rendering.toString());
        assertEquals("newsroom-backups", env.get("BUCKET"), rendering.toString());
        assertTrue(Integer.parseInt(env.get("RETENTION")) >= 1, rendering + ": RETENTION " + env.get("RETENTION"));
        String mc = pod.getInitContainers().get(0).getImage();
        assertTrue(mc.startsWith("quay.io/minio/mc:"), rendering + ": the MinIO client comes from its image: " + mc);
        // the bucket Job versions the renditions' bucket and creates the backups' bucket
        Container bucketJob = rendering.named(io.fabric8.kubernetes.api.model.batch.v1.Job.class, "minio-bucket")
                .getSpec().getTemplate().getSpec().getContainers().get(0);
        String bucketScript = String.join("\n", bucketJob.getArgs());
        assertTrue(bucketScript.contains("mc version enable \"newsroom/$BUCKET\""), rendering + ": " + bucketScript);
        assertTrue(bucketScript.contains("mc mb --ignore-existing \"newsroom/$BACKUP_BUCKET\""),
                rendering + ": " + bucketScript);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void everyPodIsLockedDown(Rendering rendering) {
        List<String> problems = new ArrayList<>();
        rendering.podTemplates().forEach((workload, template) -> {
            PodSpec pod = template.getSpec();
            var security = pod.getSecurityContext();
            if (security == null || !Boolean.TRUE.equals(security.getRunAsNonRoot())
                    || security.getRunAsUser() == null || security.getRunAsUser() == 0
                    || security.getSeccompProfile() == null
                    || !"RuntimeDefault".equals(security.getSeccompProfile().getType())) {
                problems.add(workload + ": pod securityContext needs runAsNonRoot, a non-zero runAsUser and "
                        + "seccompProfile RuntimeDefault");
            }
            if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
                problems.add(workload + ": automountServiceAccountToken must be false");
            }
            List<Container> containers = new ArrayList<>(pod.getContainers());
            if (pod.getInitContainers() != null) {
                containers.addAll(pod.getInitContainers());
            }
            for (Container container : containers) {
                String where = workload + " container " + container.getName();
                var context = container.getSecurityContext();
                if (context == null || !Boolean.FALSE.equals(context.getAllowPrivilegeEscalation())
                        || !Boolean.TRUE.equals(context.getReadOnlyRootFilesystem())
                        || context.getCapabilities() == null
                        || !List.of("ALL").equals(context.getCapabilities().getDrop())) {
                    problems.add(where + ": securityContext needs allowPrivilegeEscalation false, "
                            + "readOnlyRootFilesystem true, capabilities drop [ALL]");
                }
                if (!tmpIsEmptyDir(pod, container)) {
                    problems.add(where + ": /tmp must be an emptyDir volume (read-only root filesystem)");
                }
                problems.addAll(resourceProblems(where, container));
            }
        });
        assertTrue(problems.isEmpty(), rendering + ":\n" + String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void everyLongRunningContainerHasThreeProbes(Rendering rendering) {
        List<String> problems = new ArrayList<>();
        rendering.podTemplates().forEach((workload, template) -> {
            if (workload.startsWith("Job/") || workload.startsWith("CronJob/")) {
                return; // run to completion: nothing to probe
            }
            for (Container container : template.getSpec().getContainers()) {
                String where = workload + " container " + container.getName();
                Map<String, Probe> probes = new TreeMap<>();
                probes.put("startupProbe", container.getStartupProbe());
                probes.put("readinessProbe", container.getReadinessProbe());
                probes.put("livenessProbe", container.getLivenessProbe());
                probes.forEach((kind, probe) -> {
                    IntOrString port = probe == null ? null
                            : probe.getHttpGet() != null ? probe.getHttpGet().getPort()
                            : probe.getTcpSocket() != null ? probe.getTcpSocket().getPort() : null;
                    if (probe == null || (port == null && probe.getExec() == null)) {
                        problems.add(where + ": no " + kind);
                    } else if (port != null && containerPort(container, port) == null) {
                        problems.add(where + ": " + kind + " uses port " + port.getValue()
                                + ", which the container does not declare");
                    }
                });
            }
        });
        assertTrue(problems.isEmpty(), rendering + ":\n" + String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void servicesProbeSmallRyeHealth(Rendering rendering) {
        for (String service : ServiceSettings.SERVICES) {
            Container container = rendering.serviceContainer(service);
            assertEquals("/q/health/started", httpPath(container.getStartupProbe()), service + " startupProbe");
            assertEquals("/q/health/ready", httpPath(container.getReadinessProbe()), service + " readinessProbe");
            assertEquals("/q/health/live", httpPath(container.getLivenessProbe()), service + " livenessProbe");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void imagesAndPortsMatchTheServicesConfiguration(Rendering rendering) {
        for (ServiceSettings settings : ServiceSettings.all()) {
            String service = settings.name();
            Container container = rendering.serviceContainer(service);
            assertEquals(List.of(settings.httpPort()),
                    container.getPorts().stream().map(ContainerPort::getContainerPort).toList(),
                    service + ": container ports vs quarkus.http.port");
            assertEquals(String.valueOf(settings.httpPort()),
                    rendering.configData(service + "-config").get("QUARKUS_HTTP_PORT"),
                    service + ": QUARKUS_HTTP_PORT");
            ServicePort servicePort = rendering.named(Service.class, service).getSpec().getPorts().get(0);
            assertEquals(settings.httpPort(), servicePort.getPort(), service + ": Service port");
            assertEquals(settings.httpPort(), containerPort(container, servicePort.getTargetPort()),
                    service + ": Service targetPort");

            String image = container.getImage();
            int colon = image.lastIndexOf(':');
            assertTrue(colon > image.lastIndexOf('/'), service + ": image " + image + " has no tag");
            String repository = image.substring(0, colon);
            String tag = image.substring(colon + 1);
            assertTrue(repository.equals(settings.imageRepository())
                            || repository.endsWith("/" + settings.imageRepository()),
                    service + ": image " + image + " is not quarkus.container-image " + settings.imageRepository());
            if (rendering.release()) {
                assertFalse(tag.endsWith("-SNAPSHOT") || tag.equals("latest"),
                        service + ": a release rendering needs a release tag, not " + tag);
            } else {
                assertEquals(settings.imageTag(), tag, service + ": image tag vs quarkus.container-image.tag");
            }
            Long runAsUser = rendering.named(Deployment.class, service).getSpec().getTemplate().getSpec()
                    .getSecurityContext().getRunAsUser();
            assertEquals(settings.jibUser(), String.valueOf(runAsUser), service + ": runAsUser vs quarkus.jib.user");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void referencesResolveWithinTheRendering(Rendering rendering) {
        List<String> problems = new ArrayList<>();
        Map<String, PodTemplateSpec> templates = rendering.podTemplates();
        // ConfigMaps named by envFrom exist
        templates.forEach((workload, template) -> template.getSpec().getContainers().forEach(c -> {
            for (EnvFromSource source : c.getEnvFrom() == null ? List.<EnvFromSource>of() : c.getEnvFrom()) {
                if (source.getConfigMapRef() != null
                        && rendering.find(ConfigMap.class, source.getConfigMapRef().getName()).isEmpty()) {
                    problems.add(workload + ": envFrom ConfigMap " + source.getConfigMapRef().getName() + " missing");
                }
            }
        }));
        // Services, PDBs and HPAs find their pods
        for (Service service : rendering.ofType(Service.class)) {
            if (matchingPods(templates, service.getSpec().getSelector()) == 0) {
                problems.add("Service " + service.getMetadata().getName() + " selects no pod template");
            }
        }
        for (PodDisruptionBudget budget : rendering.ofType(PodDisruptionBudget.class)) {
            if (matchingPods(templates, budget.getSpec().getSelector().getMatchLabels()) != 1) {
                problems.add("PodDisruptionBudget " + budget.getMetadata().getName() + " must select one workload");
            }
        }
        for (HorizontalPodAutoscaler hpa : rendering.ofType(HorizontalPodAutoscaler.class)) {
            var target = hpa.getSpec().getScaleTargetRef();
            if (!"Deployment".equals(target.getKind()) || rendering.find(Deployment.class, target.getName()).isEmpty()) {
                problems.add("HorizontalPodAutoscaler " + hpa.getMetadata().getName() + " targets " + target.getKind()
                        + " " + target.getName() + ", not a rendered Deployment");
            } else if (rendering.named(Deployment.class, target.getName()).getSpec().getReplicas() != null) {
                problems.add("Deployment " + target.getName() + " sets replicas although an autoscaler owns them");
            }
        }
        // Ingress backends are rendered Services with that port name
        for (Ingress ingress : rendering.ofType(Ingress.class)) {
            for (IngressRule rule : ingress.getSpec().getRules()) {
                rule.getHttp().getPaths().forEach(path -> {
                    IngressBackend backend = path.getBackend();
                    String name = backend.getService().getName();
                    String port = backend.getService().getPort().getName();
                    boolean found = rendering.find(Service.class, name).stream()
                            .flatMap(s -> s.getSpec().getPorts().stream())
                            .anyMatch(p -> Objects.equals(p.getName(), port));
                    if (!found) {
                        problems.add("Ingress " + rule.getHost() + path.getPath() + " → " + name + ":" + port
                                + " is not a rendered Service port");
                    }
                });
            }
        }
        // in-cluster URLs in configuration name a rendered Service and one of its ports
        for (ConfigMap config : rendering.ofType(ConfigMap.class)) {
            config.getData().forEach((key, value) -> {
                Matcher url = SERVICE_URL.matcher(value);
                if (url.matches()) {
                    int port = Integer.parseInt(url.group(2));
                    boolean found = rendering.find(Service.class, url.group(1)).stream()
                            .flatMap(s -> s.getSpec().getPorts().stream())
                            .anyMatch(p -> p.getPort() == port);
                    if (!found) {
                        problems.add(config.getMetadata().getName() + " " + key + "=" + value
                                + " names no rendered Service port");
                    }
                }
            });
        }
        assertTrue(problems.isEmpty(), rendering + ":\n" + String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void secretsAreReferencedNeverCommitted(Rendering rendering) throws Exception {
        for (Secret secret : rendering.ofType(Secret.class)) {
            assertTrue((secret.getData() == null || secret.getData().isEmpty())
                            && (secret.getStringData() == null || secret.getStringData().isEmpty()),
                    rendering + ": Secret " + secret.getMetadata().getName() + " carries data");
        }
        Set<String> referenced = new TreeSet<>();
        rendering.podTemplates().values().forEach(template -> {
            template.getSpec().getContainers().forEach(c -> {
                for (EnvVar env : c.getEnv() == null ? List.<EnvVar>of() : c.getEnv()) {
                    if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                        referenced.add(env.getValueFrom().getSecretKeyRef().getName());
                    }
                    assertFalse(env.getName().matches(".*(PASSWORD|SECRET|ACCESS_KEY).*") && env.getValue() != null,
                            rendering + ": " + env.getName() + " has a literal value; read it from a Secret");
                }
            });
            for (Volume volume : template.getSpec().getVolumes() == null ? List.<Volume>of()
                    : template.getSpec().getVolumes()) {
                if (volume.getSecret() != null) {
                    referenced.add(volume.getSecret().getSecretName());
                }
            }
        });
        for (Ingress ingress : rendering.ofType(Ingress.class)) {
            for (IngressTLS tls : ingress.getSpec().getTls() == null ? List.<IngressTLS>of() : ingress.getSpec().getTls()) {
                referenced.add(tls.getSecretName());
            }
        }
        assertFalse(referenced.isEmpty(), rendering + ": no Secret referenced");
        String readme = Files.readString(Repository.root().resolve("README.md"));
        for (String secret : referenced) {
            assertTrue(DOCUMENTED_SECRETS.contains(secret), rendering + ": undocumented Secret " + secret);
            assertTrue(readme.contains(secret), "README.md does not say how to create Secret " + secret);
        }
    }

    private static boolean tmpIsEmptyDir(PodSpec pod, Container container) {
        return container.getVolumeMounts() != null && container.getVolumeMounts().stream()
                .filter(m -> m.getMountPath().equals("/tmp"))
                .anyMatch(m -> pod.getVolumes().stream()
                        .anyMatch(v -> v.getName().equals(m.getName()) && v.getEmptyDir() != null));
    }

    private static List<String> resourceProblems(String where, Container container) {
        List<String> problems = new ArrayList<>();
        var resources = container.getResources();
        for (String name : List.of("cpu", "memory")) {
            Quantity request = resources == null || resources.getRequests() == null ? null : resources.getRequests().get(name);
            Quantity limit = resources == null || resources.getLimits() == null ? null : resources.getLimits().get(name);
            if (request == null || limit == null) {
                problems.add(where + ": needs a " + name + " request and limit");
            } else if (request.getNumericalAmount().compareTo(limit.getNumericalAmount()) > 0) {
                problems.add(where + ": " + name + " request " + request + " exceeds the limit " + limit);
            }
        }
        return problems;
    }

    private static String httpPath(Probe probe) {
        assertNotNull(probe, "probe");
        HTTPGetAction get = probe.getHttpGet();
        if (get == null) {
            fail("not an HTTP probe: " + probe);
        }
        return get.getPath();
    }

    /** @return the port number a named or numbered port resolves to on the container, or null */
    private static Integer containerPort(Container container, IntOrString port) {
        return container.getPorts().stream()
                .filter(p -> port.getIntVal() != null ? p.getContainerPort().equals(port.getIntVal())
                        : Objects.equals(p.getName(), port.getStrVal()))
                .map(ContainerPort::getContainerPort)
                .findFirst().orElse(null);
    }

    private static long matchingPods(Map<String, PodTemplateSpec> templates, Map<String, String> selector) {
        return templates.values().stream()
                .filter(t -> t.getMetadata().getLabels().entrySet().containsAll(selector.entrySet()))
                .count();
    }
}
