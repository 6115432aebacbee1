package io.newsroom.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The strict parser accepts valid resources and rejects what the API server would refuse. */
class StrictResourcesTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: demo
            spec:
              replicas: 2
              selector:
                matchLabels: {app: demo}
              template:
                metadata:
                  labels: {app: demo}
                spec:
                  containers:
                    - name: demo
                      image: demo:1
                      %s
            """;

    @Test
    void parsesValidResourcesIntoTheTypedModel() {
        List<HasMetadata> resources = StrictResources.parse(DEPLOYMENT.formatted("livenessProbe: {tcpSocket: {port: 8080}}")
                + "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {PORT: \"8080\"}\n---\n", "valid");
        assertEquals(2, resources.size());
        Deployment deployment = (Deployment) resources.get(0);
        assertEquals(2, deployment.getSpec().getReplicas());
        assertEquals(8080, deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getLivenessProbe()
                .getTcpSocket().getPort().getIntVal());
    }

    @Test
    void rejectsAMisspeltField() {
        var error = assertThrows(IllegalArgumentException.class, () -> StrictResources.parse(
                DEPLOYMENT.formatted("livenesProbe: {tcpSocket: {port: 8080}}"), "misspelt"));
        assertTrue(error.getMessage().contains("spec.template.spec.containers[0]: unknown field(s) [livenesProbe]"),
                error.getMessage());
    }

    @Test
    void rejectsAMisplacedField() {
        String misplaced = DEPLOYMENT.formatted("").replace("  containers:", "  replicas: 3\n      containers:");
        var error = assertThrows(IllegalArgumentException.class, () -> StrictResources.parse(misplaced, "misplaced"));
        assertTrue(error.getMessage().contains("spec.template.spec: unknown field(s) [replicas]"), error.getMessage());
    }

    @Test
    void rejectsAnUnknownFieldInsideAQuantityMap() {
        String yaml = DEPLOYMENT.formatted("resources: {limits: {cpu: 1}, requets: {cpu: 1}}");
        var error = assertThrows(IllegalArgumentException.class, () -> StrictResources.parse(yaml, "requets"));
        assertTrue(error.getMessage().contains("unknown field(s) [requets]"), error.getMessage());
    }

    @Test
    void rejectsScalarsOfTheWrongType() {
        var number = assertThrows(IllegalArgumentException.class, () -> StrictResources.parse(
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {PORT: 8080}\n", "number"));
        assertTrue(number.getMessage().contains("ConfigMap c"), number.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StrictResources.parse(
                DEPLOYMENT.formatted("").replace("replicas: 2", "replicas: \"2\""), "string"));
    }

    @Test
    void rejectsUnknownKindsAndDuplicateKeys() {
        var kind = assertThrows(IllegalArgumentException.class, () -> StrictResources.parse(
                "apiVersion: autoscaling/v1\nkind: HorizontalPodAutoscaler\nmetadata: {name: h}\n", "kind"));
        assertTrue(kind.getMessage().contains("unexpected apiVersion/kind autoscaling/v1/HorizontalPodAutoscaler"),
                kind.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StrictResources.parse(
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\nmetadata: {name: d}\n", "duplicate"));
    }
}
