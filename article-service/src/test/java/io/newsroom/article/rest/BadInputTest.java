package io.newsroom.article.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsroom.devstack.testing.JwtKeysResource;
import io.newsroom.devstack.testing.PostgresResource;
import io.newsroom.devstack.testing.RawHttp;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import io.newsroom.contract.PageUpsert;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16 item 3: every bad input article-service can be sent answers 4xx {@code application/problem+json} (never a
 * 5xx, never an empty body) naming the field where there is one, and changes nothing. One row per case: method, path
 * (raw, sent without encoding; {@code {id}} is an article of the test's own edition), content type, body, expected
 * status and field.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtKeysResource.class, restrictToAnnotatedClass = false)
class BadInputTest {

    private static final String JSON = "application/json; charset=UTF-8";
    private static final String PATCH = Fixtures.MERGE_PATCH;
    private static final String DATE = Fixtures.freshDate();
    private static final String PAGE = "/api/v1/desk/editions/lcrb/" + DATE + "/pages/1";
    private static String articleId;

    /** One bad request and what it must answer. */
    record Case(String name, String method, String path, String contentType, String body, Map<String, String> headers,
            int status, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case c(String name, String method, String path, String type, String body, int status, String field) {
        return new Case(name, method, path, type, body, Map.of(), status, field);
    }

    /** A page upsert whose first item has {@code member} set to the raw JSON {@code value}. */
    private static String pageWith(String member, String value) {
        return "{\"page_name\":\"要闻\",\"content_hash\":\"" + "a".repeat(64) + "\",\"items\":[{\"type\":\"article\","
                + "\"headline\":\"甲\",\"paragraphs\":[\"第一段。\"],\"confidence\":0.9,\"source_lines\":[[1,2]],\""
                + member + "\":" + value + "}]}";
    }

    private static String page(String headline) {
        return pageWith("kicker", "\"引题\"").replace("\"甲\"", headline);
    }

    static Stream<Case> cases() {
        List<Case> all = new ArrayList<>();
        // strict JSON in a page upsert
        all.add(c("number as headline", "PUT", PAGE, JSON, pageWith("subheadline", "123"), 400, "items[0].subheadline"));
        all.add(c("boolean as headline", "PUT", PAGE, JSON, page("true"), 400, "items[0].headline"));
        all.add(c("array as headline", "PUT", PAGE, JSON, page("[1]"), 400, "items[0].headline"));
        all.add(c("object as headline", "PUT", PAGE, JSON, page("{\"a\":1}"), 400, "items[0].headline"));
        all.add(c("fraction as jump page", "PUT", PAGE, JSON, pageWith("continues_on_page", "1.5"), 400,
                "items[0].continues_on_page"));
        all.add(c("string as jump page", "PUT", PAGE, JSON, pageWith("continues_on_page", "\"5\""), 400,
                "items[0].continues_on_page"));
        all.add(c("boolean as jump page", "PUT", PAGE, JSON, pageWith("continues_on_page", "true"), 400,
                "items[0].continues_on_page"));
        all.add(c("string as confidence", "PUT", PAGE, JSON, pageWith("photos", "[]").replace("0.9", "\"0.9\""), 400,
                "items[0].confidence"));
        all.add(c("number as flag", "PUT", PAGE, JSON, pageWith("flags", "[0]"), 400, "items[0].flags[0]"));
        all.add(c("number in paragraphs", "PUT", PAGE, JSON, pageWith("paragraphs", "[1]").replace(
                "\"paragraphs\":[\"第一段。\"],", ""), 400, "items[0].paragraphs[0]"));
        all.add(c("text after the document", "PUT", PAGE, JSON, page("\"甲\"") + " xyz", 400, "body"));
        all.add(c("second document", "PUT", PAGE, JSON, page("\"甲\"") + page("\"乙\""), 400, "body"));
        all.add(c("malformed JSON", "PUT", PAGE, JSON, "{\"page_name\":", 400, "body"));
        all.add(c("array as body", "PUT", PAGE, JSON, "[]", 400, "body"));
        all.add(c("unknown member", "PUT", PAGE, JSON, pageWith("weight", "3"), 400, "items[0].weight"));
        all.add(c("invalid UTF-8 bytes", "PUT", PAGE, JSON, null, 400, "items[0].headline"));
        // text rule
        all.add(c("NUL in headline", "PUT", PAGE, JSON, page("\"a\\u0000b\""), 400, "items[0].headline"));
        all.add(c("lone high surrogate", "PUT", PAGE, JSON, page("\"a\\ud800\""), 400, "items[0].headline"));
        all.add(c("lone low surrogate in a paragraph", "PUT", PAGE, JSON, pageWith("crossheads", "[\"\\udc00x\"]"),
                400, "items[0].crossheads[0]"));
        all.add(c("NUL in a photo caption", "PUT", PAGE, JSON, pageWith("photos", "[{\"caption\":\"\\u0000\"}]"), 400,
                "items[0].photos[0].caption"));
        all.add(c("surrogate in page name", "PUT", PAGE, JSON, page("\"甲\"").replace("要闻", "\\udfff"), 400,
                "page_name"));
        // dates and page numbers of the path
        for (String date : List.of("0000-01-01", "-2025-01-01", "+10000-01-01", "1899-12-31", "2101-01-01")) {
            all.add(c("date " + date, "PUT", "/api/v1/desk/editions/lcrb/" + date + "/pages/1", JSON,
                    page("\"甲\""), 400, "date"));
        }
        all.add(c("Arabic-Indic page digit", "PUT", "/api/v1/desk/editions/lcrb/" + DATE + "/pages/%D9%A1", JSON,
                page("\"甲\""), 400, "page"));
        all.add(c("fullwidth page digit", "GET", "/api/v1/desk/editions/lcrb/" + DATE + "/articles?page=%EF%BC%91",
                null, null, 400, "page"));
        all.add(c("NUL in page number", "PUT", "/api/v1/desk/editions/lcrb/" + DATE + "/pages/1%00", JSON,
                page("\"甲\""), 400, "page"));
        all.add(c("NUL in paper", "GET", "/api/v1/editions/lc%00rb/2025-03-26/articles", null, null, 400, "paper"));
        all.add(c("NUL in date", "GET", "/api/v1/editions/lcrb/2025-03-26%00/articles", null, null, 400, "date"));
        all.add(c("NUL in page query", "GET", "/api/v1/desk/editions/lcrb/" + DATE + "/articles?page=%00", null, null,
                400, "page"));
        all.add(c("NUL in cursor", "GET", "/api/v1/editions?cursor=%00", null, null, 400, "cursor"));
        all.add(c("year 0000 in the public API", "GET", "/api/v1/editions/lcrb/0000-01-01/articles", null, null, 400,
                "date"));
        all.add(c("NUL in paper registry code", "GET", "/api/v1/papers/lc%00rb", null, null, 400, "paper"));
        all.add(c("NUL in article id", "GET", "/api/v1/articles/%00", null, null, 400, "id"));
        all.add(c("not an article id", "GET", "/api/v1/articles/x", null, null, 404, null));
        // the editors' merge patch and list replacements
        String article = "/api/v1/desk/articles/{id}";
        all.add(c("patch: array as headline", "PATCH", article, PATCH, "{\"headline\":[1]}", 400, "headline"));
        all.add(c("patch: number as headline", "PATCH", article, PATCH, "{\"headline\":123}", 400, "headline"));
        all.add(c("patch: boolean as headline", "PATCH", article, PATCH, "{\"headline\":true}", 400, "headline"));
        all.add(c("patch: fraction as jump page", "PATCH", article, PATCH, "{\"continues_on_page\":1.5}", 400,
                "continues_on_page"));
        all.add(c("patch: text after the document", "PATCH", article, PATCH, "{\"headline\":\"x\"} xyz", 400, "body"));
        all.add(c("patch: NUL", "PATCH", article, PATCH, "{\"headline\":\"\\u0000\"}", 400, "headline"));
        all.add(c("patch: lone surrogate", "PATCH", article, PATCH, "{\"byline\":\"\\ud800\"}", 400, "byline"));
        all.add(c("patch: not an object", "PATCH", article, PATCH, "\"headline\"", 400, "body"));
        all.add(c("paragraphs: number as text", "PUT", article + "/paragraphs", JSON,
                "{\"paragraphs\":[{\"kind\":\"body\",\"text\":123}]}", 400, "paragraphs[0].text"));
        all.add(c("photos: NUL in credit", "PUT", article + "/photos", JSON,
                "{\"photos\":[{\"caption\":\"图\",\"credit\":\"\\u0000\"}]}", 400, "photos[0].credit"));
        all.add(c("split: fraction", "POST", article + "/split", JSON, "{\"paragraph\":1.5}", 400, "paragraph"));
        all.add(c("split: string", "POST", article + "/split", JSON, "{\"paragraph\":\"1\"}", 400, "paragraph"));
        all.add(c("move: number as part", "POST", article + "/move", JSON,
                "{\"part\":1,\"to_id\":\"00000000-0000-0000-0000-000000000000\",\"to_version\":1}", 400, "part"));
        // Vert.x' limits
        all.add(c("URI too long", "GET", "/api/v1/editions?cursor=" + "a".repeat(10_000), null, null, 414, null));
        all.add(new Case("headers too large", "GET", "/api/v1/editions", null, null,
                Map.of("X-Padding", "a".repeat(30_000)), 431, null));
        all.add(c("body over the limit", "RAW", PAGE, null, "PUT " + PAGE + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + 11 * 1024 * 1024 + "\r\n\r\n{", 413, "body"));
        all.add(c("HTTP/1.1 without Host", "RAW", null, null, "GET /api/v1/editions HTTP/1.1\r\n\r\n", 400, null));
        all.add(c("body over the limit, page name", "RAW", null, null, "PATCH /api/v1/desk/articles/x HTTP/1.1\r\n"
                + "Host: localhost\r\nContent-Length: 99999999999\r\n\r\n", 413, "body"));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersAProblemNamingTheField(Case c) {
        if (c.method().equals("RAW")) {
            RawHttp.Answer answer = RawHttp.exchange(RestAssured.port, c.body().getBytes(StandardCharsets.UTF_8));
            assertEquals(c.status(), answer.status(), c.name() + ": " + answer);
            assertEquals("application/problem+json", answer.headers().get("content-type"), c.name() + ": " + answer);
            JsonPath body = new JsonPath(answer.body());
            assertEquals(c.status(), body.getInt("status"));
            if (c.field() != null) {
                assertTrue(body.getList("errors.field").contains(c.field()), answer.body());
            }
            return;
        }
        RequestSpecification request = given().urlEncodingEnabled(false)
                .config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(JwtKeysResource.token("alice", "editor"))
                .header("If-Match", "\"1\"");
        c.headers().forEach(request::header);
        if (c.contentType() != null) {
            request.contentType(c.contentType());
        }
        if (c.name().equals("invalid UTF-8 bytes")) {
            byte[] ok = page("\"X\"").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < ok.length; i++) {
                if (ok[i] == 'X') {
                    ok[i] = (byte) 0xC3; // a lead byte followed by '"': no UTF-8
                }
            }
            request.body(ok);
        } else if (c.body() != null) {
            request.body(c.body().getBytes(StandardCharsets.UTF_8));
        }
        Response r = request.request(c.method(), c.path().replace("{id}", articleId()));
        assertEquals(c.status(), r.statusCode(), c.name() + ": " + r.asString());
        r.then().contentType("application/problem+json").body(not(emptyOrNullString()))
                .body("status", equalTo(c.status()));
        if (c.field() != null) {
            r.then().body("errors.field", hasItem(c.field()));
        }
    }

    @Test
    void theBodyLimitIsTheContracts() {
        MemorySize limit = ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", MemorySize.class);
        assertEquals(PageUpsert.MAX_JSON_BYTES, limit.asLongValue(),
                "edition-service refuses pages over PageUpsert.MAX_JSON_BYTES believing this is article-service's limit");
    }

    private static synchronized String articleId() {
        if (articleId == null) {
            articleId = Fixtures.seed("lcrb", DATE, 2, 1).get(0);
        }
        return articleId;
    }
}
