package io.newsroom.edition.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.newsroom.edition.ServiceStubs.article;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsroom.devstack.testing.RawHttp;
import io.newsroom.edition.EditionTestResources;
import io.newsroom.edition.ServiceStubs;
import io.newsroom.edition.TestPages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16 item 3: every bad input edition-service can be sent answers 4xx {@code application/problem+json} (never a
 * 5xx, never an empty body) naming the field where there is one, calls article-service for nothing but its paper
 * registry (so a 4xx is never turned into retries) and stores nothing. One row per case: method, path (raw, sent
 * without encoding), content type, body, expected status and field ({@code *}: some field).
 */
@QuarkusTest
@EditionTestResources
class BadInputTest {

    private static final String DATE = "2031-07-08";
    private static final String PAGE = "/api/v1/workflow/editions/lcrb/" + DATE + "/pages/1";
    private static final String TEXT_UTF8 = "text/plain; charset=UTF-8";

    /** One bad request and what it must answer. */
    record Case(String name, String method, String path, String contentType, byte[] body, Map<String, String> headers,
            int status, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case c(String name, String method, String path, String type, String body, int status, String field) {
        return new Case(name, method, path, type, body == null ? null : body.getBytes(StandardCharsets.UTF_8), Map.of(),
                status, field);
    }

    private static String seedText() {
        return TestPages.seeds().get(0).text();
    }

    private static String multipart(String boundary, String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            out.append("--").append(boundary).append("\r\n").append(part).append("\r\n");
        }
        return out.append("--").append(boundary).append("--\r\n").toString();
    }

    static Stream<Case> cases() {
        List<Case> all = new ArrayList<>();
        String text = seedText();
        // page name and page text
        all.add(c("NUL in page_name", "PUT", PAGE + "?page_name=%E8%A6%81%00", TEXT_UTF8, text, 400, "page_name"));
        all.add(c("NUL in the multipart page_name", "PUT", PAGE, "multipart/form-data; boundary=b0", multipart("b0",
                "Content-Disposition: form-data; name=\"file\"; filename=\"p.txt\"\r\nContent-Type: text/plain\r\n\r\n"
                        + text, "Content-Disposition: form-data; name=\"page_name\"\r\n\r\n要\u0000闻"), 400,
                "page_name"));
        all.add(c("only zero-width characters", "PUT", PAGE, TEXT_UTF8, "\u200b\u200c\u200d\ufeff\u2060\n\u200b", 400,
                "body"));
        all.add(c("only control characters", "PUT", PAGE, TEXT_UTF8, "\u0001\u0002\u0007\n\u001b\u007f\u0085", 400,
                "body"));
        all.add(c("only whitespace and separators", "PUT", PAGE, TEXT_UTF8, " \t\u3000\u00a0\u2028\n\r\n", 400, "body"));
        all.add(c("zero-width characters, detected charset", "PUT", PAGE, "text/plain", "\u200b\u200b\n", 400, "body"));
        all.add(c("a 300,000-character line", "PUT", PAGE, TEXT_UTF8, "本报讯" + "字".repeat(300_000) + "。\n", 413, "*"));
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            lines.append("第").append(i).append("行。\n");
        }
        all.add(c("100,000 lines", "PUT", PAGE, TEXT_UTF8, lines.toString(), 413, "*"));
        all.add(c("control characters that JSON escapes six-fold", "PUT", PAGE, TEXT_UTF8,
                ("本报讯" + "\u0001".repeat(8_000) + "。\n").repeat(240), 413, "*"));
        // dates and page numbers
        for (String date : List.of("0000-01-01", "-2025-01-01", "+10000-01-01", "1899-12-31", "2101-01-01")) {
            all.add(c("upload dated " + date, "PUT", "/api/v1/workflow/editions/lcrb/" + date + "/pages/1", TEXT_UTF8,
                    text, 400, "date"));
        }
        all.add(c("edition dated 0000-01-01", "GET", "/api/v1/workflow/editions/lcrb/0000-01-01", null, null, 400,
                "date"));
        all.add(c("publication dated -2025-01-01", "POST", "/api/v1/workflow/editions/lcrb/-2025-01-01/publish", null,
                null, 400, "date"));
        all.add(c("Arabic-Indic page digit", "PUT", "/api/v1/workflow/editions/lcrb/" + DATE + "/pages/%D9%A1",
                TEXT_UTF8, text, 400, "number"));
        all.add(c("Devanagari page digit", "PUT", "/api/v1/workflow/editions/lcrb/" + DATE + "/pages/%E0%A5%A7",
                TEXT_UTF8, text, 400, "number"));
        all.add(c("NUL in page number", "PUT", "/api/v1/workflow/editions/lcrb/" + DATE + "/pages/1%00", TEXT_UTF8,
                text, 400, "number"));
        all.add(c("NUL in date", "GET", "/api/v1/workflow/editions/lcrb/2031-07-08%00", null, null, 400, "date"));
        all.add(c("NUL in paper", "GET", "/api/v1/workflow/editions/lc%00rb/" + DATE, null, null, 400, "paper"));
        all.add(c("NUL in a query parameter", "GET", "/api/v1/workflow/editions/lcrb/" + DATE + "?x=%00", null, null,
                400, "x"));
        // multipart bodies
        all.add(c("multipart without its closing boundary", "PUT", PAGE, "multipart/form-data; boundary=b1",
                "--b1\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.txt\"\r\n\r\n" + text, 400, null));
        all.add(c("multipart without a boundary", "PUT", PAGE, "multipart/form-data", multipart("b2",
                "Content-Disposition: form-data; name=\"file\"; filename=\"p.txt\"\r\n\r\n" + text), 400, null));
        all.add(c("multipart of garbage", "PUT", PAGE, "multipart/form-data; boundary=b3", "\u0000\u0001garbage", 400,
                null));
        all.add(c("multipart part without a disposition", "PUT", PAGE, "multipart/form-data; boundary=b4",
                multipart("b4", "Content-Type: text/plain\r\n\r\n" + text), 400, "file"));
        // segmentation only
        all.add(c("segment: only zero-width characters", "POST", "/api/v1/workflow/segment", TEXT_UTF8, "\u200b\ufeff",
                400, "body"));
        all.add(c("segment: JSON", "POST", "/api/v1/workflow/segment", "application/json", "{}", 415, "Content-Type"));
        // Vert.x' limits
        all.add(c("URI too long", "GET", "/api/v1/workflow/editions/lcrb/" + DATE + "?x=" + "a".repeat(10_000), null,
                null, 414, null));
        all.add(new Case("headers too large", "GET", "/api/v1/workflow/editions/lcrb/" + DATE, null, null,
                Map.of("X-Padding", "a".repeat(30_000)), 431, null));
        all.add(c("body over the server's limit", "RAW", null, null, "PUT " + PAGE + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: text/plain\r\nContent-Length: " + 9 * 1024 * 1024 + "\r\n\r\nx", 413, "body"));
        return all.stream();
    }

    @BeforeEach
    void resetStubs() {
        ServiceStubs.resetArticle();
    }

    @AfterEach
    void nothingCalledOrStored() {
        article().verify(0, anyRequestedFor(urlPathMatching("^(?!/api/v1/papers/).*")));
        TestPages.anonymous().get("/api/v1/workflow/editions/lcrb/" + DATE).then().statusCode(404);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersAProblemNamingTheField(Case c) {
        if (c.method().equals("RAW")) {
            RawHttp.Answer answer = RawHttp.exchange(RestAssured.port, c.body());
            assertEquals(c.status(), answer.status(), c.name() + ": " + answer);
            assertEquals("application/problem+json", answer.headers().get("content-type"), c.name() + ": " + answer);
            JsonPath body = new JsonPath(answer.body());
            assertEquals(c.status(), body.getInt("status"));
            assertTrue(body.getList("errors.field").contains(c.field()), answer.body());
            return;
        }
        RequestSpecification request = TestPages.editor().urlEncodingEnabled(false);
        c.headers().forEach(request::header);
        if (c.contentType() != null) {
            request.contentType(c.contentType());
        }
        if (c.body() != null) {
            request.body(c.body());
        }
        Response r = request.request(c.method(), c.path());
        assertEquals(c.status(), r.statusCode(), c.name() + ": " + r.asString());
        r.then().contentType("application/problem+json").body(not(emptyOrNullString()))
                .body("status", equalTo(c.status()));
        if ("*".equals(c.field())) {
            assertFalse(r.jsonPath().getList("errors.field").isEmpty(), r.asString());
        } else if (c.field() != null) {
            r.then().body("errors.field", hasItem(c.field()));
        }
    }
}
