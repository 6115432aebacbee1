package io.newsroom.article.rest;

import static io.newsroom.article.rest.Fixtures.editor;
import static io.newsroom.article.rest.Fixtures.etag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.newsroom.devstack.testing.JwtKeysResource;
import io.newsroom.devstack.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Exclude from publication (README "Front matter"; issue 15 item 4): 今日导读 boxes and staff lines are published as
 * the edition's front matter, never as articles; any item can be excluded by an editor and restored, and an excluded
 * one is in no public listing, article, search or front matter, while the desk shows it marked.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtKeysResource.class, restrictToAnnotatedClass = false)
class ExcludeFromPublicationTest {

    private static final String ARTICLE = "/api/v1/desk/articles/{id}";
    private static final String PUBLIC = "/api/v1/articles/{id}";
    private static final String LISTING = "/api/v1/editions/lcrb/{date}/articles";
    private static final String FRONT_MATTER = "/api/v1/editions/lcrb/{date}/front-matter";

    @Test
    void indexBoxesAndStaffLinesAreFrontMatterNotArticles() {
        String date = Fixtures.freshDate();
        List<String> ids = publishedEdition(date);
        String index = ids.get(0);
        String staff = ids.get(3);

        given().get(LISTING, date).then().statusCode(200)
                .body("items.id", contains(ids.get(1), ids.get(2)))
                .body("items.type", contains("article", "article"));
        given().get(PUBLIC, index).then().statusCode(404);
        given().get(PUBLIC, staff).then().statusCode(404);
        given().get("/api/v1/editions").then().statusCode(200)
                .body("items.find { it.date == '" + date + "' }.article_count", equalTo(2));
        given().get(FRONT_MATTER, date).then().statusCode(200)
                .body("items.id", contains(index, staff))
                .body("items.type", contains("index", "staff"))
                .body("items[0].headline", equalTo("今日导读"))
                .body("items[0].paragraphs.text", contains("城市更新　第2版", "乡村振兴　第3版"))
                .body("items[1].paragraphs[0].text", equalTo("值班编委：张三　责任编辑：李四"));
        search("值班编委").body("items.id", not(hasItem(staff)));
        search("乡村振兴").body("items.id", not(hasItem(index)));
        // the desk still has them, published, not excluded
        editor().get(ARTICLE, staff).then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("editorial.excluded", equalTo(false));
    }

    @Test
    void anExcludedArticleIsGoneForReadersAndBackWhenRestored() {
        String date = Fixtures.freshDate();
        List<String> ids = publishedEdition(date);
        String article = ids.get(1);
        given().get(PUBLIC, article).then().statusCode(200);
        search("排除稿件" + date.replace("-", "")).body("items.id", contains(article));

        editor().post(ARTICLE + "/exclude", article).then().statusCode(428)
                .body("errors[0].field", equalTo("If-Match"));
        editor().header("If-Match", "\"999\"").post(ARTICLE + "/exclude", article).then().statusCode(412);
        editor().header("If-Match", etag(article)).post(ARTICLE + "/exclude", article).then().statusCode(200)
                .body("editorial.excluded", equalTo(true)).body("status", equalTo("PUBLISHED"));

        given().get(PUBLIC, article).then().statusCode(404);
        given().get(LISTING, date).then().statusCode(200).body("items.id", contains(ids.get(2)));
        search("排除稿件" + date.replace("-", "")).body("total", equalTo(0));
        editor().queryParam("q", "排除稿件" + date.replace("-", "")).get("/api/v1/desk/search").then()
                .statusCode(200).body("items.id", contains(article));
        editor().get("/api/v1/desk/editions/lcrb/{date}/articles", date).then().statusCode(200)
                .body("items.find { it.id == '" + article + "' }.editorial.excluded", equalTo(true));
        editor().get(ARTICLE + "/revisions", article).then().statusCode(200)
                .body("items[-1].changed_fields", contains("excluded"));
        // publishing again does not bring it back
        Fixtures.publish("lcrb", date);
        given().get(PUBLIC, article).then().statusCode(404);

        editor().header("If-Match", etag(article)).post(ARTICLE + "/include", article).then().statusCode(200)
                .body("editorial.excluded", equalTo(false));
        given().get(PUBLIC, article).then().statusCode(200);
        given().get(LISTING, date).then().statusCode(200).body("items.id", contains(ids.get(1), ids.get(2)));
        search("排除稿件" + date.replace("-", "")).body("items.id", contains(article));
    }

    @Test
    void anExcludedStaffLineLeavesTheFrontMatter() {
        String date = Fixtures.freshDate();
        List<String> ids = publishedEdition(date);
        editor().header("If-Match", etag(ids.get(3))).post(ARTICLE + "/exclude", ids.get(3)).then().statusCode(200);
        given().get(FRONT_MATTER, date).then().statusCode(200).body("items.id", contains(ids.get(0)));
        given().get(FRONT_MATTER, Fixtures.freshDate()).then().statusCode(404);
    }

    /** Page 1 of a fresh edition: a 今日导读 box, two articles, a staff line, published; answers their ids. */
    private static List<String> publishedEdition(String date) {
        Map<String, Object> index = item("index", "今日导读", List.of("城市更新　第2版", "乡村振兴　第3版"));
        Map<String, Object> staff = item("staff", null, List.of("值班编委：张三　责任编辑：李四"));
        Map<String, Object> first = Fixtures.article("排除稿件" + date.replace("-", ""));
        Map<String, Object> second = Fixtures.article("保留稿件" + date.replace("-", ""));
        JsonPath upserted = Fixtures.upsert("lcrb", date, 1,
                Fixtures.page("要闻", "front" + date, List.of(index, first, second, staff))).extract().jsonPath();
        Fixtures.publish("lcrb", date);
        return upserted.getList("articles.id");
    }

    private static Map<String, Object> item(String type, String headline, List<String> paragraphs) {
        Map<String, Object> item = new LinkedHashMap<>(Fixtures.article("x"));
        item.put("type", type);
        item.put("kicker", null);
        item.put("headline", headline);
        item.put("subheadline", null);
        item.put("byline", null);
        item.put("dateline", null);
        item.put("paragraphs", paragraphs);
        item.put("crossheads", List.of());
        item.put("photos", List.of());
        return item;
    }

    private static io.restassured.response.ValidatableResponse search(String q) {
        return given().queryParam("q", q).get("/api/v1/search").then().statusCode(200);
    }
}
