package io.newsroom.article.rest;

import static io.newsroom.article.rest.Fixtures.MERGE_PATCH;
import static io.newsroom.article.rest.Fixtures.editor;
import static io.newsroom.article.rest.Fixtures.etag;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsroom.devstack.testing.JwtKeysResource;
import io.newsroom.devstack.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtKeysResource.class, restrictToAnnotatedClass = false)
class DeskArticleTest {

    private static final String ARTICLE = "/api/v1/desk/articles/{id}";

    @Test
    void patchNeedsIfMatchAndRefusesStaleVersions() {
        String id = Fixtures.seed("lcrb", Fixtures.freshDate(), 1, 1).get(0);
        String v0 = etag(id);

        editor().contentType(MERGE_PATCH).body("{\"headline\": \"新标题\"}").patch(ARTICLE, id).then()
                .statusCode(428).contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match"));

        String v1 = editor().contentType(MERGE_PATCH).header("If-Match", v0)
                .body("{\"headline\": \"新标题\", \"subheadline\": null, \"byline\": \"■ 张英东\"}")
                .patch(ARTICLE, id).then().statusCode(200)
                .body("headline", equalTo("新标题"))
                .body("subheadline", nullValue())
                .body("contributors.role", contains("author", "记者", "记者"))
                .body("editorial.last_editor", equalTo("alice"))
                .body("editorial.edited_by_editor", equalTo(true))
                .extract().header("ETag");
        assertNotEquals(v0, v1);

        editor().contentType(MERGE_PATCH).header("If-Match", v0).body("{\"headline\": \"迟到的修改\"}")
                .patch(ARTICLE, id).then().statusCode(412).contentType("application/problem+json")
                .header("ETag", equalTo(v1))
                .body("detail", containsString("current version is " + v1.replace("\"", "")));
        editor().get(ARTICLE, id).then().body("headline", equalTo("新标题"));
    }

    @Test
    void everyChangeKeepsThePreviousStateAsARevision() {
        String id = Fixtures.seed("lcrb", Fixtures.freshDate(), 1, 1).get(0);
        String v0 = etag(id);
        String v1 = editor().contentType(MERGE_PATCH).header("If-Match", v0).body("{\"kicker\": \"新引题\"}")
                .patch(ARTICLE, id).then().statusCode(200).extract().header("ETag");
        String v2 = editor().contentType(ContentType.JSON).header("If-Match", v1)
                .body("{\"paragraphs\": [{\"kind\": \"crosshead\", \"text\": \"一\"}, {\"kind\": \"body\", \"text\": \"正文。\"}]}")
                .put(ARTICLE + "/paragraphs", id).then().statusCode(200)
                .body("paragraphs.kind", contains("crosshead", "body")).extract().header("ETag");
        editor().contentType(ContentType.JSON).header("If-Match", v2)
                .body("{\"photos\": [{\"caption\": \"新说明\", \"credit\": \"本报记者 田柏林\", \"image_key\": \"lcrb/p1.jpg\"}]}")
                .put(ARTICLE + "/photos", id).then().statusCode(200)
                .body("photos[0].image_key", equalTo("lcrb/p1.jpg"));

        editor().get(ARTICLE + "/revisions", id).then().statusCode(200)
                .header("ETag", equalTo(editor().get(ARTICLE + "/revisions", id).header("ETag")))
                .body("items", hasSize(3))
                .body("items.number", contains(1, 2, 3))
                .body("items.editor", contains("alice", "alice", "alice"))
                .body("items.changed_fields", contains(java.util.List.of("kicker"), java.util.List.of("paragraphs"),
                        java.util.List.of("photos")))
                .body("items[0].previous_state", nullValue());
        editor().get(ARTICLE + "/revisions/1", id).then().statusCode(200)
                .body("previous_version", equalTo(Integer.parseInt(v0.replace("\"", ""))))
                .body("previous_state.kicker", equalTo("引题标题1-0"))
                .body("previous_state.headline", equalTo("标题1-0"));
        editor().get(ARTICLE + "/revisions/9", id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void patchThatChangesNothingKeepsTheVersion() {
        String id = Fixtures.seed("lcrb", Fixtures.freshDate(), 1, 1).get(0);
        String v0 = etag(id);
        editor().contentType(MERGE_PATCH).header("If-Match", v0).body("{\"headline\": \"标题1-0\"}")
                .patch(ARTICLE, id).then().statusCode(200).header("ETag", equalTo(v0));
        editor().get(ARTICLE + "/revisions", id).then().body("items", hasSize(0));
        editor().get(ARTICLE, id).then().body("editorial.edited_by_editor", equalTo(false));
    }

    @Test
    void deskReadHasVersionETagAndAnswers304() {
        String id = Fixtures.seed("lcrb", Fixtures.freshDate(), 1, 1).get(0);
        String tag = etag(id);
        assertEquals("\"" + editor().get(ARTICLE, id).jsonPath().getLong("version") + "\"", tag);
        editor().header("If-None-Match", tag).get(ARTICLE, id).then().statusCode(304).header("ETag", equalTo(tag));
    }

    @Test
    void unknownArticleIs404Problem() {
        editor().get(ARTICLE, "6f1e8c52-9d1b-4d55-9b0e-2b8c1f0a0a0a").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }
}
