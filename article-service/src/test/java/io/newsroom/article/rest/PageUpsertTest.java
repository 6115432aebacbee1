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
}
