package io.newsroom.render.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsroom.devstack.testing.JwtKeysResource;
import io.newsroom.devstack.testing.RawHttp;
import io.newsroom.devstack.testing.S3Resource;
import io.newsroom.render.ArticleServiceStub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16 item 3: every bad input render-service can be sent answers 4xx {@code application/problem+json} (never a
 * 5xx, never an empty body) naming the field where there is one. One row per case: method, path (raw, sent without
 * encoding), content type, body, expected status and field.
 */
@QuarkusTest
@QuarkusTestResource(value = S3Resource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtKeysResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ArticleServiceStub.class, restrictToAnnotatedClass = false)
class BadInputTest {

    private static final String JSON = "application/json; charset=UTF-8";
    private static final String RENDER = "/api/v1/renditions/lcrb/2031-09-10";

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

    static Stream<Case> cases() {
        List<Case> all = new ArrayList<>();
        all.add(c("number as paper name", "POST", RENDER, JSON, "{\"paper_name\":123}", 400, "paper_name"));
        all.add(c("boolean as publisher", "POST", RENDER, JSON, "{\"publisher\":true}", 400, "publisher"));
        all.add(c("array as paper name", "POST", RENDER, JSON, "{\"paper_name\":[1]}", 400, "paper_name"));
        all.add(c("text after the document", "POST", RENDER, JSON, "{\"paper_name\":\"x\"} xyz", 400, "body"));
        all.add(c("malformed JSON", "POST", RENDER, JSON, "{\"paper_name\":", 400, "body"));
        all.add(c("array as body", "POST", RENDER, JSON, "[]", 400, "body"));
        all.add(c("NUL in paper name", "POST", RENDER, JSON, "{\"paper_name\":\"a\\u0000\"}", 400, "paper_name"));
        all.add(c("lone surrogate in publisher", "POST", RENDER, JSON, "{\"publisher\":\"\\ud800\"}", 400,
                "publisher"));
        for (String date : List.of("0000-01-01", "-2025-01-01", "+10000-01-01", "2101-01-01")) {
            all.add(c("rendition dated " + date, "GET", "/api/v1/renditions/lcrb/" + date, null, null, 400, "date"));
        }
        all.add(c("rendering dated 1899-12-31", "POST", "/api/v1/renditions/lcrb/1899-12-31", JSON, "{}", 400, "date"));
        all.add(c("NUL in a file path", "GET", "/editions/lcrb/2025-03-26/index%00.html", null, null, 400, "path"));
        all.add(c("NUL in paper", "GET", "/editions/lc%00rb/2025-03-26/index.html", null, null, 400, "paper"));
        all.add(c("NUL in date", "GET", "/api/v1/renditions/lcrb/2025-03-26%00", null, null, 400, "date"));
        all.add(c("NUL in a query parameter", "GET", RENDER + "?x=%00", null, null, 400, "x"));
        all.add(c("URI too long", "GET", RENDER + "?x=" + "a".repeat(10_000), null, null, 414, null));
        all.add(new Case("headers too large", "GET", RENDER, null, null, Map.of("X-Padding", "a".repeat(30_000)), 431,
                null));
        all.add(c("body over the server's limit", "RAW", null, null, "POST " + RENDER + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + 11 * 1024 * 1024 + "\r\n\r\n{", 413, "body"));
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
            assertTrue(body.getList("errors.field").contains(c.field()), answer.body());
            return;
        }
        RequestSpecification request = given().urlEncodingEnabled(false)
                .config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(JwtKeysResource.token("alice", "editor"));
        c.headers().forEach(request::header);
        if (c.contentType() != null) {
            request.contentType(c.contentType());
        }
        if (c.body() != null) {
            request.body(c.body().getBytes(StandardCharsets.UTF_8));
        }
        Response r = request.request(c.method(), c.path());
        assertEquals(c.status(), r.statusCode(), c.name() + ": " + r.asString());
        r.then().contentType("application/problem+json").body(not(emptyOrNullString()))
                .body("status", equalTo(c.status()));
        if (c.field() != null) {
            r.then().body("errors.field", hasItem(c.field()));
        }
    }
}
