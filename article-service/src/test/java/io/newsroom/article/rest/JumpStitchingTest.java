package io.newsroom.article.rest;

import static io.newsroom.article.rest.Fixtures.editor;
import static io.newsroom.article.rest.Fixtures.page;
import static io.newsroom.article.rest.Fixtures.upsert;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.contract.json.ContractJsonModule;
import io.newsroom.devstack.Seeds;
import io.newsroom.devstack.testing.JwtKeysResource;
import io.newsroom.devstack.testing.PostgresResource;
import io.newsroom.segmenter.PageSegmenter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Jumps stitched (README "Jumps"), through the API: the real multi-page edition lywb-e1 of the segmenter's
 * {@code dev} corpus (page 1 jumps to pages 3 and 5, a teaser names page 2), uploaded page by page as its gold
 * items (with the printed jump wording the segmenter gives them), and once as the real segmenter reads it.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtKeysResource.class, restrictToAnnotatedClass = false)
class JumpStitchingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DEV = Seeds.dir().resolve("..").resolve("segmenter").resolve("corpus").resolve("dev");

    @Test
    void pagesUploadedOneByOneGiveReadersOneStoryOnPagesOneAndThree() {
        String date = Fixtures.freshDate();
        upsertGold(date, 1);
        String head = idOf(date, 1, "老年公交IC卡明起分区办理");
        desk(head).body("editorial.flags", hasItem("JUMP_UNMATCHED")).body("jump_target_id", nullValue())
                .body("jump_text", equalTo("（下转第3版）"));
        for (int page = 2; page <= 6; page++) {
            upsertGold(date, page);
        }
        String continuation = idOf(date, 3, "老年公交IC卡明起分区办理");
        String teaser = idOf(date, 1, "路边垃圾成堆 沟渠臭味难闻");
        String story = idOf(date, 2, "路边垃圾成堆 沟渠臭味难闻");
        desk(head).body("jump_target_id", equalTo(continuation))
                .body("editorial.flags", not(hasItem("JUMP_UNMATCHED")))
                .body("pages", contains(1, 3))
                .body("paragraphs", hasSize(2)); // the desk edits the article's own paragraphs
        desk(continuation).body("continued_from_id", equalTo(head)).body("editorial.flags", not(hasItem(
                "JUMP_UNMATCHED")));
        desk(teaser).body("type", equalTo("teaser")).body("jump_text", equalTo("详见第2版"))
                .body("jump_target_id", equalTo(story));
        editor().get("/api/v1/desk/editions/lcrb/{date}/articles", date).then().statusCode(200)
                .body("items.editorial.flags.flatten()", not(hasItem("JUMP_UNMATCHED")))
                .body("items.editorial.flags.flatten()", not(hasItem("JUMP_AMBIGUOUS")));

        Fixtures.publish("lcrb", date);
        JsonPath article = given().get("/api/v1/articles/{id}", head).then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.matchesPattern("\"\\d+\\.\\d+\""))
                .body("pages", contains(1, 3))
                .body("parts.page", contains(1, 3))
                .body("parts.article_id", contains(head, continuation))
                .body("parts[0].paragraphs", hasSize(2))
                .body("parts[1].paragraphs", hasSize(3))
                .extract().jsonPath();
        List<String> text = article.getList("paragraphs.text", String.class);
        assertEquals(4, text.size(), "2 + 3 paragraphs, the sentence broken by the jump one paragraph: " + text);
        assertTrue(text.get(1).contains("离休管理部门集中登记造册预约办理；其他老人"), text.get(1));
        assertTrue(text.get(3).endsWith("凭卡可乘坐市公交集团全部线路的公交汽车和电车。"), text.get(3));

        given().get("/api/v1/articles/{id}", continuation).then().statusCode(200)
                .body("id", equalTo(head)).body("pages", contains(1, 3))
                .body("web_url", equalTo("/editions/lcrb/" + date + "/articles/" + head + ".html"));
        // the change feed names the story, never its continuation (README "Feeds")
        List<String> changed = new java.util.ArrayList<>();
        long after = 0;
        boolean more = true;
        while (more) {
            JsonPath page = given().queryParam("after", after).queryParam("limit", 1000).get("/api/v1/changes").then()
                    .statusCode(200).extract().jsonPath();
            changed.addAll(page.getList("items.article_id", String.class));
            after = page.getLong("last_sequence");
            more = page.getBoolean("more");
        }
        assertTrue(changed.contains(head) && !changed.contains(continuation), "story upserted, continuation not");
        given().accept("application/ninjs+json").get("/api/v1/articles/{id}", head).then().statusCode(200)
                .body("bodies[0].value", containsString("集中登记造册预约办理"));

        JsonPath listing = given().get("/api/v1/editions/lcrb/{date}/articles?limit=100", date).then()
                .statusCode(200).extract().jsonPath();
        List<String> ids = listing.getList("items.id", String.class);
        assertTrue(ids.contains(head));
        assertFalse(ids.contains(continuation), "a continuation is no story of its own for readers");
        assertFalse(ids.contains(idOf(date, 5, "“扫雪队”成主力")));
        int at = ids.indexOf(head);
        assertEquals(List.of(1, 3), listing.getList("items[" + at + "].pages", Integer.class));
        int teaserAt = ids.indexOf(teaser);
        assertEquals("详见第2版", listing.getString("items[" + teaserAt + "].jump_text"));
        assertEquals(story, listing.getString("items[" + teaserAt + "].jump_target_id"));
        given().get("/api/v1/editions").then().statusCode(200);
    }

    @Test
    void anEditorUnlinksAndLinksAndAPageUploadKeepsTheDecision() {
        String date = Fixtures.freshDate();
        upsertGold(date, 1);
        upsertGold(date, 5);
        String head = idOf(date, 1, "“扫雪队”成主力");
        String continuation = idOf(date, 5, "“扫雪队”成主力");
        desk(head).body("jump_target_id", equalTo(continuation));

        editor().delete("/api/v1/desk/articles/{id}/continuation", head).then().statusCode(200)
                .body("jump_target_id", nullValue())
                .body("editorial.flags", not(hasItem("JUMP_UNMATCHED")))
                .body("pages", contains(1));
        desk(continuation).body("continued_from_id", nullValue()).body("editorial.flags", hasItem("JUMP_UNMATCHED"));

        // page 1 sent again (another text, the same items): the editor's decision stays
        upsert("lcrb", date, 1, page("要闻", "lywb-e1-p1 again", goldItems(1)));
        desk(head).body("jump_target_id", nullValue());

        editor().contentType(ContentType.JSON).body(Map.of("continuation_id", continuation))
                .put("/api/v1/desk/articles/{id}/continuation", head).then().statusCode(200)
                .body("jump_target_id", equalTo(continuation)).body("pages", contains(1, 5));
        desk(continuation).body("continued_from_id", equalTo(head))
                .body("editorial.flags", not(hasItem("JUMP_UNMATCHED")));
        upsert("lcrb", date, 5, page("要闻", "lywb-e1-p5 again", goldItems(5)));
        desk(head).body("jump_target_id", equalTo(continuation));

        // the continuation of page 5 cannot continue a second article
        String other = idOf(date, 1, "老年公交IC卡明起分区办理");
        conflict(editor().contentType(ContentType.JSON).body(Map.of("continuation_id", continuation))
                .put("/api/v1/desk/articles/{id}/continuation", other).then());
        // an editor's "continues nothing" on the continuation removes the link of the article it continues
        editor().delete("/api/v1/desk/articles/{id}/continuation", continuation).then().statusCode(200)
                .body("continued_from_id", nullValue());
        desk(head).body("jump_target_id", nullValue());
    }

    @Test
    void badLinksAreRefusedNamingTheField() {
        String date = Fixtures.freshDate();
        upsertGold(date, 1);
        upsertGold(date, 3);
        String head = idOf(date, 1, "老年公交IC卡明起分区办理");
        String samePage = idOf(date, 1, "昨日谷雨过 今赏牡丹正当时");
        String later = idOf(date, 3, "警察抓到小偷 小偷感谢警察");
        String elsewhere = Fixtures.seed("lcrb", Fixtures.freshDate(), 3, 1).get(0);

        invalid(link(head, samePage), "continuation_id", "later page");
        invalid(link(later, head), "continuation_id", "later page");
        invalid(link(head, elsewhere), "continuation_id", "same edition");
        invalid(link(head, head), "continuation_id", "another article");
        invalid(link(head, "00000000-0000-0000-0000-000000000000"), "continuation_id", "no article");
        invalid(editor().contentType(ContentType.JSON).body(Map.of()).put("/api/v1/desk/articles/{id}/continuation",
                head).then(), "continuation_id", "");
        String staff = idOfType(date, 1, "staff");
        conflict(link(staff, later));
        conflict(editor().delete("/api/v1/desk/articles/{id}/continuation", samePage).then());
        editor().contentType(ContentType.JSON).body(Map.of("continuation_id", later))
                .put("/api/v1/desk/articles/{id}/continuation", "00000000-0000-0000-0000-000000000000").then()
                .statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("continuation_id", later))
                .put("/api/v1/desk/articles/{id}/continuation", head).then().statusCode(401);
        desk(head).body("jump_target_id", equalTo(idOf(date, 3, "老年公交IC卡明起分区办理")));
    }

    @Test
    void theRealSegmenterOnTheCorpusPagesStitchesTheJumpToPageFive() throws IOException {
        String date = Fixtures.freshDate();
        PageSegmenter segmenter = new PageSegmenter();
        ObjectMapper contract = ContractJsonModule.mapper();
        for (int page : List.of(1, 2, 3, 5)) {
            String text = Files.readString(DEV.resolve("text").resolve("lywb-e1-p" + page + ".pdftotext.txt"));
            List<?> items = contract.readValue(contract.writeValueAsString(segmenter.segment(text).items()),
                    List.class);
            editor().contentType(ContentType.JSON).body(Map.of("page_name", "第" + page + "版",
                    "content_hash", Fixtures.sha256(text), "items", items))
                    .put("/api/v1/desk/editions/lcrb/{date}/pages/{page}", date, page).then().statusCode(200);
        }
        JsonPath p1 = editor().get("/api/v1/desk/editions/lcrb/{date}/articles?page=1", date).then().statusCode(200)
                .extract().jsonPath();
        int jumpTo5 = p1.getList("items.continues_on_page", Integer.class).indexOf(5);
        String head = p1.getString("items[" + jumpTo5 + "].id");
        assertEquals("（下转第5版）", p1.getString("items[" + jumpTo5 + "].jump_text"));
        String continuation = p1.getString("items[" + jumpTo5 + "].jump_target_id");
        assertNotNull(continuation, "the segmented jump to page 5 is linked");
        desk(continuation).body("page", equalTo(5)).body("continued_from_page", equalTo(1));
        // the teaser line "详见第2版" keeps its wording whatever the segmenter made of its item
        int jumpTo2 = p1.getList("items.continues_on_page", Integer.class).indexOf(2);
        assertEquals("详见第2版", p1.getString("items[" + jumpTo2 + "].jump_text"));
        Fixtures.publish("lcrb", date);
        List<String> text = given().get("/api/v1/articles/{id}", head).then().statusCode(200)
                .body("pages", contains(1, 5)).extract().jsonPath().getList("paragraphs.text", String.class);
        assertTrue(String.join("", text).contains("小区门口已经没有了积雪。"), "page 5's text is in: " + text);
    }

    private static ValidatableResponse link(String id, String continuation) {
        return editor().contentType(ContentType.JSON).body(Map.of("continuation_id", continuation))
                .put("/api/v1/desk/articles/{id}/continuation", id).then();
    }

    private static void invalid(ValidatableResponse r, String field, String reason) {
        r.statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field))
                .body("detail", containsString(reason));
    }

    private static void conflict(ValidatableResponse r) {
        r.statusCode(409).contentType("application/problem+json");
    }

    private static ValidatableResponse desk(String id) {
        return editor().get("/api/v1/desk/articles/{id}", id).then().statusCode(200);
    }

    private static String idOf(String date, int page, String headline) {
        JsonPath items = editor().get("/api/v1/desk/editions/lcrb/{date}/articles?page={page}", date, page).then()
                .statusCode(200).extract().jsonPath();
        int at = items.getList("items.headline", String.class).indexOf(headline);
        assertTrue(at >= 0, "no " + headline + " on page " + page);
        return items.getString("items[" + at + "].id");
    }

    private static String idOfType(String date, int page, String type) {
        JsonPath items = editor().get("/api/v1/desk/editions/lcrb/{date}/articles?page={page}", date, page).then()
                .statusCode(200).extract().jsonPath();
        return items.getString("items[" + items.getList("items.type", String.class).indexOf(type) + "].id");
    }

    private static void upsertGold(String date, int page) {
        upsert("lcrb", date, page, page("第" + page + "版", "lywb-e1-p" + page, goldItems(page)));
    }

    /**
     * @return the gold items of a page of lywb-e1 with the jump wording as printed (the gold leaves it out; the
     *         segmenter gives it, see the last test)
     */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> goldItems(int page) {
        Path file = DEV.resolve("gold").resolve("lywb-e1-p" + page + ".pdftotext.json");
        try {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Map<String, Object> item : (List<Map<String, Object>>) JSON.readValue(file.toFile(), HashMap.class)
                    .get("items")) {
                Map<String, Object> copy = new LinkedHashMap<>(item);
                Object jump = item.get("continues_on_page");
                if (jump != null) {
                    copy.put("jump_text", "teaser".equals(item.get("type")) ? "详见第" + jump + "版"
                            : "（下转第" + jump + "版）");
                }
                copy.put("confidence", 0.9);
                items.add(copy);
            }
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
