package io.newsroom.article.rest;

import static io.newsroom.article.rest.Fixtures.MERGE_PATCH;
import static io.newsroom.article.rest.Fixtures.editor;
import static io.newsroom.article.rest.Fixtures.etag;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsroom.devstack.testing.JwtKeysResource;
import io.newsroom.devstack.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reverting an article to the state before a revision (README "Publishing safely and history"). */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtKeysResource.class, restrictToAnnotatedClass = false)
class RevertTest {

    private static final String ARTICLE = "/api/v1/desk/articles/{id}";

    @Test
    void revertRestoresTheFieldsAsANewRevisionAndRefusesAStaleVersion() {
        String id = Fixtures.seed("lcrb", Fixtures.freshDate(), 1, 1).get(0);
        String v0 = etag(id);
        String v1 = editor().contentType(MERGE_PATCH).header("If-Match", v0)
                .body("{\"headline\": \"改过的标题\", \"byline\": \"本报记者 王五\"}").patch(ARTICLE, id).then()
                .statusCode(200).extract().header("ETag");
        String v2 = editor().contentType(ContentType.JSON).header("If-Match", v1)
                .body("{\"paragraphs\": [{\"kind\": \"body\", \"text\": \"完全重写的正文。\"}]}")
                .put(ARTICLE + "/paragraphs", id).then().statusCode(200).extract().header("ETag");

        // revert to before revision 1: the headline and the paragraphs come back, in one new revision
        editor().header("If-Match", v1).post(ARTICLE + "/revisions/1/revert", id).then().statusCode(412)
                .contentType("application/problem+json").body("errors[0].field", equalTo("If-Match"))
                .body("detail", containsString("stale"));
        editor().get(ARTICLE, id).then().body("headline", equalTo("改过的标题"));
        editor().post(ARTICLE + "/revisions/1/revert", id).then().statusCode(428);
        editor().header("If-Match", v2).post(ARTICLE + "/revisions/9/revert", id).then().statusCode(404)
                .body("errors[0].field", equalTo("n"));

        String v3 = editor().header("If-Match", v2).post(ARTICLE + "/revisions/1/revert", id).then().statusCode(200)
                .body("headline", equalTo("标题1-0"))
                .body("byline", equalTo(editor().get(ARTICLE + "/revisions/1", id).jsonPath()
                        .getString("previous_state.byline")))
                .body("paragraphs.text", contains("标题1-0的第一段。", "小标题", "标题1-0的第二段。"))
                .body("editorial.last_editor", equalTo("alice"))
                .extract().header("ETag");
        assertNotEquals(v2, v3);
        editor().get(ARTICLE + "/revisions", id).then().body("items", hasSize(3))
                .body("items[2].changed_fields", contains("headline", "byline", "paragraphs"));
        // the revert itself can be reverted: revision 3 kept the state it replaced
        editor().header("If-Match", v3).post(ARTICLE + "/revisions/3/revert", id).then().statusCode(200)
                .body("headline", equalTo("改过的标题"))
                .body("paragraphs.text", contains("完全重写的正文。"));
    }

    @Test
    void aRevertAcrossAMergeIsRefused() {
        List<String> ids = Fixtures.seed("lcrb", Fixtures.freshDate(), 1, 2);
        String first = ids.get(0);
        String v1 = editor().contentType(MERGE_PATCH).header("If-Match", etag(first)).body("{\"kicker\": \"新引题\"}")
                .patch(ARTICLE, first).then().statusCode(200).extract().header("ETag");
        String merged = editor().contentType(ContentType.JSON).header("If-Match", v1)
                .body("{\"other_id\": \"" + ids.get(1) + "\", \"other_version\": " + etag(ids.get(1)).replace("\"", "")
                        + "}")
                .post(ARTICLE + "/merge", first).then().statusCode(200).extract().header("ETag");
        editor().header("If-Match", merged).post(ARTICLE + "/revisions/1/revert", first).then().statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("n"));
        editor().get(ARTICLE, first).then().body("kicker", equalTo("新引题"));
    }
}
