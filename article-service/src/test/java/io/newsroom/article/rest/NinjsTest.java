package io.newsroom.article.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.newsroom.devstack.testing.JwtKeysResource;
import io.newsroom.devstack.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ninjs representation validates against IPTC's ninjs 2.3 JSON Schema (copied into test resources). */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtKeysResource.class, restrictToAnnotatedClass = false)
class NinjsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = NinjsTest.class.getResourceAsStream("/ninjs/ninjs-schema_2.3.json")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        }
    }

    @Test
    void everyGoldArticleValidatesAndCarriesTheMappedFields() throws IOException {
        String date = Fixtures.freshDate();
        List<String> ids = Fixtures.upsert("lcrb", date, 1,
                        Fixtures.page("要闻", "ninjs", Fixtures.goldItems("000_4d5d399ab3f75c42.json")))
                .extract().jsonPath().getList("articles.id", String.class);
        Fixtures.publish("lcrb", date);
        for (String id : ids) {
            JsonNode item = ninjs(id);
            Set<ValidationMessage> errors = schema.validate(item);
            assertTrue(errors.isEmpty(), id + ": " + errors);
            assertEquals("urn:newsroom:article:" + id, item.get("uri").asText());
            assertEquals("zh-CN", item.get("language").asText());
        }
        JsonNode first = ninjs(ids.get(0));
        JsonNode body = first.get("bodies").get(0);
        assertEquals("text/plain", body.get("contenttype").asText());
        assertEquals(body.get("value").asText().replaceAll("\\s", "").codePointCount(0,
                body.get("value").asText().replaceAll("\\s", "").length()), body.get("charcount").asInt());
    }

    @Test
    void kickerSubheadlineBylineAndPhotosAreMapped() throws IOException {
        String date = Fixtures.freshDate();
        String id = Fixtures.seed("lcrb", date, 1, 1).get(0);
        Fixtures.publish("lcrb", date);
        JsonNode item = ninjs(id);
        assertTrue(schema.validate(item).isEmpty(), () -> schema.validate(item).toString());
        Map<String, String> headlines = new java.util.HashMap<>();
        item.get("headlines").forEach(h -> headlines.put(h.get("role").asText(), h.get("value").asText()));
        assertEquals(Map.of("main", "标题1-0", "kicker", "引题标题1-0", "subheadline", "——副题"), headlines);
        // byline 本报记者 夏旭光 本报通讯员 杨坤, dateline 本报讯（记者 赵宗锋 黄振）
        assertEquals("本报记者 夏旭光 赵宗锋 黄振 本报通讯员 杨坤", item.get("by").asText());
        JsonNode photo = item.get("associations").get(0);
        assertEquals("picture", photo.get("type").asText());
        assertEquals("标题1-0图片说明", photo.get("descriptions").get(0).get("value").asText());
        assertEquals("本报记者 田柏林", photo.get("by").asText());
        List<String> roles = StreamSupport.stream(item.get("bodies").spliterator(), false)
                .map(b -> b.get("role").asText()).toList();
        assertEquals(List.of("main", "richtext"), roles);
        assertTrue(item.get("bodies").get(1).get("value").asText().contains("<h3>小标题</h3>"));
    }

    @Test
    void timesArePrintDateIngestAndLastChange() throws IOException {
        String date = Fixtures.freshDate();
        String id = Fixtures.seed("lcrb", date, 1, 1).get(0);
        Fixtures.publish("lcrb", date);
        JsonNode view = JSON.readTree(given().get("/api/v1/articles/{id}", id).then().statusCode(200)
                .extract().asString());
        JsonNode item = ninjs(id);
        assertTrue(schema.validate(item).isEmpty(), () -> schema.validate(item).toString());
        assertEquals(date + "T00:00:00+08:00", item.get("contentcreated").asText());
        assertEquals(Instant.parse(view.get("created_at").asText()), Instant.parse(item.get("firstcreated").asText()));
        assertEquals(Instant.parse(view.get("updated_at").asText()), Instant.parse(item.get("versioncreated").asText()));

        Fixtures.editor().contentType(Fixtures.MERGE_PATCH).header("If-Match", Fixtures.etag(id))
                .body(Map.of("headline", "更正后的标题")).patch("/api/v1/desk/articles/{id}", id).then().statusCode(200);
        JsonNode corrected = ninjs(id);
        JsonNode correctedView = JSON.readTree(given().get("/api/v1/articles/{id}", id).then().extract().asString());
        Instant changed = Instant.parse(corrected.get("versioncreated").asText());
        assertEquals(Instant.parse(correctedView.get("updated_at").asText()), changed);
        assertTrue(changed.isAfter(Instant.parse(item.get("versioncreated").asText())), changed.toString());
        assertEquals(item.get("firstcreated"), corrected.get("firstcreated"));
        assertEquals(item.get("contentcreated"), corrected.get("contentcreated"));
    }

    @Test
    void reportersNamedOnlyInTheDatelineAreInByAndPeople() throws IOException {
        String date = Fixtures.freshDate();
        Map<String, Object> article = Fixtures.article("电头署名");
        article.put("byline", null);
        article.put("dateline", "本报讯（记者 赵琦 黄振）");
        Map<String, Object> both = Fixtures.article("两处署名");
        both.put("byline", "本报记者 赵琦 本报通讯员 杨坤");
        both.put("dateline", "本报讯（记者 赵琦 黄振）");
        List<String> ids = Fixtures.upsert("lcrb", date, 1, Fixtures.page("要闻", "dateline" + date,
                List.of(article, both))).extract().jsonPath().getList("articles.id", String.class);
        Fixtures.publish("lcrb", date);

        JsonNode item = ninjs(ids.get(0));
        assertTrue(schema.validate(item).isEmpty(), () -> schema.validate(item).toString());
        assertEquals("本报记者 赵琦 黄振", item.get("by").asText());
        assertEquals(List.of("赵琦/记者", "黄振/记者"), people(item));

        JsonNode twice = ninjs(ids.get(1));
        assertEquals("本报记者 赵琦 黄振 本报通讯员 杨坤", twice.get("by").asText());
        assertEquals(List.of("赵琦/记者", "杨坤/通讯员", "黄振/记者"), people(twice));
    }

    @Test
    void aTeaserIsAPartialRepresentationAnArticleFull() throws IOException {
        String date = Fixtures.freshDate();
        Map<String, Object> teaser = Fixtures.article("导读标题");
        teaser.put("type", "teaser");
        teaser.put("jump_text", "详见第2版");
        teaser.put("continues_on_page", 2);
        List<String> ids = Fixtures.upsert("lcrb", date, 1, Fixtures.page("要闻", "teaser" + date,
                List.of(Fixtures.article("正文标题"), teaser))).extract().jsonPath().getList("articles.id", String.class);
        Fixtures.publish("lcrb", date);
        assertEquals("full", ninjs(ids.get(0)).get("representationtype").asText());
        JsonNode partial = ninjs(ids.get(1));
        assertTrue(schema.validate(partial).isEmpty(), () -> schema.validate(partial).toString());
        assertEquals("partial", partial.get("representationtype").asText());
        assertEquals("newsroom-teaser", partial.get("profile").asText());
    }

    private static List<String> people(JsonNode item) {
        return StreamSupport.stream(item.get("people").spliterator(), false)
                .map(p -> p.get("name").asText() + "/" + p.get("rel").asText()).toList();
    }

    @Test
    void draftHasNoNinjsEither() {
        String id = Fixtures.seed("lcrb", Fixtures.freshDate(), 1, 1).get(0);
        given().accept("application/ninjs+json").get("/api/v1/articles/{id}", id).then().statusCode(404);
    }

    private static JsonNode ninjs(String id) throws IOException {
        String body = given().accept("application/ninjs+json").get("/api/v1/articles/{id}", id).then()
                .statusCode(200).contentType("application/ninjs+json").extract().asString();
        return JSON.readTree(body);
    }
}
