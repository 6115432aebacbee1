package io.newsroom.article.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.newsroom.devstack.testing.JwtKeysResource;
import io.newsroom.devstack.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The paper registry: public reads, the seeded paper of the seed pages, problem+json for unknown codes. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtKeysResource.class, restrictToAnnotatedClass = false)
class PaperResourceTest {

    @Test
    void listsTheSeededPaper() {
        given().get("/api/v1/papers").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("items.code", hasItem("lcrb"));
    }

    @Test
    void readsOnePaperWithItsPageNames() {
        given().get("/api/v1/papers/lcrb").then().statusCode(200)
                .body("code", equalTo("lcrb"))
                .body("name", equalTo("聊城日报"))
                .body("publisher", equalTo("聊城日报社"))
                .body("language", equalTo("zh-CN"))
                .body("page_names.'1'", equalTo("要闻"));
    }

    @Test
    void unknownPaperIsAProblem() {
        given().get("/api/v1/papers/xyz").then().statusCode(404)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("paper"));
        given().get("/api/v1/papers/1X").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("paper"));
    }
}
