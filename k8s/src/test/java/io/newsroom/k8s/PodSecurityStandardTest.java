package io.newsroom.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EphemeralContainer;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Sysctl;
import io.fabric8.kubernetes.api.model.Volume;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pod template of every rendering meets the {@code restricted} Pod Security Standard
 * (https://kubernetes.io/docs/concepts/security/pod-security-standards/, baseline and restricted controls), and the
 * overlays' namespaces enforce it (README "Kubernetes", Pod Security).
 */
class PodSecurityStandardTest {

    /** Volume types the restricted profile allows. */
    private static final Set<String> ALLOWED_VOLUMES = Set.of("configMap", "csi", "downwardAPI", "emptyDir",
            "ephemeral", "persistentVolumeClaim", "projected", "secret");
    /** Sysctls the baseline profile allows. */
    private static final Set<String> SAFE_SYSCTLS = Set.of("kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range",
            "net.ipv4.ip_unprivileged_port_start", "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range",
            "net.ipv4.ip_local_reserved_ports", "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout",
            "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes");
    private static final Set<String> SELINUX_TYPES = Set.of("", "container_t", "container_init_t", "container_kvm_t",
            "container_engine_t");

    static Stream<Rendering> renderings() {
        return Rendering.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void everyPodMeetsTheRestrictedProfile(Rendering rendering) {
        List<String> problems = new ArrayList<>();
        rendering.podTemplates().forEach((workload, template) ->
                problems.addAll(restrictedProblems(workload, template.getSpec())));
        assertTrue(problems.isEmpty(), rendering + ":\n" + String.join("\n", problems));
        assertTrue(rendering.podTemplates().size() >= 6, rendering + ": pod templates checked: "
                + rendering.podTemplates().keySet());
    }

    /** The overlays create their namespace with enforce, audit and warn at restricted; their resources live in it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void theOverlaysNamespaceEnforcesTheRestrictedProfile(Rendering rendering) {
        if (rendering.namespace().isEmpty()) {
            return; // the base has no namespace; the chart's is labelled by hand (see the test below)
        }
        Namespace namespace = rendering.named(Namespace.class, rendering.namespace().get());
        Map<String, String> labels = namespace.getMetadata().getLabels();
        for (String mode : List.of("enforce", "audit", "warn")) {
            assertEquals("restricted", labels.get("pod-security.kubernetes.io/" + mode), rendering + ": " + mode);
        }
        for (HasMetadata resource : rendering.resources().get()) {
            if (!(resource instanceof Namespace)) {
                assertEquals(namespace.getMetadata().getName(), resource.getMetadata().getNamespace(),
                        rendering + ": namespace of " + resource.getKind() + "/" + resource.getMetadata().getName());
            }
        }
    }

    /** A chart cannot own its release namespace: the README and the chart's notes say how to label it. */
    @Test
    void theChartsNamespaceIsLabelledByHandAsDocumented() throws Exception {
        String label = "pod-security.kubernetes.io/enforce=restricted";
        assertTrue(Files.readString(Repository.root().resolve("README.md")).contains(label), "README.md: " + label);
        assertTrue(Files.readString(Repository.chart().resolve("templates/NOTES.txt")).contains(label),
                "NOTES.txt: " + label);
    }

    /** The checks find what the profile forbids. */
    @Test
    void findsWhatTheProfileForbids() {
        PodSpec bad = new PodSpecBuilder()
                .withHostNetwork(true)
                .withNewSecurityContext().withRunAsUser(0L).withSysctls(new Sysctl("kernel.msgmax", "1")).endSecurityContext()
                .addNewContainer().withName("root").withImage("x")
                    .withNewSecurityContext().withPrivileged(true).withAllowPrivilegeEscalation(true)
                        .withCapabilities(new Capabilities(List.of("SYS_ADMIN"), List.of()))
                        .withSeccompProfile(new SeccompProfile(null, "Unconfined")).endSecurityContext()
                    .withPorts(new ContainerPort(80, null, 80, "http", "TCP"))
                .endContainer()
                .addNewVolume().withName("host").withNewHostPath().withPath("/").endHostPath().endVolume()
                .build();
        String problems = String.join("\n", restrictedProblems("Pod/bad", bad));
        for (String expected : List.of("hostNetwork", "sysctl kernel.msgmax", "privileged", "allowPrivilegeEscalation",
                "adds capabilities [SYS_ADMIN]", "drop ALL", "seccomp Unconfined", "hostPort 80", "volume host",
                "runAsNonRoot", "runAsUser 0")) {
            assertTrue(problems.contains(expected), "missing \"" + expected + "\" in:\n" + problems);
        }
        PodSpec good = new PodSpecBuilder()
                .withSecurityContext(restrictedPod())
                .addNewContainer().withName("ok").withImage("x")
                    .withNewSecurityContext().withAllowPrivilegeEscalation(false)
                        .withCapabilities(new Capabilities(List.of("NET_BIND_SERVICE"), List.of("ALL"))).endSecurityContext()
                .endContainer()
                .addNewVolume().withName("tmp").withNewEmptyDir().endEmptyDir().endVolume()
                .build();
        assertEquals(List.of(), restrictedProblems("Pod/good", good));
    }

    private static PodSecurityContext restrictedPod() {
        PodSecurityContext context = new PodSecurityContext();
        context.setRunAsNonRoot(true);
        context.setRunAsUser(1000L);
        context.setSeccompProfile(new SeccompProfile(null, "RuntimeDefault"));
        return context;
    }

    /**
     * @return the restricted profile's controls (which include the baseline's) that a pod spec violates, empty when
     *         it meets them
     */
    static List<String> restrictedProblems(String workload, PodSpec pod) {
        List<String> problems = new ArrayList<>();
        PodSecurityContext podContext = pod.getSecurityContext() == null ? new PodSecurityContext()
                : pod.getSecurityContext();
        if (Boolean.TRUE.equals(pod.getHostNetwork()) || Boolean.TRUE.equals(pod.getHostPID())
                || Boolean.TRUE.equals(pod.getHostIPC())) {
            problems.add(workload + ": hostNetwork, hostPID or hostIPC");
        }
        for (Volume volume : pod.getVolumes() == null ? List.<Volume>of() : pod.getVolumes()) {
            List<String> types = new ArrayList<>();
            new com.fasterxml.jackson.databind.ObjectMapper().convertValue(volume, Map.class).keySet()
                    .forEach(key -> {
                        if (!"name".equals(key)) {
                            types.add(String.valueOf(key));
                        }
                    });
            if (!ALLOWED_VOLUMES.containsAll(types)) {
                problems.add(workload + ": volume " + volume.getName() + " of type " + types);
            }
        }
        for (Sysctl sysctl : podContext.getSysctls() == null ? List.<Sysctl>of() : podContext.getSysctls()) {
            if (!SAFE_SYSCTLS.contains(sysctl.getName())) {
                problems.add(workload + ": sysctl " + sysctl.getName());
            }
        }
        if (podContext.getSeLinuxOptions() != null && !seLinuxAllowed(podContext.getSeLinuxOptions())) {
            problems.add(workload + ": seLinuxOptions " + podContext.getSeLinuxOptions());
        }
        if (podContext.getAppArmorProfile() != null && "Unconfined".equals(podContext.getAppArmorProfile().getType())) {
            problems.add(workload + ": AppArmor Unconfined");
        }
        String podSeccomp = podContext.getSeccompProfile() == null ? null : podContext.getSeccompProfile().getType();
        if (podSeccomp != null && !Set.of("RuntimeDefault", "Localhost").contains(podSeccomp)) {
            problems.add(workload + ": seccomp " + podSeccomp);
        }
        if (Objects.equals(podContext.getRunAsUser(), 0L)) {
            problems.add(workload + ": runAsUser 0");
        }

        Map<String, SecurityContext> containers = new java.util.LinkedHashMap<>();
        List<Container> all = new ArrayList<>(pod.getContainers());
        if (pod.getInitContainers() != null) {
            all.addAll(pod.getInitContainers());
        }
        all.forEach(c -> {
            containers.put(c.getName(), c.getSecurityContext() == null ? new SecurityContext() : c.getSecurityContext());
            for (ContainerPort port : c.getPorts() == null ? List.<ContainerPort>of() : c.getPorts()) {
                if (port.getHostPort() != null && port.getHostPort() != 0) {
                    problems.add(workload + " container " + c.getName() + ": hostPort " + port.getHostPort());
                }
            }
        });
        for (EphemeralContainer c : pod.getEphemeralContainers() == null ? List.<EphemeralContainer>of()
                : pod.getEphemeralContainers()) {
            containers.put(c.getName(), c.getSecurityContext() == null ? new SecurityContext() : c.getSecurityContext());
        }
        containers.forEach((name, context) -> {
            String where = workload + " container " + name;
            if (Boolean.TRUE.equals(context.getPrivileged())) {
                problems.add(where + ": privileged");
            }
            if (!Boolean.FALSE.equals(context.getAllowPrivilegeEscalation())) {
                problems.add(where + ": allowPrivilegeEscalation must be false");
            }
            Capabilities capabilities = context.getCapabilities();
            if (capabilities == null || capabilities.getDrop() == null || !capabilities.getDrop().contains("ALL")) {
                problems.add(where + ": capabilities must drop ALL");
            }
            if (capabilities != null && capabilities.getAdd() != null
                    && !Set.of("NET_BIND_SERVICE").containsAll(capabilities.getAdd())) {
                problems.add(where + ": adds capabilities " + capabilities.getAdd());
            }
            Boolean nonRoot = context.getRunAsNonRoot() != null ? context.getRunAsNonRoot() : podContext.getRunAsNonRoot();
            if (!Boolean.TRUE.equals(nonRoot)) {
                problems.add(where + ": runAsNonRoot must be true (pod or container)");
            }
            if (Objects.equals(context.getRunAsUser(), 0L)) {
                problems.add(where + ": runAsUser 0");
            }
            String seccomp = context.getSeccompProfile() != null ? context.getSeccompProfile().getType() : podSeccomp;
            if (seccomp == null) {
                problems.add(where + ": no seccomp profile (RuntimeDefault or Localhost)");
            } else if (!Set.of("RuntimeDefault", "Localhost").contains(seccomp)) {
                problems.add(where + ": seccomp " + seccomp);
            }
            if (context.getProcMount() != null && !"Default".equals(context.getProcMount())) {
                problems.add(where + ": procMount " + context.getProcMount());
            }
            if (context.getSeLinuxOptions() != null && !seLinuxAllowed(context.getSeLinuxOptions())) {
                problems.add(where + ": seLinuxOptions " + context.getSeLinuxOptions());
            }
            if (context.getAppArmorProfile() != null && "Unconfined".equals(context.getAppArmorProfile().getType())) {
                problems.add(where + ": AppArmor Unconfined");
            }
        });
        return problems;
    }

    private static boolean seLinuxAllowed(io.fabric8.kubernetes.api.model.SELinuxOptions options) {
        return SELINUX_TYPES.contains(options.getType() == null ? "" : options.getType())
                && options.getUser() == null && options.getRole() == null;
    }
}
