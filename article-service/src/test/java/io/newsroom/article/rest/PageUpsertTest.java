package io.newsroom.article.rest;

import static io.newsroom.article.rest.Fixtures.article;
import static io.newsroom.article.rest.Fixtures.editor;
import static io.newsroom.article.rest.Fixtures.page;
import static io.newsroom.article.rest.Fixtures.upsert;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
class PageUpsertTest {

    @Test
    void samePageTwiceChangesNothing() {
        String date = Fixtures.freshDate();
        Map<String, Object> body = page("要闻", "page text v1", Fixtures.goldItems("000_4d5d399ab3f75c42.json"));
        JsonPath first = upsert("lcrb", date, 1, body)
                .body("articles.outcome", everyItem(equalTo("CREATED")))
                .body("articles", hasSize(10))
                .body("content_hash", equalTo(Fixtures.sha256("page text v1")))
                .extract().jsonPath();
        JsonPath second = upsert("lcrb", date, 1, body)
                .body("articles.outcome", everyItem(equalTo("UNCHANGED")))
                .body("conflicts", hasSize(0))
                .extract().jsonPath();
        assertEquals(first.getList("articles.id"), second.getList("articles.id"));
        assertEquals(first.getList("articles.version"), second.getList("articles.version"));
        editor().get("/api/v1/desk/editions/lcrb/{date}/articles", date).then().statusCode(200)
                .body("items", hasSize(10));
    }

    @Test
    void goldItemsAreStoredWithParsedCreditsAndCrossheads() {
        String date = Fixtures.freshDate();
        String id = upsert("lcrb", date, 1, page("要闻", "gold", Fixtures.goldItems("000_4d5d399ab3f75c42.json")))
                .extract().jsonPath().getString("articles[0].id");
        editor().get("/api/v1/desk/articles/{id}", id).then().statusCode(200)
                .body("dateline", equalTo("本报讯（记者 赵宗锋 黄振）"))
                .body("dateline_parts.source", equalTo("本报"))
                .body("contributors.name", contains("赵宗锋", "黄振"))
                .body("contributors.role", everyItem(equalTo("记者")))
                .body("headline", equalTo(null))
                .body("status", equalTo("DRAFT"))
                .body("editorial.source.item_index", equalTo(0))
                .body("editorial.source.page_content_hash", equalTo(Fixtures.sha256("gold")));
    }

    @Test
    void changedPageReplacesUntouchedDraftsCreatesAndRemoves() {
        String date = Fixtures.freshDate();
        JsonPath v1 = upsert("lcrb", date, 2, page("经济", "v1", List.of(article("甲"), article("乙"), article("丙"))))
                .extract().jsonPath();
        List<String> ids = v1.getList("articles.id", String.class);

        JsonPath v2 = upsert("lcrb", date, 2, page("经济", "v2", List.of(article("甲"), article("乙改"))))
                .body("articles.outcome", contains("UNCHANGED", "UPDATED", "REMOVED"))
                .body("conflicts", hasSize(0))
                .extract().jsonPath();
        assertEquals(ids, v2.getList("articles.id", String.class));
        assertEquals(v1.getLong("articles[0].version"), v2.getLong("articles[0].version"));
        assertEquals(v1.getLong("articles[1].version") + 1, v2.getLong("articles[1].version"));
        editor().get("/api/v1/desk/articles/{id}", ids.get(1)).then().body("headline", equalTo("乙改"));
        editor().get("/api/v1/desk/articles/{id}", ids.get(2)).then().statusCode(404)
                .contentType("application/problem+json");

        upsert("lcrb", date, 2, page("经济", "v3", List.of(article("甲"), article("乙改"), article("丁"))))
                .body("articles.outcome", contains("UNCHANGED", "UNCHANGED", "CREATED"));
        editor().get("/api/v1/desk/editions/lcrb/{date}/articles?page=2", date).then()
                .body("items.headline", contains("甲", "乙改", "丁"));
    }

    @Test
    void editedArticlesAreKeptAndReportedAsConflicts() {
        String date = Fixtures.freshDate();
        List<String> ids = upsert("lcrb", date, 3, page("要闻", "c1", List.of(article("一"), article("二"))))
                .extract().jsonPath().getList("articles.id", String.class);
        editor().contentType(Fixtures.MERGE_PATCH).header("If-Match", Fixtures.etag(ids.get(0)))
                .body("{\"headline\": \"编辑改过的标题\"}")
                .patch("/api/v1/desk/articles/{id}", ids.get(0)).then().statusCode(200);
        editor().post("/api/v1/desk/articles/{id}/withdraw", ids.get(1)).then().statusCode(200);

        upsert("lcrb", date, 3, page("要闻", "c2", List.of(article("一（重排）"))))
                .body("articles.outcome", contains("CONFLICT", "CONFLICT"))
                .body("conflicts.article_id", contains(ids.get(0), ids.get(1)))
                .body("conflicts[0].reason", containsString("alice"))
                .body("conflicts[1].position", equalTo(1));
        editor().get("/api/v1/desk/articles/{id}", ids.get(0)).then().body("headline", equalTo("编辑改过的标题"));
        editor().get("/api/v1/desk/articles/{id}", ids.get(1)).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
    }

    /** Issue 12's case: seed 004 published, then uploaded again with one story deleted. */
    @Test
    void aStoryDeletedFromAPublishedPageLeavesEveryOtherIdOnItsStory() {
        String date = Fixtures.freshDate();
        List<Map<String, Object>> items = Fixtures.goldItems("004_fc92e0db041b966d.json");
        JsonPath v1 = upsert("lcrb", date, 1, page("要闻", "004 v1", items)).extract().jsonPath();
        List<String> ids = v1.getList("articles.id", String.class);
        List<String> headlines = v1.getList("articles.headline", String.class);
        Fixtures.publish("lcrb", date);

        List<Map<String, Object>> without = new java.util.ArrayList<>(items);
        without.remove(0);
        JsonPath v2 = upsert("lcrb", date, 1, page("要闻", "004 v2", without)).extract().jsonPath();

        for (int k = 1; k < items.size(); k++) {
            assertEquals(ids.get(k), v2.getString("articles[" + (k - 1) + "].id"), "the story of item " + k);
            assertEquals(k - 1, v2.getInt("articles[" + (k - 1) + "].position"));
            editor().get("/api/v1/articles/{id}", ids.get(k)).then().statusCode(200)
                    .body("headline", equalTo(headlines.get(k)));
        }
        int last = items.size() - 1;
        assertEquals(ids.get(0), v2.getString("articles[" + last + "].id"));
        assertEquals("CONFLICT", v2.getString("articles[" + last + "].outcome"), "a published article is kept");
        assertEquals(last, v2.getInt("articles[" + last + "].position"), "after the page's items");
        v2.getList("conflicts.reason", String.class).forEach(r -> assertTrue(r.startsWith("published")));
        editor().get("/api/v1/articles/{id}", ids.get(0)).then().statusCode(200)
                .body("headline", equalTo(headlines.get(0)));
    }

    @Test
    void reorderedItemsKeepTheirIdsAndMove() {
        String date = Fixtures.freshDate();
        List<Map<String, Object>> items = Fixtures.goldItems("000_4d5d399ab3f75c42.json");
        List<String> ids = upsert("lcrb", date, 1, page("要闻", "r1", items)).extract().jsonPath()
                .getList("articles.id", String.class);
        List<Map<String, Object>> reversed = new java.util.ArrayList<>(items);
        java.util.Collections.reverse(reversed);
        List<String> expected = new java.util.ArrayList<>(ids);
        java.util.Collections.reverse(expected);

        upsert("lcrb", date, 1, page("要闻", "r2", reversed))
                .body("articles.id", equalTo(expected))
                .body("articles.outcome", everyItem(equalTo("UPDATED")))
                .body("conflicts", hasSize(0));
        editor().get("/api/v1/desk/editions/lcrb/{date}/articles?page=1", date).then()
                .body("items.id", equalTo(expected));
    }

    @Test
    void aNulCharacterIsRefusedNamingTheField() {
        String date = Fixtures.freshDate();
        Map<String, Object> item = article("甲");
        item.put("paragraphs", List.of("第一段", "a\u0000b"));
        editor().contentType(io.restassured.http.ContentType.JSON).body(page("要闻", "nul", List.of(article("乙"), item)))
                .put("/api/v1/desk/editions/lcrb/{date}/pages/1", date)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("items[1].paragraphs[1]"))
                .body("errors[0].reason", containsString("NUL"));
        editor().get("/api/v1/desk/editions/lcrb/{date}/articles", date).then().statusCode(200)
                .body("items", hasSize(0));
    }
}
