package io.newsroom.edition.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsroom.edition.mapping.EditionMapper;
import io.newsroom.segmenter.Flag;
import io.newsroom.segmenter.ItemType;
import io.newsroom.segmenter.LineRange;
import io.newsroom.segmenter.Photo;
import io.newsroom.segmenter.SegmentedItem;
import io.newsroom.segmenter.json.SegmentJsonModule;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Keeps the REST clients true to the other services: every path and method {@link ArticleRestClient},
 * {@link DeskArticleRestClient} and {@link RenditionRestClient} call must exist in the OpenAPI document the service stores at build time
 * ({@code <module>/target/openapi/openapi.json}), and every member of the records they send and read must be a
 * property of the matching schema (and every property the request schema requires must be sent).
 *
 * <p>Member names are compared exactly, in snake_case as on the wire: every service documents its schemas with
 * SmallRye OpenAPI's snake_case naming strategy. The reactor builds article-service and render-service before edition-service, so
 * the documents exist in a full build; the system property {@code contracts.root} (default {@code ..}) points
 * elsewhere.
 */
class OpenApiContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Types whose JSON is not an object of their record components (custom serializers). */
    private static final Set<Class<?>> NOT_OBJECTS = Set.of(LineRange.class);

    @Test
    void articleClientMatchesArticleServiceDocument() {
        assertMatches(ArticleRestClient.class, document("article-service"));
    }

    /**
     * The page upsert sends items as JSON ({@link EditionMapper#articleItems}), so their members are checked on an
     * item with every field set, as written: each must be a property of article-service's item schema.
     */
    @Test
    void pageItemsAsSentMatchArticleServiceDocument() {
        JsonNode doc = document("article-service");
        JsonNode upsert = operation(doc, "/api/v1/desk/editions/{paper}/{date}/pages/{page}", "put");
        JsonNode request = resolve(doc, upsert.path("requestBody").path("content").path("application/json")
                .path("schema"));
        JsonNode schema = resolve(doc, resolve(doc, request.path("properties").path("items")).path("items"));
        SegmentedItem item = new SegmentedItem(ItemType.ARTICLE, "两会新观察 ③", "引题", "主标题", "——副题",
                "本报记者 林晨", "本报讯（记者 林晨）", List.of("正文。"), List.of("小标题"), 8, 1,
                List.of(new Photo("说明", "本报记者 田柏林")), List.of(Flag.BYLINE_UNCERTAIN), 0.85,
                List.of(new LineRange(1, 3)));
        ObjectNode sent = EditionMapper.articleItems(SegmentJsonModule.mapper(), List.of(item)).get(0);

        List<String> problems = new ArrayList<>();
        sent.fieldNames().forEachRemaining(member -> {
            if (!schema.path("properties").has(member)) {
                problems.add("no member \"" + member + "\"");
            }
        });
        schema.path("required").forEach(required -> {
            if (!sent.has(required.asText())) {
                problems.add("required member \"" + required.asText() + "\" is not sent");
            }
        });
        assertTrue(problems.isEmpty(), "page items do not match article-service's item schema: " + problems);
    }

    @Test
    void deskArticleClientMatchesArticleServiceDocument() {
        assertMatches(DeskArticleRestClient.class, document("article-service"));
    }

    @Test
    void renditionClientMatchesRenderServiceDocument() {
        assertMatches(RenditionRestClient.class, document("render-service"));
    }

    @Test
    void reportsMissingMembersAndOperations() {
        JsonNode doc = JSON.valueToTree(Map.of("paths", Map.of("/api/v1/renditions/{paper}/{date}", Map.of("post",
                Map.of("responses", Map.of("200", Map.of("content", Map.of("application/json", Map.of("schema",
                                Map.of("type", "object", "properties", Map.of("paper", Map.of())))))),
                        "requestBody", Map.of("content", Map.of("application/json", Map.of("schema",
                                Map.of("type", "object", "required", List.of("paper_name", "format"),
                                        "properties", Map.of("paperName", Map.of(), "publisher", Map.of(),
                                                "format", Map.of()))))))))));

        List<String> problems = mismatches(RenditionRestClient.class, doc);

        assertTrue(problems.contains("POST /api/v1/renditions/{paper}/{date} response: no member \"date\""),
                problems.toString());
        assertTrue(problems.contains("POST /api/v1/renditions/{paper}/{date} request: required member \"format\""
                + " is not sent"), problems.toString());
        assertEquals(List.of("POST /api/v1/desk/editions/{paper}/{date}/publish: no such operation",
                "POST /api/v1/desk/editions/{paper}/{date}/unpublish: no such operation",
                "PUT /api/v1/desk/editions/{paper}/{date}/pages/{page}: no such operation"),
                mismatches(ArticleRestClient.class, doc).stream().sorted().toList());
    }

    private static void assertMatches(Class<?> client, JsonNode doc) {
        List<String> problems = mismatches(client, doc);
        assertTrue(problems.isEmpty(), client.getSimpleName() + " does not match the service's OpenAPI document:\n  "
                + String.join("\n  ", problems));
    }

    private static JsonNode document(String module) {
        java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("contracts.root", ".."), module, "target",
                "openapi", "openapi.json");
        if (!Files.isRegularFile(file)) {
            fail(module + "'s OpenAPI document is missing at " + file.toAbsolutePath().normalize() + ". Build " + module
                    + " first (mvn -pl " + module + " package -DskipTests, or the whole reactor): its build stores the"
                    + " document there (quarkus.smallrye-openapi.store-schema-directory=target/openapi).");
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    /** @return one line per path, method or member of the client that the document lacks */
    static List<String> mismatches(Class<?> client, JsonNode doc) {
        List<String> problems = new ArrayList<>();
        String base = client.getAnnotation(Path.class).value();
        for (Method method : client.getDeclaredMethods()) {
            String verb = verb(method);
            if (verb == null) {
                continue;
            }
            Path sub = method.getAnnotation(Path.class);
            String path = base + (sub == null ? "" : sub.value());
            String where = verb.toUpperCase(Locale.ROOT) + " " + path;
            JsonNode operation = operation(doc, path, verb);
            if (operation == null) {
                problems.add(where + ": no such operation");
                continue;
            }
            for (Parameter parameter : method.getParameters()) {
                if (parameter.isAnnotationPresent(PathParam.class) || parameter.isAnnotationPresent(HeaderParam.class)) {
                    continue;
                }
                JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
                compare(doc, schema, parameter.getParameterizedType(), where + " request", true, problems);
            }
            compare(doc, response(operation), method.getGenericReturnType(), where + " response", false, problems);
        }
        return problems;
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "get";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "put";
        }
        if (method.isAnnotationPresent(PATCH.class)) {
            return "patch";
        }
        return method.isAnnotationPresent(POST.class) ? "post" : null;
    }

    /** The operation whose path equals {@code path} up to the names of its template parameters. */
    private static JsonNode operation(JsonNode doc, String path, String verb) {
        String wanted = path.replaceAll("\\{[^}]+}", "{}");
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().replaceAll("\\{[^}]+}", "{}").equals(wanted) && entry.getValue().has(verb)) {
                return entry.getValue().get(verb);
            }
        }
        return null;
    }

    /** The JSON schema of the first 2xx response. */
    private static JsonNode response(JsonNode operation) {
        for (Iterator<Map.Entry<String, JsonNode>> it = operation.path("responses").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().startsWith("2")) {
                return entry.getValue().path("content").path("application/json").path("schema");
            }
        }
        return JSON.missingNode();
    }

    private static void compare(JsonNode doc, JsonNode schema, Type type, String where, boolean request,
            List<String> problems) {
        JsonNode resolved = resolve(doc, schema);
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (List.class.isAssignableFrom(raw)) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            compare(doc, resolved.path("items"), element, where + "[]", request, problems);
            return;
        }
        if (!raw.isRecord() || NOT_OBJECTS.contains(raw)) {
            return;
        }
        JsonNode properties = resolved.path("properties");
        if (properties.isMissingNode()) {
            problems.add(where + ": no object schema for " + raw.getSimpleName());
            return;
        }
        List<String> sent = new ArrayList<>();
        for (RecordComponent component : raw.getRecordComponents()) {
            String member = snake(component.getName());
            sent.add(member);
            if (!properties.has(member)) {
                problems.add(where + ": no member \"" + member + "\"");
            } else {
                compare(doc, properties.get(member), component.getGenericType(), where + "." + member, request,
                        problems);
            }
        }
        if (request) {
            for (JsonNode required : resolved.path("required")) {
                if (!sent.contains(required.asText())) {
                    problems.add(where + ": required member \"" + required.asText() + "\" is not sent");
                }
            }
        }
    }

    /** Follows {@code $ref}; picks the object or array branch of {@code allOf}, {@code anyOf} or {@code oneOf}. */
    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replaceFirst("^#/components/schemas/", "");
            return resolve(doc, doc.path("components").path("schemas").path(name));
        }
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode branch : schema.path(combinator)) {
                JsonNode resolved = resolve(doc, branch);
                if (resolved.has("properties") || resolved.has("items")) {
                    return resolved;
                }
            }
        }
        return schema;
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
