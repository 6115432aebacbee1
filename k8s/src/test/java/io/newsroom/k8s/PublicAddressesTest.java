package io.newsroom.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The addresses the services hand to browsers are public ones, and the desk's cookies are Secure wherever the host is
 * served over TLS (README "Kubernetes", public addresses): the desk's rendition links point at the Ingress host, the
 * release renderings serve it over TLS and sign presigned links for a public object-store endpoint.
 */
class PublicAddressesTest {

    static Stream<Rendering> renderings() {
        return Rendering.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void theDeskLinksToTheIngressHostAndItsCookiesAreSecureUnderTls(Rendering rendering) {
        Ingress ingress = rendering.named(Ingress.class, "newsroom");
        String host = ingress.getSpec().getRules().get(0).getHost();
        boolean tls = ingress.getSpec().getTls() != null && ingress.getSpec().getTls().stream()
                .map(IngressTLS::getHosts).anyMatch(hosts -> hosts.contains(host));
        Map<String, String> desk = rendering.configData("edition-service-config");
        assertEquals((tls ? "https://" : "http://") + host, desk.get("EDITION_DESK_RENDITION_BASE_URL"),
                rendering + ": the desk's rendition links");
        assertEquals(String.valueOf(tls), desk.get("EDITION_DESK_SECURE_COOKIES"),
                rendering + ": Secure desk cookies exactly where the host has TLS");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void releasesServeTlsAndSignLinksForAPublicEndpoint(Rendering rendering) {
        String publicEndpoint = rendering.configData("render-service-config").get("STORAGE_PUBLIC_ENDPOINT");
        if (!rendering.release()) {
            assertNull(publicEndpoint, rendering + ": development keeps the storage endpoint for links");
            return;
        }
        assertTrue(rendering.named(Ingress.class, "newsroom").getSpec().getTls() != null,
                rendering + ": a release serves its host over TLS");
        assertEquals("true", rendering.configData("edition-service-config").get("EDITION_DESK_SECURE_COOKIES"),
                rendering.label());
        URI uri = URI.create(publicEndpoint == null ? "" : publicEndpoint);
        assertEquals("https", uri.getScheme(), rendering + ": STORAGE_PUBLIC_ENDPOINT " + publicEndpoint);
        assertTrue(uri.getHost() != null && uri.getHost().contains("."), rendering + ": " + publicEndpoint
                + " is not a public host name");
        assertTrue(rendering.find(Service.class, uri.getHost().split("\\.")[0]).isEmpty(),
                rendering + ": " + publicEndpoint + " names an in-cluster Service");
    }

    /** Every variable the manifests give a service is one the README's configuration table documents. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void everyConfiguredVariableIsDocumented(Rendering rendering) throws Exception {
        String readme = Files.readString(Repository.root().resolve("README.md"));
        String table = readme.substring(readme.indexOf("## Configuration"), readme.indexOf("## Kubernetes"));
        for (String service : ServiceSettings.SERVICES) {
            for (String key : rendering.configData(service + "-config").keySet()) {
                assertTrue(table.contains("`" + key + "`"),
                        rendering + ": " + service + "-config sets " + key + ", which README \"Configuration\" lacks");
            }
        }
    }

    /** The variables name settings the services really have. */
    @Test
    void theVariablesNameTheServicesSettings() throws Exception {
        String edition = Files.readString(Repository.root()
                .resolve("edition-service/src/main/java/io/newsroom/edition/config/EditionConfig.java"));
        assertTrue(edition.contains("prefix = \"edition\""), "EditionConfig prefix");
        assertTrue(edition.contains("Desk desk()"), "edition.desk");
        assertTrue(edition.contains("boolean secureCookies()"), "edition.desk.secure-cookies");
        assertTrue(edition.contains("String renditionBaseUrl()"), "edition.desk.rendition-base-url");
        try (Stream<java.nio.file.Path> files = Files.walk(Repository.root().resolve("service-support/src/main/java"))) {
            assertTrue(files.filter(f -> f.getFileName().toString().equals("StorageConfig.java")).anyMatch(f -> {
                try {
                    String source = Files.readString(f);
                    return source.contains("prefix = \"storage\"") && source.contains("publicEndpoint()");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }), "storage.public-endpoint");
        }
    }

    /**
     * Memory requests cover the services' measured RSS ({@code ./newsroom footprint}, README "Footprint"), and limits
     * stay within three times that, so that neither the scheduler overcommits nor a node is reserved for nothing.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void memoryFollowsTheMeasuredFootprint(Rendering rendering) {
        for (String service : ServiceSettings.SERVICES) {
            var resources = rendering.serviceContainer(service).getResources();
            long request = mib(resources.getRequests().get("memory"));
            long limit = mib(resources.getLimits().get("memory"));
            assertTrue(request >= MEASURED_RSS_MIB, rendering + ": " + service + " memory request " + request
                    + " Mi is below the measured " + MEASURED_RSS_MIB + " Mi");
            assertTrue(limit >= request * 3 / 2, rendering + ": " + service + " memory limit " + limit
                    + " Mi leaves no room above the request " + request + " Mi");
            assertFalse(limit > 3 * MEASURED_RSS_MIB, rendering + ": " + service + " memory limit " + limit
                    + " Mi is over three times the measured " + MEASURED_RSS_MIB + " Mi");
        }
    }

    /** The largest RSS of a service after the demo's work, as {@code ./newsroom footprint} measured it (README). */
    static final long MEASURED_RSS_MIB = 230;

    private static long mib(io.fabric8.kubernetes.api.model.Quantity quantity) {
        return io.fabric8.kubernetes.api.model.Quantity.getAmountInBytes(quantity)
                .divide(java.math.BigDecimal.valueOf(1024 * 1024)).longValue();
    }

    @Test
    void mibReadsKubernetesQuantities() {
        assertEquals(List.of(448L, 1024L, 400L), Stream.of("448Mi", "1Gi", "400Mi")
                .map(io.fabric8.kubernetes.api.model.Quantity::new).map(PublicAddressesTest::mib).toList());
    }
}
