package io.newsroom.article.rest;

import static io.newsroom.article.rest.Fixtures.editor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsroom.devstack.testing.JwtKeysResource;
import io.newsroom.devstack.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtKeysResource.class, restrictToAnnotatedClass = false)
class PublicApiTest {

    @Test
    void draftsAndWithdrawnArticlesAreInvisible() {
        String date = Fixtures.freshDate();
        List<String> ids = Fixtures.seed("lcrb", date, 1, 2);
        given().get("/api/v1/articles/{id}", ids.get(0)).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/editions/lcrb/{date}/articles", date).then().statusCode(404);

        editor().post("/api/v1/desk/articles/{id}/withdraw", ids.get(1)).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        editor().post("/api/v1/desk/editions/lcrb/{date}/publish", date).then().statusCode(200)
                .body("articles.id", contains(ids.get(0)));

        given().get("/api/v1/articles/{id}", ids.get(0)).then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60"))
                .body("status", equalTo("PUBLISHED"))
                .body("published_at", notNullValue())
                .body("editorial", nullValue())
                .body("paragraphs.kind", contains("body", "crosshead", "body"))
                .body("dateline_parts.source", equalTo("本报"));
        given().get("/api/v1/articles/{id}", ids.get(1)).then().statusCode(404);
        given().get("/api/v1/editions/lcrb/{date}/articles", date).then().statusCode(200)
                .body("items.id", contains(ids.get(0)))
                .body("items[0].photo_count", equalTo(1))
                .body("items[0].summary", equalTo("标题1-0的第一段。"))
                .body("next_cursor", nullValue());
    }

    @Test
    void publishAndUnpublishTheWholeEdition() {
        String date = Fixtures.freshDate();
        List<String> ids = Fixtures.seed("lcrb", date, 1, 2);
        ids = new ArrayList<>(ids);
        ids.addAll(Fixtures.seed("lcrb", date, 2, 1));
        JsonPath published = editor().post("/api/v1/desk/editions/lcrb/{date}/publish", date).then().statusCode(200)
                .body("paper", equalTo("lcrb")).body("date", equalTo(date))
                .body("articles", hasSize(3)).extract().jsonPath();
        assertEquals(ids, published.getList("articles.id"));
        for (String id : ids) {
            given().get("/api/v1/articles/{id}", id).then().statusCode(200);
        }
        // publishing again changes no version
        editor().post("/api/v1/desk/editions/lcrb/{date}/publish", date).then()
                .body("articles.version", equalTo(published.getList("articles.version")));

        editor().post("/api/v1/desk/editions/lcrb/{date}/unpublish", date).then().statusCode(200)
                .body("articles", hasSize(3));
        for (String id : ids) {
            given().get("/api/v1/articles/{id}", id).then().statusCode(404);
            editor().get("/api/v1/desk/articles/{id}", id).then().body("status", equalTo("DRAFT"))
                    .body("published_at", nullValue());
        }
        editor().post("/api/v1/desk/editions/lcrb/{date}/publish", "2031-12-31").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void readsHaveETagsAnd304() {
        String date = Fixtures.freshDate();
        String id = Fixtures.seed("lcrb", date, 1, 1).get(0);
        Fixtures.publish("lcrb", date);
        String json = given().get("/api/v1/articles/{id}", id).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", json).get("/api/v1/articles/{id}", id).then().statusCode(304)
                .header("ETag", equalTo(json)).header("Cache-Control", equalTo("public, max-age=60"));
        String ninjs = given().accept("application/ninjs+json").get("/api/v1/articles/{id}", id).then()
                .statusCode(200).contentType("application/ninjs+json").extract().header("ETag");
        assertNotEquals(json, ninjs);

        String list = given().get("/api/v1/editions/lcrb/{date}/articles", date).then().statusCode(200)
                .extract().header("ETag");
        given().header("If-None-Match", list).get("/api/v1/editions/lcrb/{date}/articles", date).then()
                .statusCode(304);
        String editions = given().get("/api/v1/editions").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60")).extract().header("ETag");
        given().header("If-None-Match", editions).get("/api/v1/editions").then().statusCode(304);

        // an edit changes the ETag: the old one no longer gives 304
        Fixtures.editor().contentType(Fixtures.MERGE_PATCH).header("If-Match", Fixtures.etag(id))
                .body("{\"headline\": \"更正后的标题\"}").patch("/api/v1/desk/articles/{id}", id).then().statusCode(200);
        given().header("If-None-Match", json).get("/api/v1/articles/{id}", id).then().statusCode(200)
                .body("headline", equalTo("更正后的标题"));
        given().header("If-None-Match", list).get("/api/v1/editions/lcrb/{date}/articles", date).then()
                .statusCode(200);
    }

    @Test
    void articlesArePagedInPageOrderAndStableUnderInserts() {
        String date = Fixtures.freshDate();
        List<String> expected = new ArrayList<>(Fixtures.seed("lcrb", date, 2, 3));
        expected.addAll(0, Fixtures.seed("lcrb", date, 1, 2));
        Fixtures.publish("lcrb", date);

        JsonPath first = given().get("/api/v1/editions/lcrb/{date}/articles?limit=2", date).then().statusCode(200)
                .body("items", hasSize(2)).extract().jsonPath();
        List<String> seen = new ArrayList<>(first.getList("items.id", String.class));
        // a page added after the cursor's position appears; nothing is repeated
        expected.addAll(Fixtures.seed("lcrb", date, 3, 1));
        Fixtures.publish("lcrb", date);
        String cursor = first.getString("next_cursor");
        while (cursor != null) {
            JsonPath next = given().queryParam("cursor", cursor).get("/api/v1/editions/lcrb/{date}/articles?limit=2",
                    date).then().statusCode(200).extract().jsonPath();
            seen.addAll(next.getList("items.id", String.class));
            cursor = next.getString("next_cursor");
        }
        assertEquals(expected, seen);
    }

    @Test
    void editionsArePagedNewestFirst() {
        String paper = "pg" + Long.toString(System.nanoTime() % 1_000_000L, 36);
        List<String> dates = List.of("2029-05-01", "2029-05-03", "2029-05-02");
        for (String d : dates) {
            Fixtures.seed(paper, d, 1, 1);
            Fixtures.seed(paper, d, 4, 1);
            Fixtures.publish(paper, d);
        }
        List<Map<String, Object>> mine = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("limit", 2);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/editions").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            assertTrue(items.size() <= 2);
            for (Map<String, Object> e : items) {
                keys.add(e.get("paper") + "/" + e.get("date"));
                if (paper.equals(e.get("paper"))) {
                    mine.add(e);
                }
            }
            cursor = page.getString("next_cursor");
        } while (cursor != null);
        assertEquals(keys.size(), keys.stream().distinct().count(), "no edition twice");
        assertEquals(List.of("2029-05-03", "2029-05-02", "2029-05-01"), mine.stream().map(e -> e.get("date")).toList());
        assertEquals(List.of(1, 4), mine.get(0).get("pages"));
        assertEquals(2, mine.get(0).get("article_count"));
    }
}
