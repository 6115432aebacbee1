package io.newsroom.article.rest;

import static io.newsroom.article.rest.Fixtures.MERGE_PATCH;
import static io.newsroom.article.rest.Fixtures.editor;
import static io.newsroom.article.rest.Fixtures.etag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsroom.devstack.testing.JwtKeysResource;
import io.newsroom.devstack.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Corrections (更正, README "article-service", Corrections): a change of a published article — edit, paragraphs,
 * withdraw, merge, split, a page received again — is recorded with what changed, when and the editor's note, shown
 * by the public API, and announces the edition on the change feed; changes of drafts are none of that.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtKeysResource.class, restrictToAnnotatedClass = false)
class CorrectionTest {

    private static final String ARTICLE = "/api/v1/desk/articles/{id}";
    private static final String PUBLIC = "/api/v1/articles/{id}";
    private static final String FEED = "/api/v1/desk/editions/changes";

    @Test
    void draftEditsAreNoCorrections() {
        long head = feedHead();
        String date = Fixtures.freshDate();
        String id = Fixtures.seed("lcrb", date, 1, 2).get(0);

        editor().contentType(MERGE_PATCH).header("If-Match", etag(id))
                .body("{\"headline\": \"草稿改标题\", \"correction_note\": \"不是更正\"}").patch(ARTICLE, id)
                .then().statusCode(200).body("headline", equalTo("草稿改标题")).body("corrections", empty());
        editor().header("If-Match", etag(id)).post(ARTICLE + "/withdraw", id).then().statusCode(200)
                .body("corrections", empty());

        assertTrue(changedEditions(head).stream().noneMatch(e -> e.equals("lcrb/" + date)),
                "a draft's edition is not on the feed: " + changedEditions(head));
    }

    @Test
    void editsOfAPublishedArticleAreCorrectionsReadersSee() {
        String date = Fixtures.freshDate();
        String id = Fixtures.seed("lcrb", date, 1, 2).get(0);
        Fixtures.publish("lcrb", date);
        long head = feedHead();
        Instant before = Instant.now();

        editor().contentType(MERGE_PATCH).header("If-Match", etag(id))
                .body("{\"headline\": \"更正后的标题\", \"correction_note\": \"原标题中人名有误\"}").patch(ARTICLE, id)
                .then().statusCode(200)
                .body("corrections", hasSize(1))
                .body("corrections[0].kind", equalTo("EDITED"))
                .body("corrections[0].fields", contains("headline"))
                .body("corrections[0].note", equalTo("原标题中人名有误"));
        json().header("If-Match", etag(id)).body(Map.of("paragraphs",
                        List.of(Map.of("kind", "body", "text", "更正后的第一段。"))))
                .put(ARTICLE + "/paragraphs", id).then().statusCode(200);
        // clearing a flag is no correction: readers see no flags
        editor().contentType(MERGE_PATCH).header("If-Match", etag(id)).body("{\"flags\": [\"HEADLINE_MISSING\"]}")
                .patch(ARTICLE, id).then().statusCode(200).body("corrections", hasSize(2));

        JsonPath article = given().get(PUBLIC, id).then().statusCode(200)
                .body("headline", equalTo("更正后的标题"))
                .body("corrections", hasSize(2))
                .body("corrections[1].kind", equalTo("EDITED"))
                .body("corrections[1].fields", contains("paragraphs"))
                .body("corrections[1].note", nullValue())
                .body("editorial", nullValue())
                .extract().jsonPath();
        Instant first = Instant.parse(article.getString("corrections[0].corrected_at"));
        Instant second = Instant.parse(article.getString("corrections[1].corrected_at"));
        Instant updated = Instant.parse(article.getString("updated_at"));
        assertTrue(!first.isBefore(before) && !second.isBefore(first), first + " then " + second);
        assertTrue(!updated.isBefore(second), "updated_at " + updated + " is the last change");
        assertTrue(changedEditions(head).contains("lcrb/" + date), "the edition is on the feed");
    }

    @Test
    void withdrawMergeAndSplitOfPublishedArticlesAreCorrections() {
        String date = Fixtures.freshDate();
        List<String> ids = Fixtures.seed("lcrb", date, 1, 4);
        Fixtures.publish("lcrb", date);
        long head = feedHead();

        json().header("If-Match", etag(ids.get(0)))
                .body(Map.of("other_id", ids.get(1), "other_version", version(ids.get(1)),
                        "correction_note", "两篇本是一篇"))
                .post(ARTICLE + "/merge", ids.get(0)).then().statusCode(200);
        given().get(PUBLIC, ids.get(0)).then().statusCode(200)
                .body("corrections[0].kind", equalTo("MERGED"))
                .body("corrections[0].fields", contains("paragraphs", "photos"))
                .body("corrections[0].note", equalTo("两篇本是一篇"));
        given().get(PUBLIC, ids.get(1)).then().statusCode(404);
        editor().get(ARTICLE, ids.get(1)).then().body("corrections[0].kind", equalTo("MERGED"))
                .body("corrections[0].fields", contains("status"));

        json().header("If-Match", etag(ids.get(2))).body(Map.of("paragraph", 1))
                .post(ARTICLE + "/split", ids.get(2)).then().statusCode(200)
                .body("article.corrections[0].kind", equalTo("SPLIT"))
                .body("article.corrections[0].fields", contains("paragraphs"))
                .body("created.status", equalTo("PUBLISHED"))
                .body("created.corrections[0].kind", equalTo("SPLIT"));

        json().header("If-Match", etag(ids.get(3))).body(Map.of("correction_note", "稿件失实，撤回"))
                .post(ARTICLE + "/withdraw", ids.get(3)).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("corrections[0].kind", equalTo("WITHDRAWN"))
                .body("corrections[0].fields", contains("status"))
                .body("corrections[0].note", equalTo("稿件失实，撤回"));
        given().get(PUBLIC, ids.get(3)).then().statusCode(404);

        List<String> changed = changedEditions(head);
        assertEquals(1, changed.stream().filter(e -> e.equals("lcrb/" + date)).count(),
                "one entry per edition in an answer: " + changed);
    }

    @Test
    void aPublishedArticleTakingItsPageItemsNewTextIsACorrection() {
        String date = Fixtures.freshDate();
        Map<String, Object> item = Fixtures.article("城区绿化新进展");
        String id = Fixtures.upsert("lcrb", date, 1, Fixtures.page("要闻", "v1" + date, List.of(item)))
                .extract().jsonPath().getString("articles[0].id");
        Fixtures.publish("lcrb", date);
        long head = feedHead();

        Map<String, Object> changed = new java.util.LinkedHashMap<>(item);
        changed.put("byline", "本报记者 夏旭光");
        Fixtures.upsert("lcrb", date, 1, Fixtures.page("要闻", "v2" + date, List.of(changed)))
                .body("articles[0].id", equalTo(id)).body("articles[0].outcome", equalTo("UPDATED"));

        given().get(PUBLIC, id).then().statusCode(200)
                .body("corrections", hasSize(1))
                .body("corrections[0].kind", equalTo("UPDATED_FROM_PAGE"))
                .body("corrections[0].fields", contains("byline"));
        assertTrue(changedEditions(head).contains("lcrb/" + date));
    }

    @Test
    void badNotesAndFeedParametersAre400NamingTheField() {
        String date = Fixtures.freshDate();
        String id = Fixtures.seed("lcrb", date, 1, 1).get(0);
        editor().contentType(MERGE_PATCH).header("If-Match", etag(id))
                .body(Map.of("headline", "新", "correction_note", "长".repeat(501))).patch(ARTICLE, id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("correction_note"));
        json().header("If-Match", etag(id)).body(Map.of("paragraphs", List.of(Map.of("kind", "body", "text", "新")),
                        "correction_note", "a\u0000b")).put(ARTICLE + "/paragraphs", id)
                .then().statusCode(400).body("errors[0].field", equalTo("correction_note"));
        json().body(Map.of("correction_note", "长".repeat(501))).post(ARTICLE + "/withdraw", id)
                .then().statusCode(400).body("errors[0].field", equalTo("correction_note"));
        editor().queryParam("after", "-1").get(FEED).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("after"));
        editor().queryParam("after", "x").get(FEED).then().statusCode(400).body("errors[0].field", equalTo("after"));
        editor().queryParam("limit", "0").get(FEED).then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().get(FEED).then().statusCode(401);
        editor().queryParam("after", Long.MAX_VALUE).get(FEED).then().statusCode(200)
                .body("editions", empty()).body("last_sequence", equalTo(Long.MAX_VALUE)).body("more", equalTo(false));
    }

    /** @return the feed's last sequence number now */
    private static long feedHead() {
        long after = 0;
        while (true) {
            JsonPath answer = editor().queryParam("after", after).queryParam("limit", 1000).get(FEED)
                    .then().statusCode(200).body("last_sequence", notNullValue()).extract().jsonPath();
            after = answer.getLong("last_sequence");
            if (!answer.getBoolean("more")) {
                return after;
            }
        }
    }

    /** @return {@code paper/date} of every edition changed after {@code after}, as the feed answers them */
    private static List<String> changedEditions(long after) {
        List<String> editions = new ArrayList<>();
        JsonPath answer = editor().queryParam("after", after).get(FEED).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> entries = answer.getList("editions");
        for (Map<String, Object> e : entries) {
            editions.add(e.get("paper") + "/" + e.get("date"));
        }
        return editions;
    }

    private static long version(String id) {
        return Long.parseLong(etag(id).replace("\"", ""));
    }

    private static io.restassured.specification.RequestSpecification json() {
        return editor().contentType(ContentType.JSON);
    }
}
