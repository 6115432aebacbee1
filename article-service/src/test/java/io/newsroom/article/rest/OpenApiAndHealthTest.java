package io.newsroom.article.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsroom.devstack.testing.JwtKeysResource;
import io.newsroom.devstack.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtKeysResource.class, restrictToAnnotatedClass = false)
class OpenApiAndHealthTest {

    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void everyReadmeOperationIsDescribedWithProblemResponses() {
        JsonPath doc = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, List<String>> operations = Map.ofEntries(
                Map.entry("/api/v1/desk/editions/{paper}/{date}/pages/{page}", List.of("put")),
                Map.entry("/api/v1/desk/editions/{paper}/{date}/articles", List.of("get")),
                Map.entry("/api/v1/desk/editions/{paper}/{date}/publish", List.of("post")),
                Map.entry("/api/v1/desk/editions/{paper}/{date}/unpublish", List.of("post")),
                Map.entry("/api/v1/desk/articles/{id}", List.of("get", "patch")),
                Map.entry("/api/v1/desk/articles/{id}/paragraphs", List.of("put")),
                Map.entry("/api/v1/desk/articles/{id}/photos", List.of("put")),
                Map.entry("/api/v1/desk/articles/{id}/withdraw", List.of("post")),
                Map.entry("/api/v1/desk/articles/{id}/revisions", List.of("get")),
                Map.entry("/api/v1/desk/articles/{id}/revisions/{n}", List.of("get")),
                Map.entry("/api/v1/desk/articles/{id}/merge", List.of("post")),
                Map.entry("/api/v1/desk/articles/{id}/split", List.of("post")),
                Map.entry("/api/v1/desk/articles/{id}/move", List.of("post")),
                Map.entry("/api/v1/desk/search", List.of("get")));
        operations.forEach((path, methods) -> methods.forEach(method -> {
            String op = "paths.'" + path + "'." + method;
            assertTrue(doc.getString(op + ".summary") != null, op + " has a summary");
            assertTrue(doc.getMap(op + ".responses.'401'.content.'application/problem+json'") != null,
                    op + " documents 401 as problem+json");
        }));
        for (String path : List.of("/api/v1/editions", "/api/v1/editions/{paper}/{date}/articles",
                "/api/v1/articles/{id}", "/api/v1/search", "/api/v1/articles", "/api/v1/changes", "/api/v1/papers",
                "/api/v1/papers/{paper}")) {
            assertTrue(doc.getString("paths.'" + path + "'.get.summary") != null, path);
        }
        given().accept("application/json").get("/q/openapi").then()
                .body("components.schemas.Problem.properties.errors", notNullValue())
                .body("paths.'/api/v1/articles'.get.operationId", equalTo("listArticles"))
                .body("paths.'/api/v1/articles'.get.responses.'400'.content.'application/problem+json'", notNullValue())
                .body("paths.'/api/v1/changes'.get.operationId", equalTo("listArticleChanges"))
                .body("paths.'/api/v1/changes'.get.responses.'400'.content.'application/problem+json'", notNullValue())
                .body("paths.'/api/v1/articles/{id}'.get.responses.'200'.content.'application/ninjs+json'",
                        notNullValue());
    }
}
