package io.newsroom.article.rest;

import static io.newsroom.article.rest.Fixtures.article;
import static io.newsroom.article.rest.Fixtures.editor;
import static io.newsroom.article.rest.Fixtures.etag;
import static io.newsroom.article.rest.Fixtures.page;
import static io.newsroom.article.rest.Fixtures.publish;
import static io.newsroom.article.rest.Fixtures.upsert;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsroom.devstack.testing.JwtKeysResource;
import io.newsroom.devstack.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The mobile clients' feeds (README "Feeds"; issue 14 item 3): the article feed across editions with its filters and
 * keyset pagination, the change feed with its tombstones, and {@code web_url}.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtKeysResource.class, restrictToAnnotatedClass = false)
class FeedTest {

    private static final String FEED = "/api/v1/articles";
    private static final String CHANGES = "/api/v1/changes";

    @Test
    void theFeedListsPublishedArticlesNewestFirstAcrossEditionsPageByPage() {
        // three editions of two papers in 2096 (no other test uses those dates); a draft edition; front matter
        List<String> older = publishedEdition("feeda", "2096-01-01", 2);
        List<String> newerB = publishedEdition("feedb", "2096-01-02", 1);
        List<String> newerA = publishedEdition("feeda", "2096-01-02", 2);
        upsert("feeda", "2096-01-03", 1, page("订阅", "draft", List.of(article("草稿"))));
        List<String> expected = new ArrayList<>(newerA.subList(1, 3)); // position 0 is a 今日导读 box
        expected.addAll(newerB.subList(1, 2));
        expected.addAll(older.subList(1, 3));

        given().queryParam("since", "2096-01-01").get(FEED).then().statusCode(200)
                .body("items.id", equalTo(expected))
                .body("items[0].paper", equalTo("feeda")).body("items[0].date", equalTo("2096-01-02"))
                .body("items[0].web_url", equalTo("/editions/feeda/2096-01-02/articles/" + expected.get(0) + ".html"))
                .body("next_cursor", nullValue());

        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("since", "2096-01-01").queryParam("limit", "2");
            JsonPath body = (cursor == null ? request : request.queryParam("cursor", cursor)).get(FEED).then()
                    .statusCode(200).extract().jsonPath();
            paged.addAll(body.getList("items.id", String.class));
            cursor = body.getString("next_cursor");
            pages++;
        } while (cursor != null);
        assertEquals(expected, paged);
        assertEquals(3, pages);

        given().queryParam("since", "2096-01-02").queryParam("page_name", "订阅").get(FEED).then().statusCode(200)
                .body("items.id", equalTo(expected.subList(0, 3)));
        given().queryParam("since", "2096-01-01").queryParam("type", "photo").get(FEED).then().statusCode(200)
                .body("items", empty());
        given().queryParam("since", "2096-01-01").queryParam("type", "article").queryParam("page_name", "无此版")
                .get(FEED).then().statusCode(200).body("items", empty());
        given().queryParam("updated_since", "2999-01-01T00:00:00Z").get(FEED).then().statusCode(200)
                .body("items", empty());
        Instant before = Instant.now();
        editor().header("If-Match", etag(older.get(1))).contentType("application/merge-patch+json")
                .body(Map.of("headline", "更正后的标题")).patch("/api/v1/desk/articles/{id}", older.get(1))
                .then().statusCode(200);
        given().queryParam("since", "2096-01-01").queryParam("updated_since", before.toString()).get(FEED).then()
                .statusCode(200).body("items.id", contains(older.get(1)));
        // no filter: every edition, newest first (the 2096 editions are the newest of this test database)
        given().get(FEED).then().statusCode(200).body("items[0].id", equalTo(expected.get(0)));
    }

    @Test
    void badParametersAre400ProblemsNamingTheField() {
        Map<String, String> bad = Map.of("since", "2091-13-01", "updated_since", "yesterday", "type", "index",
                "limit", "abc", "cursor", "%%%", "page_name", " ");
        bad.forEach((field, value) -> given().queryParam(field, value).get(FEED).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field)));
        given().queryParam("cursor", Fixtures.sha256("x")).get(FEED).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().queryParam("after", "-1").get(CHANGES).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("after"));
        given().queryParam("limit", "1001").get(CHANGES).then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void theChangeFeedHasAnUpsertAfterPublicationAndATombstoneAfterWithdrawal() {
        long start = given().get(CHANGES).then().statusCode(200).extract().jsonPath().getLong("last_sequence");
        long after = lastSequence(start);
        String date = Fixtures.freshDate();
        List<String> ids = publishedEdition("feedc", date, 2);
        String box = ids.get(0);

        JsonPath published = given().queryParam("after", after).get(CHANGES).then().statusCode(200)
                .header("Cache-Control", "public, no-cache").extract().jsonPath();
        assertEquals(ids.subList(1, 3).stream().sorted().toList(),
                published.getList("items.findAll { it.paper == 'feedc' }.article_id", String.class).stream().sorted()
                        .toList());
        assertTrue(published.getList("items.findAll { it.paper == 'feedc' }.kind").stream()
                .allMatch("UPSERT"::equals));
        assertTrue(!published.getList("items.article_id").contains(box), "front matter is no article");
        assertEquals(date, published.getString("items.find { it.paper == 'feedc' }.date"));
        long afterPublication = published.getLong("last_sequence");
        assertTrue(afterPublication > after);

        String withdrawn = ids.get(1);
        editor().header("If-Match", etag(withdrawn)).post("/api/v1/desk/articles/{id}/withdraw", withdrawn)
                .then().statusCode(200);
        given().queryParam("after", afterPublication).get(CHANGES).then().statusCode(200)
                .body("items.findAll { it.paper == 'feedc' }.article_id", contains(withdrawn))
                .body("items.findAll { it.paper == 'feedc' }.kind", contains("DELETE"))
                .body("more", equalTo(false));

        // a correction is an UPSERT, an exclusion a tombstone, unpublishing tombstones the rest; nothing twice
        String other = ids.get(2);
        long afterWithdrawal = lastSequence(afterPublication);
        editor().header("If-Match", etag(other)).contentType("application/merge-patch+json")
                .body(Map.of("headline", "更正", "correction_note", "标题有误")).patch("/api/v1/desk/articles/{id}", other)
                .then().statusCode(200);
        given().queryParam("after", afterWithdrawal).get(CHANGES).then()
                .body("items.findAll { it.paper == 'feedc' }.kind", contains("UPSERT"));
        long afterCorrection = lastSequence(afterWithdrawal);
        editor().header("If-Match", etag(other)).post("/api/v1/desk/articles/{id}/exclude", other).then()
                .statusCode(200);
        editor().post("/api/v1/desk/editions/{paper}/{date}/unpublish", "feedc", date).then().statusCode(200);
        given().queryParam("after", afterCorrection).get(CHANGES).then()
                .body("items.findAll { it.paper == 'feedc' }.article_id", contains(other))
                .body("items.findAll { it.paper == 'feedc' }.kind", contains("DELETE"));

        // paging the feed: limit 1 gives one change and more
        JsonPath first = given().queryParam("after", after).queryParam("limit", "1").get(CHANGES).then()
                .statusCode(200).body("items.size()", equalTo(1)).body("more", equalTo(true)).extract().jsonPath();
        assertTrue(first.getLong("items[0].sequence") > after);
        assertEquals(first.getLong("items[0].sequence"), first.getLong("last_sequence"));
    }

    @Test
    void everyPublicArticleHasItsHtmlEditionPage() {
        String date = Fixtures.freshDate();
        List<String> ids = publishedEdition("feedd", date, 1);
        String url = "/editions/feedd/" + date + "/articles/" + ids.get(1) + ".html";
        given().get("/api/v1/articles/{id}", ids.get(1)).then().statusCode(200).body("web_url", equalTo(url));
        given().get("/api/v1/editions/feedd/{date}/articles", date).then().statusCode(200)
                .body("items.web_url", contains(url)).body("items.paper", everyItem(equalTo("feedd")));
        editor().get("/api/v1/desk/articles/{id}", ids.get(1)).then().statusCode(200)
                .body("web_url", nullValue());
    }

    /** Uploads one page: a 今日导读 box, then {@code count} articles; publishes; answers the ids in page order. */
    private static List<String> publishedEdition(String paper, String date, int count) {
        List<Map<String, Object>> items = new ArrayList<>();
        Map<String, Object> box = article("今日导读");
        box.put("type", "index");
        items.add(box);
        for (int i = 0; i < count; i++) {
            items.add(article("订阅" + paper + date + "第" + i + "篇"));
        }
        List<String> ids = upsert(paper, date, 1, page("订阅", paper + date, items)).extract().jsonPath()
                .getList("articles.id", String.class);
        publish(paper, date);
        return ids;
    }

    private static long lastSequence(long after) {
        long last = after;
        boolean more = true;
        while (more) {
            JsonPath page = given().queryParam("after", last).get(CHANGES).then().statusCode(200).extract().jsonPath();
            last = page.getLong("last_sequence");
            more = page.getBoolean("more");
        }
        return last;
    }
}
