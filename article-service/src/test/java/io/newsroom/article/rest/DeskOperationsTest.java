package io.newsroom.article.rest;

import static io.newsroom.article.rest.Fixtures.MERGE_PATCH;
import static io.newsroom.article.rest.Fixtures.editor;
import static io.newsroom.article.rest.Fixtures.etag;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.newsroom.devstack.testing.JwtKeysResource;
import io.newsroom.devstack.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The desk operations over two articles: merge, split, move (README "article-service: API notes"). */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtKeysResource.class, restrictToAnnotatedClass = false)
class DeskOperationsTest {

    private static final String ARTICLE = "/api/v1/desk/articles/{id}";

    @Test
    void mergeAbsorbsTheNextItemAndWithdrawsIt() {
        String date = Fixtures.freshDate();
        List<String> ids = Fixtures.seed("lcrb", date, 1, 3);
        String first = ids.get(0);
        String second = ids.get(1);
        String v0 = etag(first);
        String clearedVersion = editor().contentType(MERGE_PATCH).header("If-Match", v0)
                .body("{\"headline\": null, \"flags\": [\"HEADLINE_MISSING\"]}").patch(ARTICLE, first)
                .then().statusCode(200).extract().header("ETag");

        json().header("If-Match", clearedVersion).body(mergeBody(second, etag(second)))
                .post(ARTICLE + "/merge", first).then().statusCode(200)
                .body("headline", equalTo("标题1-1"))
                .body("paragraphs.text", contains("标题1-0的第一段。", "小标题", "标题1-0的第二段。",
                        "标题1-1的第一段。", "小标题", "标题1-1的第二段。"))
                .body("photos", hasSize(2))
                .body("editorial.source.source_lines", hasSize(2))
                .body("editorial.flags", contains("HEADLINE_MISSING"));
        editor().get(ARTICLE, second).then().body("status", equalTo("WITHDRAWN"));
        editor().get(ARTICLE + "/revisions", first).then()
                .body("items[1].changed_fields", contains("paragraphs", "photos", "source_lines", "headline",
                        "merged_from"));
        editor().get(ARTICLE + "/revisions", second).then()
                .body("items[0].changed_fields", contains("status", "merged_into"))
                .body("items[0].editor", equalTo("alice"));
    }

    @Test
    void mergeRefusesItemsThatAreNotNeighboursAndStaleVersions() {
        List<String> ids = Fixtures.seed("lcrb", Fixtures.freshDate(), 1, 3);
        json().header("If-Match", etag(ids.get(0))).body(mergeBody(ids.get(2), etag(ids.get(2))))
                .post(ARTICLE + "/merge", ids.get(0)).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("other_id"));
        json().header("If-Match", etag(ids.get(0))).body("{\"other_id\": \"" + ids.get(1) + "\", \"other_version\": 99}")
                .post(ARTICLE + "/merge", ids.get(0)).then().statusCode(412)
                .body("errors[0].field", equalTo("other_version"));
        json().body(mergeBody(ids.get(1), etag(ids.get(1)))).post(ARTICLE + "/merge", ids.get(0)).then()
                .statusCode(428);
        editor().get(ARTICLE, ids.get(1)).then().body("status", equalTo("DRAFT"));
        editor().get(ARTICLE + "/revisions", ids.get(0)).then().body("items", hasSize(0));
    }

    @Test
    void splitMovesTheTailParagraphsToANewArticle() {
        String date = Fixtures.freshDate();
        String id = Fixtures.seed("lcrb", date, 1, 2).get(0);
        String created = json().header("If-Match", etag(id)).body("{\"paragraph\": 2}")
                .post(ARTICLE + "/split", id).then().statusCode(200)
                .body("article.paragraphs.text", contains("标题1-0的第一段。", "小标题"))
                .body("created.paragraphs.text", contains("标题1-0的第二段。"))
                .body("created.position", equalTo(2))
                .body("created.headline", nullValue())
                .body("created.status", equalTo("DRAFT"))
                .extract().path("created.id");
        editor().get("/api/v1/desk/editions/lcrb/{date}/articles", date).then()
                .body("items.id", hasItem(created)).body("items", hasSize(3));
        editor().get(ARTICLE + "/revisions", created).then()
                .body("items[0].changed_fields", contains("split_from"));
        editor().get(ARTICLE + "/revisions/1", created).then()
                .body("previous_state.id", equalTo(id));
        editor().get(ARTICLE + "/revisions", id).then()
                .body("items[0].changed_fields", contains("paragraphs", "split_into"));

        json().header("If-Match", etag(id)).body("{\"paragraph\": 2}").post(ARTICLE + "/split", id).then()
                .statusCode(400).body("errors[0].field", equalTo("paragraph"))
                .body("detail", containsString("between 1 and 1"));
    }

    @Test
    void moveGivesTheHeadlineBlockOrBylineToAnArticleWithout() {
        List<String> ids = Fixtures.seed("lcrb", Fixtures.freshDate(), 1, 2);
        String from = ids.get(0);
        String to = ids.get(1);
        String toVersion = editor().contentType(MERGE_PATCH).header("If-Match", etag(to))
                .body("{\"kicker\": null, \"headline\": null, \"subheadline\": null, \"byline\": null}")
                .patch(ARTICLE, to).then().statusCode(200).extract().header("ETag");

        json().header("If-Match", etag(from)).body(moveBody("headline", to, toVersion))
                .post(ARTICLE + "/move", from).then().statusCode(200)
                .body("id", equalTo(to))
                .body("kicker", equalTo("引题标题1-0"))
                .body("headline", equalTo("标题1-0"))
                .body("subheadline", equalTo("——副题"));
        editor().get(ARTICLE, from).then().body("headline", nullValue()).body("kicker", nullValue());

        json().header("If-Match", etag(from)).body(moveBody("byline", to, etag(to)))
                .post(ARTICLE + "/move", from).then().statusCode(200)
                .body("byline", equalTo("本报记者 夏旭光 本报通讯员 杨坤"))
                .body("contributors.name", hasItem("夏旭光"));
        editor().get(ARTICLE, from).then().body("byline", nullValue());
        editor().get(ARTICLE + "/revisions", to).then()
                .body("items.changed_fields", hasItem(List.of("kicker", "headline", "subheadline")));

        json().header("If-Match", etag(to)).body(moveBody("headline", from, etag(from)))
                .post(ARTICLE + "/move", to).then().statusCode(200);
        json().header("If-Match", etag(to)).body(moveBody("headline", from, etag(from)))
                .post(ARTICLE + "/move", to).then().statusCode(400).body("errors[0].field", equalTo("part"));
        json().header("If-Match", etag(from)).body(moveBody("photo", to, etag(to)))
                .post(ARTICLE + "/move", from).then().statusCode(400).body("errors[0].field", equalTo("part"));
    }

    @Test
    void moveRefusesAReceiverThatAlreadyHasThePart() {
        List<String> ids = Fixtures.seed("lcrb", Fixtures.freshDate(), 1, 2);
        String toVersion = etag(ids.get(1));
        json().header("If-Match", etag(ids.get(0))).body(moveBody("byline", ids.get(1), toVersion))
                .post(ARTICLE + "/move", ids.get(0)).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("byline"));
        editor().get(ARTICLE, ids.get(1)).then().header("ETag", equalTo(toVersion));
    }

    private static RequestSpecification json() {
        return editor().contentType(ContentType.JSON);
    }

    private static String mergeBody(String otherId, String etag) {
        return "{\"other_id\": \"" + otherId + "\", \"other_version\": " + etag.replace("\"", "") + "}";
    }

    private static String moveBody(String part, String toId, String etag) {
        return "{\"part\": \"" + part + "\", \"to_id\": \"" + toId + "\", \"to_version\": "
                + etag.replace("\"", "") + "}";
    }
}
