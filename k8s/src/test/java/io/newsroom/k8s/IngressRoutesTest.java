package io.newsroom.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public path of each service reaches that service, and only it, through the Ingress of every rendering
 * (README "Kubernetes", routes): the paths are read from the services' sources (the JAX-RS {@code @Path}s of their
 * resources, the static files of {@code META-INF/resources}), so that a new resource under a prefix that another
 * service owns, or one no route covers, fails here. Health, metrics and OpenAPI ({@code /q/...}) are reachable through
 * no rendering: they are for the kubelet, Prometheus and {@code kubectl port-forward}.
 */
class IngressRoutesTest {

    /** Paths that must not be routed by any rendering: Quarkus' management endpoints, and nothing at the root. */
    static final List<String> NOT_PUBLIC = List.of("/q/health", "/q/health/ready", "/q/health/live", "/q/metrics",
            "/q/openapi", "/q/swagger-ui", "/q/swagger-ui/index.html", "/", "/desktop", "/api/v2/articles",
            "/editionsx");

    private static final Pattern PATH = Pattern.compile("^(\\s*)@Path\\(\"([^\"]*)\"\\)", Pattern.MULTILINE);
    private static final Pattern TEMPLATE = Pattern.compile("\\{[^}]*}");

    static Stream<Rendering> renderings() {
        return Rendering.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void everyPublicPathOfEachServiceReachesThatService(Rendering rendering) {
        Ingress ingress = rendering.named(Ingress.class, "newsroom");
        List<String> problems = new ArrayList<>();
        publicPaths().forEach((path, service) -> {
            String backend = backend(ingress, path);
            if (!service.equals(backend)) {
                problems.add(path + " (" + service + ") → " + (backend == null ? "no route" : backend));
            }
        });
        assertTrue(problems.isEmpty(), rendering + ":\n" + String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void healthMetricsAndOpenApiAreNotPublic(Rendering rendering) {
        Ingress ingress = rendering.named(Ingress.class, "newsroom");
        for (String path : NOT_PUBLIC) {
            assertNull(backend(ingress, path), rendering + ": " + path + " is routed");
        }
    }

    /** No route is dead: each one leads to at least one public path of its service. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void everyRouteServesAPathOfItsService(Rendering rendering) {
        Map<String, String> paths = publicPaths();
        for (HTTPIngressPath route : routes(rendering.named(Ingress.class, "newsroom"))) {
            String service = route.getBackend().getService().getName();
            assertTrue(paths.entrySet().stream().anyMatch(p -> p.getValue().equals(service)
                            && matches(route, p.getKey())),
                    rendering + ": route " + route.getPath() + " → " + service + " serves none of its paths");
        }
    }

    /** The paths the test relies on were found: the desk, its static files, each service's API. */
    @Test
    void thePublicPathsAreReadFromTheSources() {
        Map<String, String> paths = publicPaths();
        assertEquals("edition-service", paths.get("/desk/desk.css"), "the desk's style sheet");
        assertEquals("edition-service", paths.get("/desk/desk.js"), "the desk's script");
        assertEquals("edition-service", paths.get("/desk/sign-in"));
        assertEquals("edition-service", paths.get("/desk/upload/page"));
        assertEquals("edition-service", paths.get("/api/v1/workflow/editions/x1/x1/pages/x1"));
        assertEquals("render-service", paths.get("/api/v1/renditions/x1/x1"));
        assertEquals("render-service", paths.get("/editions/x1/x1/x1"));
        assertEquals("article-service", paths.get("/api/v1/articles/x1"));
        assertEquals("article-service", paths.get("/api/v1/papers"));
        assertEquals("article-service", paths.get("/api/v1/desk/articles/x1/revisions"));
        assertEquals(new TreeSet<>(ServiceSettings.SERVICES), new TreeSet<>(paths.values()));
    }

    /** The matching itself follows the Ingress API: element-wise prefixes, the longest wins, Exact before Prefix. */
    @Test
    void prefixesMatchWholePathElements() {
        var ingress = new io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder()
                .withNewMetadata().withName("t").endMetadata()
                .withNewSpec().addNewRule().withNewHttp()
                .addToPaths(route("/api/v1", "Prefix", "a"), route("/api/v1/workflow", "Prefix", "e"),
                        route("/api/v1/workflow/x", "Exact", "x"), route("/desk/", "Prefix", "d"))
                .endHttp().endRule().endSpec().build();
        assertEquals("a", backend(ingress, "/api/v1"));
        assertEquals("a", backend(ingress, "/api/v1/workflowz"));
        assertEquals("e", backend(ingress, "/api/v1/workflow/editions"));
        assertEquals("x", backend(ingress, "/api/v1/workflow/x"));
        assertEquals("e", backend(ingress, "/api/v1/workflow/x/y"));
        assertEquals("d", backend(ingress, "/desk"));
        assertEquals("d", backend(ingress, "/desk/desk.css"));
        assertNull(backend(ingress, "/api"));
        assertFalse(matches(route("/desk", "Prefix", "d"), "/desktop"));
    }

    /**
     * @return each public path of each service (templates such as {@code {id}} replaced by {@code x1}), with the
     *         service
     */
    static Map<String, String> publicPaths() {
        Map<String, String> paths = new TreeMap<>();
        for (String service : ServiceSettings.SERVICES) {
            Path module = Repository.root().resolve(service);
            try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    if (source.contains("@RegisterRestClient")) {
                        continue; // a client of another service, not one of this service's paths
                    }
                    String root = null;
                    Matcher m = PATH.matcher(source);
                    while (m.find()) {
                        String path = TEMPLATE.matcher(m.group(2)).replaceAll("x1");
                        if (m.group(1).isEmpty()) {
                            root = path;
                            paths.put(root, service);
                        } else if (root != null) {
                            paths.put(root.replaceAll("/$", "") + "/" + path.replaceAll("^/", ""), service);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path statics = module.resolve("src/main/resources/META-INF/resources");
            if (Files.isDirectory(statics)) {
                try (Stream<Path> files = Files.walk(statics)) {
                    files.filter(Files::isRegularFile).forEach(f -> paths.put(
                            "/" + statics.relativize(f).toString().replace('\\', '/'), service));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return paths;
    }

    /**
     * @return the Service an Ingress sends a request path to, as the Ingress API defines it (the longest matching
     *         path; Exact before Prefix at the same length), or null when no rule matches
     */
    static String backend(Ingress ingress, String requestPath) {
        return routes(ingress).stream()
                .filter(route -> matches(route, requestPath))
                .max(Comparator.<HTTPIngressPath>comparingInt(r -> r.getPath().replaceAll("/$", "").length())
                        .thenComparing(r -> "Exact".equals(r.getPathType())))
                .map(r -> r.getBackend().getService().getName())
                .orElse(null);
    }

    static boolean matches(HTTPIngressPath route, String requestPath) {
        String path = route.getPath();
        if ("Exact".equals(route.getPathType())) {
            return path.equals(requestPath);
        }
        if (!"Prefix".equals(route.getPathType())) {
            throw new IllegalArgumentException("pathType " + route.getPathType() + " has controller-specific "
                    + "semantics; use Prefix or Exact: " + path);
        }
        String prefix = path.replaceAll("/+$", "");
        return prefix.isEmpty() || requestPath.equals(prefix) || requestPath.startsWith(prefix + "/");
    }

    private static List<HTTPIngressPath> routes(Ingress ingress) {
        return ingress.getSpec().getRules().stream().flatMap(rule -> rule.getHttp().getPaths().stream()).toList();
    }

    private static HTTPIngressPath route(String path, String type, String service) {
        return new io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPathBuilder()
                .withPath(path).withPathType(type).withNewBackend().withNewService().withName(service)
                .withNewPort().withName("http").endPort().endService().endBackend().build();
    }
}
