package io.newsroom.article.rest;

import static io.newsroom.article.rest.Fixtures.MERGE_PATCH;
import static io.newsroom.article.rest.Fixtures.editor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.newsroom.devstack.testing.JwtKeysResource;
import io.newsroom.devstack.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtKeysResource.class, restrictToAnnotatedClass = false)
class ValidationTest {

    private static ValidatableResponse put(String paper, String date, String page, Object body) {
        return editor().contentType(ContentType.JSON).body(body)
                .put("/api/v1/desk/editions/{paper}/{date}/pages/{page}", paper, date, page).then();
    }

    private static Map<String, Object> validPage() {
        return Fixtures.page("要闻", "valid", List.of(Fixtures.article("甲")));
    }

    private static void problem(ValidatableResponse r, String field) {
        r.statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field))
                .body("detail", containsString(field));
    }

    @Test
    void impossibleDateIsRefusedNamingDate() {
        problem(put("lcrb", "2025-02-30", "1", validPage()), "date");
        problem(put("lcrb", "26.03.2025", "1", validPage()), "date");
    }

    @Test
    void badPageNumberAndPaperAreRefused() {
        problem(put("lcrb", "2025-03-26", "0", validPage()), "page");
        problem(put("lcrb", "2025-03-26", "100", validPage()), "page");
        problem(put("lcrb", "2025-03-26", "abc", validPage()), "page");
        problem(put("LCRB!", "2025-03-26", "1", validPage()), "paper");
    }

    @Test
    void unknownFieldIsRefusedNamingIt() {
        Map<String, Object> body = new HashMap<>(validPage());
        body.put("colour", "red");
        problem(put("lcrb", Fixtures.freshDate(), "1", body), "colour");

        Map<String, Object> item = Fixtures.article("甲");
        item.put("weight", 3);
        problem(put("lcrb", Fixtures.freshDate(), "1", Fixtures.page("要闻", "u", List.of(item))), "items[0].weight");
    }

    @Test
    void tooLongHeadlineIsRefusedInUpsertAndPatch() {
        String date = Fixtures.freshDate();
        problem(put("lcrb", date, "1", Fixtures.page("要闻", "long", List.of(Fixtures.article("长".repeat(201))))),
                "items[0].headline");
        editor().get("/api/v1/desk/editions/lcrb/{date}/articles", date).then().body("items.size()", equalTo(0));

        String id = Fixtures.seed("lcrb", date, 2, 1).get(0);
        String tag = Fixtures.etag(id);
        problem(editor().contentType(MERGE_PATCH).header("If-Match", tag)
                .body(Map.of("headline", "长".repeat(201))).patch("/api/v1/desk/articles/{id}", id).then(), "headline");
        problem(editor().contentType(MERGE_PATCH).header("If-Match", tag)
                .body(Map.of("status", "PUBLISHED")).patch("/api/v1/desk/articles/{id}", id).then(), "status");
        problem(editor().contentType(MERGE_PATCH).header("If-Match", tag)
                .body("{\"type\": null}").patch("/api/v1/desk/articles/{id}", id).then(), "type");
        editor().get("/api/v1/desk/articles/{id}", id).then().header("ETag", equalTo(tag));
    }

    @Test
    void badItemValuesAreRefusedNamingThePath() {
        Map<String, Object> item = Fixtures.article("甲");
        item.put("type", "poem");
        problem(put("lcrb", Fixtures.freshDate(), "1", Fixtures.page("要闻", "t", List.of(item))), "items[0].type");
        Map<String, Object> bad = new HashMap<>(validPage());
        bad.put("content_hash", "not-a-hash");
        problem(put("lcrb", Fixtures.freshDate(), "1", bad), "content_hash");
        problem(editor().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("paragraphs", List.of(Map.of("kind", "poem", "text", "x"))))
                .put("/api/v1/desk/articles/{id}/paragraphs", Fixtures.seed("lcrb", Fixtures.freshDate(), 1, 1).get(0))
                .then(), "paragraphs[0].kind");
    }

    @Test
    void badPaginationParametersAreRefused() {
        problem(io.restassured.RestAssured.given().get("/api/v1/editions?limit=0").then(), "limit");
        problem(io.restassured.RestAssured.given().get("/api/v1/editions?cursor=bm9wZQ").then(), "cursor");
    }
}
