package io.newsroom.devstack.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Checks a MicroProfile REST client interface against the OpenAPI document of the service it calls: every operation
 * it calls exists (method and path), its path and query parameters are declared with a compatible type, and the
 * bodies it sends and reads match the document's schemas member by member: JSON type and format, enum values,
 * element types of arrays and maps; a member the server requires must be sent and never {@code null}; a member the
 * document allows to be {@code null} must not be read into a primitive; a member the client sends or reads must
 * be one the server knows.
 *
 * <p>The documents travel as build artifacts: each service attaches the document SmallRye OpenAPI stores at build
 * time as {@code <service>-<version>-openapi.jar} ({@code openapi/<service>.json}); a consuming module depends on it
 * with test scope and this class reads it from the class path ({@link #of(String)}).
 */
public final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String service;
    private final JsonNode doc;

    private OpenApiContract(String service, JsonNode doc) {
        this.service = service;
        this.doc = doc;
    }

    /**
     * @param service the producing module, e.g. {@code article-service}
     * @return its document, read from {@code openapi/<service>.json} on the class path
     * @throws IllegalStateException when the test class path has no such document (the dependency is missing)
     */
    public static OpenApiContract of(String service) {
        String resource = "openapi/" + service + ".json";
        try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path: add the test dependency "
                        + "io.newsroom:" + service + ":jar:openapi (the document " + service + "'s build attaches)");
            }
            return new OpenApiContract(service, JSON.readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    /**
     * @param service a name for messages
     * @param doc     an OpenAPI document
     * @return the contract of that document
     */
    public static OpenApiContract of(String service, JsonNode doc) {
        return new OpenApiContract(service, doc);
    }

    /**
     * @param client a REST client interface ({@code @Path} on the type, one HTTP method annotation per call)
     * @param json   the client's object mapper (how it writes enums and members)
     * @return one line per difference, empty when the client matches the document
     */
    public List<String> mismatches(Class<?> client, ObjectMapper json) {
        List<String> problems = new ArrayList<>();
        Path basePath = client.getAnnotation(Path.class);
        String base = basePath == null ? "" : basePath.value();
        for (Method method : client.getDeclaredMethods()) {
            String verb = verb(method);
            if (verb == null) {
                continue;
            }
            Path sub = method.getAnnotation(Path.class);
            String path = join(base, sub == null ? "" : sub.value());
            String where = service + " " + verb.toUpperCase(Locale.ROOT) + " " + path;
            JsonNode operation = operation(path, verb);
            if (operation == null) {
                problems.add(where + ": no such operation");
                continue;
            }
            Checker checker = new Checker(json, problems);
            for (Parameter parameter : method.getParameters()) {
                PathParam pathParam = parameter.getAnnotation(PathParam.class);
                QueryParam queryParam = parameter.getAnnotation(QueryParam.class);
                if (pathParam != null) {
                    checker.parameter(operation, "path", pathParam.value(), parameter.getParameterizedType(), where);
                } else if (queryParam != null) {
                    checker.parameter(operation, "query", queryParam.value(), parameter.getParameterizedType(), where);
                } else if (!parameter.isAnnotationPresent(HeaderParam.class)) {
                    JsonNode body = jsonContent(operation.path("requestBody").path("content"));
                    if (body.isMissingNode()) {
                        problems.add(where + ": the client sends a body the operation does not take");
                    } else {
                        checker.compare(body, parameter.getParameterizedType(), Map.of(), where + " request", true);
                    }
                }
            }
            Type returned = method.getGenericReturnType();
            if (returned != void.class && !"jakarta.ws.rs.core.Response".equals(returned.getTypeName())) {
                JsonNode body = success(operation);
                if (body.isMissingNode()) {
                    problems.add(where + ": the operation documents no JSON answer");
                } else {
                    checker.compare(body, returned, Map.of(), where + " response", false);
                }
            }
        }
        return problems;
    }

    /** Compares Java types with schemas of one operation; {@code seen} stops at recursive types. */
    private final class Checker {
        private final ObjectMapper json;
        private final List<String> problems;
        private final Set<String> seen = new HashSet<>();

        Checker(ObjectMapper json, List<String> problems) {
            this.json = json;
            this.problems = problems;
        }

        void parameter(JsonNode operation, String in, String name, Type type, String where) {
            for (JsonNode p : operation.path("parameters")) {
                if (name.equals(p.path("name").asText()) && in.equals(p.path("in").asText())) {
                    JsonNode schema = resolve(p.path("schema"));
                    String expected = jsonType(raw(type, Map.of()));
                    if (schema.has("type") && expected != null && !types(schema).contains(expected)) {
                        problems.add(where + " " + in + " parameter " + name + ": the document says "
                                + schema.get("type") + ", the client sends " + expected);
                    }
                    return;
                }
            }
            problems.add(where + ": no " + in + " parameter \"" + name + "\"");
        }

        void compare(JsonNode schema, Type type, Map<TypeVariable<?>, Type> bindings, String where, boolean request) {
            JsonNode resolved = resolve(schema);
            Class<?> raw = raw(type, bindings);
            if (raw == Object.class || JsonNode.class.isAssignableFrom(raw)) {
                return;
            }
            if (!raw.isEnum() && customSerializer(raw)) {
                return; // written by a serializer of its own: the client's Java type does not say its JSON shape
            }
            String expected = jsonType(raw);
            Set<String> documented = types(resolved);
            if (!documented.isEmpty() && !documented.contains(expected)) {
                problems.add(where + ": the document says " + documented + ", the client has " + expected + " ("
                        + raw.getSimpleName() + ")");
                return;
            }
            String format = format(raw);
            if (format != null && resolved.has("format") && !format.equals(resolved.get("format").asText())) {
                problems.add(where + ": the document says format " + resolved.get("format").asText()
                        + ", the client has " + format);
            }
            if (raw.isEnum()) {
                enumValues(resolved, raw, where);
            } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
                Type element = raw.isArray() ? raw.getComponentType() : argument(type, 0, bindings);
                compare(resolved.path("items"), element, bindings, where + "[]", request);
            } else if (Map.class.isAssignableFrom(raw)) {
                JsonNode values = resolved.path("additionalProperties");
                if (values.isObject()) {
                    compare(values, argument(type, 1, bindings), bindings, where + "{}", request);
                }
            } else if (raw.isRecord()) {
                if (seen.add(raw.getName() + "@" + request)) {
                    record(resolved, raw, type, bindings, where, request);
                }
            }
        }

        private void record(JsonNode schema, Class<?> raw, Type type, Map<TypeVariable<?>, Type> outer, String where,
                boolean request) {
            Map<TypeVariable<?>, Type> bindings = new HashMap<>(outer);
            if (type instanceof ParameterizedType p) {
                TypeVariable<?>[] variables = raw.getTypeParameters();
                for (int i = 0; i < variables.length; i++) {
                    bindings.put(variables[i], p.getActualTypeArguments()[i]);
                }
            }
            JsonNode properties = schema.path("properties");
            Set<String> members = new LinkedHashSet<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                String member = snake(component.getName());
                members.add(member);
                String at = where + "." + member;
                if (!properties.has(member)) {
                    problems.add(at + ": the document has no such member (" + raw.getSimpleName() + ")");
                    continue;
                }
                JsonNode property = resolve(properties.get(member));
                if (component.getType().isPrimitive() && nullable(properties.get(member), property)) {
                    problems.add(at + ": the document allows null, the client reads a primitive");
                }
                boolean required = contains(schema.path("required"), member);
                if (request && required && !component.getType().isPrimitive() && !neverNull(component)) {
                    problems.add(at + ": required by the document, but the client may send null");
                }
                compare(properties.get(member), component.getGenericType(), bindings, at, request);
            }
            for (JsonNode required : schema.path("required")) {
                if (!members.contains(required.asText())) {
                    problems.add(where + "." + required.asText() + ": required by the document, but the client "
                            + (request ? "never sends it" : "does not read it") + " (" + raw.getSimpleName() + ")");
                }
            }
        }

        /** Whether the client's mapper has a serializer of its own for a record or enum type (a module's). */
        private boolean customSerializer(Class<?> raw) {
            if (!raw.isRecord() && !raw.isEnum()) {
                return false;
            }
            try {
                Object serializer = json.getSerializerProviderInstance().findValueSerializer(raw);
                return !(serializer instanceof com.fasterxml.jackson.databind.ser.std.BeanSerializerBase
                        || serializer instanceof com.fasterxml.jackson.databind.ser.std.EnumSerializer);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Whether the record's validation forbids {@code null} ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}). */
        private static boolean neverNull(RecordComponent component) {
            for (var annotated : List.of(component, component.getAccessor())) {
                if (annotated.isAnnotationPresent(NotNull.class) || annotated.isAnnotationPresent(NotBlank.class)
                        || annotated.isAnnotationPresent(NotEmpty.class)) {
                    return true;
                }
            }
            return false;
        }

        private void enumValues(JsonNode schema, Class<?> raw, String where) {
            if (!schema.has("enum")) {
                return;
            }
            Set<String> documented = new LinkedHashSet<>();
            schema.get("enum").forEach(v -> documented.add(v.asText()));
            Set<String> sent = new LinkedHashSet<>();
            for (Object constant : raw.getEnumConstants()) {
                try {
                    sent.add(json.readTree(json.writeValueAsString(constant)).asText());
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (!documented.equals(sent)) {
                problems.add(where + ": the document's values are " + documented + ", the client's " + sent);
            }
        }
    }

    /** The operation whose path equals {@code path} up to the names of its template parameters. */
    private JsonNode operation(String path, String verb) {
        String wanted = path.replaceAll("\\{[^}]+}", "{}");
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().replaceAll("\\{[^}]+}", "{}").equals(wanted) && entry.getValue().has(verb)) {
                return entry.getValue().get(verb);
            }
        }
        return null;
    }

    /** The JSON schema of the first 2xx answer, or a missing node. */
    private static JsonNode success(JsonNode operation) {
        for (Iterator<Map.Entry<String, JsonNode>> it = operation.path("responses").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().startsWith("2")) {
                return jsonContent(entry.getValue().path("content"));
            }
        }
        return JSON.missingNode();
    }

    /** The schema of the first JSON media type ({@code application/json}, {@code …+json}). */
    private static JsonNode jsonContent(JsonNode content) {
        for (Iterator<Map.Entry<String, JsonNode>> it = content.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().equals("application/json") || entry.getKey().endsWith("+json")) {
                return entry.getValue().path("schema");
            }
        }
        return JSON.missingNode();
    }

    /** Follows {@code $ref}; picks the typed branch of {@code allOf}, {@code anyOf} or {@code oneOf}. */
    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replaceFirst("^#/components/schemas/", "");
            return resolve(doc.path("components").path("schemas").path(name));
        }
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode branch : schema.path(combinator)) {
                JsonNode resolved = resolve(branch);
                if (resolved.has("type") && !"null".equals(resolved.get("type").asText())) {
                    return resolved;
                }
            }
        }
        return schema;
    }

    /** Whether a property may be {@code null}: {@code nullable: true} (3.0), a "null" type or branch (3.1). */
    private boolean nullable(JsonNode property, JsonNode resolved) {
        if (resolved.path("nullable").asBoolean(false) || types(resolved).contains("null")) {
            return true;
        }
        for (String combinator : List.of("anyOf", "oneOf")) {
            for (JsonNode branch : property.path(combinator)) {
                if ("null".equals(resolve(branch).path("type").asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        return types;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode v : array) {
            if (value.equals(v.asText())) {
                return true;
            }
        }
        return false;
    }

    private static String jsonType(Class<?> raw) {
        if (raw == String.class || raw == UUID.class || raw == LocalDate.class || raw == Instant.class
                || raw == OffsetDateTime.class || raw.isEnum() || raw == char.class || raw == Character.class) {
            return "string";
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class || raw == short.class
                || raw == Short.class) {
            return "integer";
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
                || raw == BigDecimal.class) {
            return "number";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "boolean";
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            return "array";
        }
        return "object";
    }

    private static String format(Class<?> raw) {
        if (raw == UUID.class) {
            return "uuid";
        }
        if (raw == LocalDate.class) {
            return "date";
        }
        return raw == Instant.class || raw == OffsetDateTime.class ? "date-time" : null;
    }

    private static Class<?> raw(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof TypeVariable<?> v && bindings.containsKey(v)) {
            return raw(bindings.get(v), bindings);
        }
        return Object.class;
    }

    private static Type argument(Type type, int index, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof ParameterizedType p) {
            Type argument = p.getActualTypeArguments()[index];
            return argument instanceof TypeVariable<?> v && bindings.containsKey(v) ? bindings.get(v) : argument;
        }
        return Object.class;
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
        if (method.isAnnotationPresent(DELETE.class)) {
            return "delete";
        }
        return method.isAnnotationPresent(POST.class) ? "post" : null;
    }

    private static String join(String base, String sub) {
        String path = (base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
