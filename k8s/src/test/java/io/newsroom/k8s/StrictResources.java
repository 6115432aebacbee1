package io.newsroom.k8s;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Parses rendered Kubernetes YAML strictly into the typed fabric8 model, so that a misspelt or
 * misplaced field fails instead of being ignored.
 *
 * <p>fabric8 models keep unknown fields in {@code additionalProperties} rather than failing; this
 * parser walks every parsed object and rejects any non-empty {@code additionalProperties}. It also
 * rejects resource kinds outside {@link #TYPES}, duplicate keys, and scalar coercions the API
 * server refuses (a number where a string is expected, {@code "true"} for a boolean, ...).
 */
final class StrictResources {

    /** The {@code apiVersion/kind} pairs a rendering may contain, with their model types. */
    static final Map<String, Class<? extends HasMetadata>> TYPES = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("apps/v1/StatefulSet", StatefulSet.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("batch/v1/Job", Job.class),
            Map.entry("batch/v1/CronJob", CronJob.class),
            Map.entry("monitoring.coreos.com/v1/PrometheusRule", PrometheusRule.class));

    private static final ObjectMapper MAPPER = strictMapper();

    private StrictResources() {
    }

    /**
     * Parses a multi-document YAML stream of Kubernetes resources.
     *
     * @param yaml   the rendered manifests ({@code ---}-separated; empty documents are skipped)
     * @param source a name for messages, e.g. {@code kustomize overlays/dev}
     * @return the resources, in document order
     * @throws IllegalArgumentException naming the source, resource and field path of the first
     *                                  problems: unknown kind, unknown field, wrong scalar type
     */
    static List<HasMetadata> parse(String yaml, String source) {
        List<HasMetadata> resources = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = MAPPER.readerFor(JsonNode.class).readValues(yaml)) {
            while (documents.hasNextValue()) {
                JsonNode document = documents.nextValue();
                if (document == null || document.isNull() || document.isEmpty()) {
                    continue;
                }
                String type = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
                String name = type + " " + document.path("metadata").path("name").asText("<no name>");
                Class<? extends HasMetadata> modelType = TYPES.get(type);
                if (modelType == null) {
                    problems.add(name + ": unexpected apiVersion/kind " + type);
                    continue;
                }
                try {
                    HasMetadata resource = MAPPER.treeToValue(document, modelType);
                    rejectUnknownFields(resource, name, problems);
                    resources.add(resource);
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    problems.add(name + ": " + e.getMessage().lines().findFirst().orElse(""));
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": not a valid YAML stream: " + e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(source + ": " + String.join("; ", problems));
        }
        return resources;
    }

    /**
     * Walks a parsed model object and records every non-empty {@code additionalProperties}
     * (unknown fields) with its path.
     */
    private static void rejectUnknownFields(Object value, String path, List<String> problems) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> rejectUnknownFields(child, path + "." + key, problems));
        } else if (value instanceof Collection<?> list) {
            int index = 0;
            for (Object child : list) {
                rejectUnknownFields(child, path + "[" + index++ + "]", problems);
            }
        } else if (value != null && (value.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")
                || value.getClass().getPackageName().startsWith("io.fabric8.openshift.api.model"))) {
            for (Method getter : value.getClass().getMethods()) {
                if (getter.getParameterCount() != 0) {
                    continue;
                }
                if (getter.getName().equals("getAdditionalProperties")) {
                    if (invoke(getter, value) instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                        problems.add(path + ": unknown field(s) " + unknown.keySet());
                    }
                } else if (getter.isAnnotationPresent(JsonProperty.class)) {
                    String field = getter.getAnnotation(JsonProperty.class).value();
                    rejectUnknownFields(invoke(getter, value), path + "." + field, problems);
                }
            }
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + getter, e);
        }
    }

    private static ObjectMapper strictMapper() {
        YAMLMapper mapper = new YAMLMapper(new YAMLFactory());
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        // the API server accepts no scalar of another JSON type: "8081" is not an int, 8081 not a string
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        return mapper;
    }
}
