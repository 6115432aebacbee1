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
        assertEquals("本报记者 夏旭光 本报通讯员 杨坤", item.get("by").asText());
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
