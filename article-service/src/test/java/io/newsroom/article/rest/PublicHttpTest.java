package io.newsroom.article.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsroom.devstack.testing.JwtKeysResource;
import io.newsroom.devstack.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * HTTP of the public API (issue 14 item 5): CORS for the configured origins (GET/HEAD only, ETag exposed), gzip for
 * JSON and ninjs, 400 problems for malformed query parameters, and HEAD with the GET's Content-Length.
 * Raw exchanges go through {@link HttpClient}, which neither asks for nor undoes compression by itself.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtKeysResource.class, restrictToAnnotatedClass = false)
class PublicHttpTest {

    /** {@code %test.quarkus.http.cors.origins} */
    private static final String APP = "https://app.example.test";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TestHTTPResource("/")
    URI base;

    @Test
    void corsPreflightFromTheConfiguredOriginAllowsGetAndHeadOnly() {
        given().header("Origin", APP).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .options("/api/v1/editions").then().statusCode(200)
                .header("Access-Control-Allow-Origin", APP)
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Methods", containsString("HEAD"))
                .header("Access-Control-Allow-Methods", not(containsString("PATCH")))
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"))
                .header("Access-Control-Allow-Headers", not(containsString("Authorization")))
                .header("Access-Control-Allow-Credentials", not(equalTo("true")));
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/editions").then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void simpleCrossOriginReadExposesTheETag() {
        String date = Fixtures.freshDate();
        String id = Fixtures.seed("lcrb", date, 1, 1).get(0);
        Fixtures.publish("lcrb", date);
        given().header("Origin", APP).get("/api/v1/articles/{id}", id).then().statusCode(200)
                .header("Access-Control-Allow-Origin", APP)
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("ETag", notNullValue());
        given().header("Origin", "https://elsewhere.example").get("/api/v1/articles/{id}", id).then()
                .header("Access-Control-Allow-Origin", nullValue());
        // the desk's writes are no cross-origin business
        Fixtures.editor().header("Origin", APP).post("/api/v1/desk/editions/{paper}/{date}/unpublish", "lcrb", date)
                .then().statusCode(403);
    }

    @Test
    void jsonAndNinjsAreGzippedWhenAskedFor() throws IOException, InterruptedException {
        String date = Fixtures.freshDate();
        List<String> ids = Fixtures.seed("lcrb", date, 1, 3);
        Fixtures.publish("lcrb", date);
        for (String[] read : List.of(new String[] {"/api/v1/editions/lcrb/" + date + "/articles", "application/json"},
                new String[] {"/api/v1/articles/" + ids.get(0), "application/json"},
                new String[] {"/api/v1/articles/" + ids.get(0), "application/ninjs+json"})) {
            HttpResponse<byte[]> plain = send("GET", read[0], read[1], null);
            HttpResponse<byte[]> gzipped = send("GET", read[0], read[1], "gzip");
            assertEquals(plain.statusCode(), gzipped.statusCode(), read[0]);
            assertFalse(plain.headers().firstValue("Content-Encoding").filter("gzip"::equals).isPresent(), read[0]);
            assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(null), read[0]);
            assertEquals(plain.headers().firstValue("Content-Type"), gzipped.headers().firstValue("Content-Type"));
            assertArrayEquals(plain.body(), gunzip(gzipped.body()), read[0]);
            assertTrue(plain.body().length < 1000 || gzipped.body().length < plain.body().length, read[0]);
        }
    }

    @Test
    void malformedQueryParametersOfThePublicApiAre400NamingThem() {
        String date = Fixtures.freshDate();
        Fixtures.seed("lcrb", date, 1, 1);
        Fixtures.publish("lcrb", date);
        for (String path : List.of("/api/v1/editions", "/api/v1/editions/lcrb/" + date + "/articles",
                "/api/v1/search?q=标题")) {
            String sep = path.contains("?") ? "&" : "?";
            for (String limit : List.of("abc", "0", "101", "1.5", "-3", "1e2")) {
                problem(path + sep + "limit=" + limit, "limit");
            }
            problem(path + sep + "cursor=bm9wZQ", "cursor");
            given().get(path + sep + "limit=7").then().statusCode(200);
        }
        problem("/api/v1/editions/lcrb/2025-02-30/articles", "date");
        problem("/api/v1/editions/LCRB!/" + date + "/articles", "paper");
        problem("/api/v1/search?q=标题&from=yesterday", "from");
        problem("/api/v1/search?q=标题&paper=LCRB!", "paper");
        problem("/api/v1/search?q=", "q");
        // a path that names no article is no article: 404, a problem too
        given().get("/api/v1/articles/not-an-id").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void headAnswersTheContentLengthOfTheGetsBody() throws IOException, InterruptedException {
        String date = Fixtures.freshDate();
        List<String> ids = Fixtures.seed("lcrb", date, 1, 2);
        Fixtures.publish("lcrb", date);
        for (String[] read : List.of(new String[] {"/api/v1/articles/" + ids.get(1), "application/json"},
                new String[] {"/api/v1/articles/" + ids.get(1), "application/ninjs+json"},
                new String[] {"/api/v1/editions/lcrb/" + date + "/articles", "application/json"},
                new String[] {"/api/v1/editions", "application/json"},
                new String[] {"/api/v1/search?q=标题", "application/json"})) {
            HttpResponse<byte[]> get = send("GET", read[0], read[1], null);
            HttpResponse<byte[]> head = send("HEAD", read[0], read[1], null);
            assertEquals(200, get.statusCode(), read[0]);
            assertEquals(200, head.statusCode(), read[0]);
            assertEquals(String.valueOf(get.body().length), head.headers().firstValue("Content-Length").orElse(null),
                    read[0] + " " + read[1]);
            assertEquals(0, head.body().length);
            assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
            // asked for gzip, HEAD still describes the identity body (no Content-Encoding it did not apply)
            HttpResponse<byte[]> headGzip = send("HEAD", read[0], read[1], "gzip");
            assertEquals(String.valueOf(get.body().length),
                    headGzip.headers().firstValue("Content-Length").orElse(null), read[0] + " gzip");
            assertFalse(headGzip.headers().firstValue("Content-Encoding").filter("gzip"::equals).isPresent());
        }
    }

    private static void problem(String pathAndQuery, String field) {
        try {
            given().get(pathAndQuery).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(field)).body("detail", containsString(field));
        } catch (AssertionError e) {
            throw new AssertionError(pathAndQuery + ": " + e.getMessage(), e);
        }
    }

    private HttpResponse<byte[]> send(String method, String path, String accept, String acceptEncoding)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.replace("标题", "%E6%A0%87%E9%A2%98")))
                .method(method, HttpRequest.BodyPublishers.noBody()).header("Accept", accept);
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }
}
