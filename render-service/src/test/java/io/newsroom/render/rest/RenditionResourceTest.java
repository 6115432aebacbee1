package io.newsroom.render.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsroom.contract.ArticleView;
import io.newsroom.devstack.S3ProxyServer;
import io.newsroom.devstack.testing.JwtKeysResource;
import io.newsroom.devstack.testing.S3Resource;
import io.newsroom.render.ArticleServiceStub;
import io.newsroom.render.EditionFixtures;
import io.newsroom.render.edition.EditionContent;
import io.newsroom.render.edition.EditionRenderer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The service end to end: article-service stubbed (WireMock), real S3 (S3Proxy child process),
 * real JWT verification.
 */
@QuarkusTest
@QuarkusTestResource(value = S3Resource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtKeysResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ArticleServiceStub.class, restrictToAnnotatedClass = false)
class RenditionResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @io.quarkus.test.common.http.TestHTTPResource("/")
    URI base;

    private static String editor() {
        return "Bearer " + JwtKeysResource.token("alice", "editor");
    }

    private static Response render(EditionContent edition) {
        return given().header("Authorization", editor())
                .contentType("application/json")
                .body(Map.of("paper_name", edition.paperName(), "publisher", edition.publisher()))
                .post("/api/v1/renditions/{paper}/{date}", edition.paperCode(), edition.date().toString());
    }

    private static JsonPath renderOk(EditionContent edition) {
        return render(edition).then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    @Test
    void rendersEveryFixtureEditionStoresItAndServesEveryListedFile() {
        for (EditionContent edition : EditionFixtures.editions()) {
            ArticleServiceStub.publish(edition);
            JsonPath manifest = renderOk(edition);
            String prefix = "lcrb/" + edition.date() + "/";
            List<String> expectedKeys = new ArrayList<>();
            edition.articles().forEach(a -> expectedKeys.add(prefix + "articles/" + a.id() + ".html"));
            expectedKeys.addAll(List.of(prefix + "index.html", prefix + "style.css",
                    prefix + "lcrb-" + edition.date() + ".epub"));
            assertEquals(expectedKeys, manifest.getList("objects.key"));
            assertEquals(edition.articles().stream().map(a -> a.id().toString()).toList(),
                    manifest.getList("articles.id"));
            assertEquals(edition.date().toString(), manifest.getString("date"));
            Map<String, byte[]> rendered = new java.util.HashMap<>();
            new EditionRenderer().render(edition).forEach(f -> rendered.put(prefix + f.path(), f.bytes()));
            for (Map<String, Object> object : manifest.<Map<String, Object>>getList("objects")) {
                String key = (String) object.get("key");
                Response file = given().get("/editions/" + key);
                file.then().statusCode(200).header("Cache-Control", notNullValue());
                byte[] bytes = file.asByteArray();
                assertEquals(object.get("sha256"), sha256(bytes), key);
                assertEquals(((Number) object.get("size")).longValue(), bytes.length, key);
                assertEquals(object.get("content_type"), file.contentType(), key);
                // the stored bytes are those EditionRendererTest checks with EPUBCheck and the Nu checker
                assertEquals(sha256(rendered.get(key)), sha256(bytes), key);
            }
        }
    }

    @Test
    void renderingTwiceGivesTheSameBytesForEveryObject() throws Exception {
        EditionContent edition = EditionFixtures.editions().get(1);
        ArticleServiceStub.publish(edition);
        JsonPath first = renderOk(edition);
        // the second time with no body and no Content-Type, as `curl -X POST` sends it
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "api/v1/renditions/lcrb/" + edition.date()))
                .header("Authorization", editor()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonPath second = JsonPath.from(response.body());
        assertEquals(first.getList("objects.sha256"), second.getList("objects.sha256"));
        assertEquals(first.getList("objects.key"), second.getList("objects.key"));
        assertTrue(Instant.parse(second.getString("rendered_at")).isAfter(Instant.parse(first.getString("rendered_at")))
                || second.getString("rendered_at").equals(first.getString("rendered_at")));
    }

    @Test
    void servesContentTypesAndRefusesUnlistedFiles() {
        EditionContent edition = EditionFixtures.editions().get(3);
        ArticleServiceStub.publish(edition);
        renderOk(edition);
        String base = "/editions/lcrb/" + edition.date() + "/";
        given().get(base + "index.html").then().statusCode(200).contentType("text/html; charset=utf-8")
                .body(org.hamcrest.Matchers.containsString("&lt;script&gt;alert(&quot;x&quot;)"));
        given().get(base + "style.css").then().statusCode(200).contentType("text/css; charset=utf-8");
        given().get(base + "lcrb-" + edition.date() + ".epub").then().statusCode(200).contentType("application/epub+zip");
        given().get(base + "articles/" + EditionFixtures.id("evil-1") + ".html").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script")));
        given().get(base + "manifest.json").then().statusCode(404).contentType(PROBLEM);
        given().get(base + "articles/nope.html").then().statusCode(404).contentType(PROBLEM);
        given().get("/editions/lcrb/2001-01-01/index.html").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void htmlIsGzippedWhenAskedForTheEpubNotAndHeadHasTheGetsLength() throws Exception {
        EditionContent edition = EditionFixtures.editions().get(3);
        ArticleServiceStub.publish(edition);
        renderOk(edition);
        HttpClient http = HttpClient.newHttpClient();
        for (String file : List.of("index.html", "style.css", "lcrb-" + edition.date() + ".epub")) {
            URI uri = base.resolve("/editions/lcrb/" + edition.date() + "/" + file);
            HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> gzipped = http.send(HttpRequest.newBuilder(uri)
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> head = http.send(HttpRequest.newBuilder(uri)
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, gzipped.statusCode(), file);
            boolean zipped = "gzip".equals(gzipped.headers().firstValue("Content-Encoding").orElse(null));
            assertEquals(!file.endsWith(".epub"), zipped, file);
            byte[] body = gzipped.body();
            if (zipped) {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                    body = in.readAllBytes();
                }
            }
            assertArrayEquals(plain.body(), body, file);
            assertEquals(String.valueOf(plain.body().length), head.headers().firstValue("Content-Length").orElse(null),
                    file);
        }
    }

    @Test
    void getAnswersTheManifestWithWorkingPresignedLinks() throws Exception {
        EditionContent edition = EditionFixtures.editions().get(0);
        ArticleServiceStub.publish(edition);
        JsonPath rendered = renderOk(edition);
        JsonPath view = given().get("/api/v1/renditions/lcrb/{date}", edition.date().toString())
                .then().statusCode(200).extract().jsonPath();
        assertEquals(rendered.getList("objects"), view.getList("objects"));
        assertTrue(Instant.parse(view.getString("links.expires_at")).isAfter(Instant.now().plusSeconds(3000)));
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> epub = http.send(HttpRequest.newBuilder(URI.create(view.getString("links.epub"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, epub.statusCode());
        assertEquals(sha256(epub.body()), view.getString("objects.find { it.key.endsWith('.epub') }.sha256"));
        assertEquals("application/epub+zip", epub.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> index = http.send(HttpRequest.newBuilder(URI.create(view.getString("links.html_index"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("2025年3月26日 星期三"));
        given().get("/api/v1/renditions/lcrb/2001-01-01").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void postNeedsATokenWithTheEditorRole() {
        given().contentType("application/json").post("/api/v1/renditions/lcrb/2025-03-26").then().statusCode(401)
                .contentType(PROBLEM).header("WWW-Authenticate", "Bearer").body("status", equalTo(401));
        given().header("Authorization", "Bearer " + JwtKeysResource.token("bob", "reader"))
                .contentType("application/json").post("/api/v1/renditions/lcrb/2025-03-26").then().statusCode(403)
                .contentType(PROBLEM).body("status", equalTo(403));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        given().header("Authorization", editor()).contentType("application/json").post("/api/v1/renditions/lcrb/2025-13-40")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("date"));
        given().header("Authorization", editor()).contentType("application/json").post("/api/v1/renditions/LC%20RB/2025-03-26")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("paper"));
        given().header("Authorization", editor()).contentType("application/json").post("/api/v1/renditions/xyzz/2025-03-26")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("paper_name"));
    }

    @Test
    void unpublishedEditionIsNotFoundAndWritesNothing() {
        ArticleServiceStub.publishNothing("lcrb", "2024-01-02");
        given().header("Authorization", editor()).contentType("application/json").post("/api/v1/renditions/lcrb/2024-01-02")
                .then().statusCode(404).contentType(PROBLEM);
        assertFalse(Files.exists(storedFolder("lcrb/2024-01-02")));
    }

    @Test
    void articleServiceDownIs503AndWritesNothing() {
        ArticleServiceStub.breakListing("lcrb", "2024-01-03");
        given().header("Authorization", editor()).contentType("application/json").post("/api/v1/renditions/lcrb/2024-01-03")
                .then().statusCode(503).contentType(PROBLEM).header("Retry-After", notNullValue());
        assertFalse(Files.exists(storedFolder("lcrb/2024-01-03")));

        EditionContent edition = EditionFixtures.editions().get(2);
        ArticleServiceStub.publish(edition);
        String before = manifestOrNull(edition);
        ArticleServiceStub.failArticle(edition.articles().get(3).id());
        render(edition).then().statusCode(503).contentType(PROBLEM).header("Retry-After", notNullValue());
        assertEquals(before, manifestOrNull(edition), "the manifest in force is unchanged");
    }

    @Test
    void aFailedPutLeavesThePreviousRenditionInForceAndARetrySucceeds() throws IOException {
        EditionContent v1 = new EditionContent("lcrb", "聊城日报", "聊城日报社", java.time.LocalDate.of(2025, 5, 5),
                EditionFixtures.editions().get(3).articles());
        ArticleServiceStub.publish(v1);
        JsonPath before = renderOk(v1);

        List<ArticleView> changed = new ArrayList<>();
        for (ArticleView a : v1.articles()) {
            changed.add(a.id().equals(EditionFixtures.id("evil-1")) ? withHeadline(a, "改过的标题") : a);
        }
        ArticleView template = v1.articles().get(1);
        changed.add(EditionFixtures.article("late-1", 2, "综合", 99, "article", null, null, "新增的稿件", null, null, null,
                template.paragraphs(), null, List.of(), 1, template.updatedAt()));
        EditionContent v2 = new EditionContent(v1.paperCode(), v1.paperName(), v1.publisher(), v1.date(), changed);
        ArticleServiceStub.publish(v2);

        // storage refuses the new article's key: a directory (with a file) sits where the object would go
        Path blocker = storedFolder("lcrb/2025-05-05/articles/" + EditionFixtures.id("late-1") + ".html");
        Files.createDirectories(blocker);
        Files.writeString(blocker.resolve("x"), "x");
        render(v2).then().statusCode(503).contentType(PROBLEM).header("Retry-After", notNullValue());

        JsonPath inForce = given().get("/api/v1/renditions/lcrb/2025-05-05").then().statusCode(200).extract().jsonPath();
        assertEquals(before.getList("objects"), inForce.getList("objects"));
        assertEquals(before.getString("rendered_at"), inForce.getString("rendered_at"));
        assertConsistent(inForce);
        given().get("/editions/lcrb/2025-05-05/articles/" + EditionFixtures.id("evil-1") + ".html").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("改过的标题")));

        deleteTree(blocker);
        JsonPath after = renderOk(v2);
        assertTrue(after.getList("articles.id").contains(EditionFixtures.id("late-1").toString()));
        assertConsistent(given().get("/api/v1/renditions/lcrb/2025-05-05").then().extract().jsonPath());
        given().get("/editions/lcrb/2025-05-05/articles/" + EditionFixtures.id("evil-1") + ".html").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("改过的标题"));
    }

    @Test
    void storageDownIs503AndNotReadyThenARetrySucceeds() {
        EditionContent edition = EditionFixtures.editions().get(0);
        ArticleServiceStub.publish(edition);
        given().get("/q/health/ready").then().statusCode(200);
        S3ProxyServer.shared().stop();
        try {
            render(edition).then().statusCode(503).contentType(PROBLEM).header("Retry-After", notNullValue());
            given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        } finally {
            S3ProxyServer.shared().start();
        }
        renderOk(edition);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        assertConsistent(given().get("/api/v1/renditions/lcrb/{date}", edition.date().toString()).then().extract().jsonPath());
    }

    /** Every object the manifest lists is served with its listed sha256. */
    private static void assertConsistent(JsonPath manifest) {
        for (Map<String, Object> object : manifest.<Map<String, Object>>getList("objects")) {
            byte[] bytes = given().get("/editions/" + object.get("key")).then().statusCode(200).extract().asByteArray();
            assertEquals(object.get("sha256"), sha256(bytes), (String) object.get("key"));
        }
    }

    private static String manifestOrNull(EditionContent edition) {
        Response r = given().get("/api/v1/renditions/lcrb/{date}", edition.date().toString());
        return r.statusCode() == 200 ? r.jsonPath().getString("rendered_at") + r.jsonPath().getList("objects") : null;
    }

    private static ArticleView withHeadline(ArticleView a, String headline) {
        return new ArticleView(a.id(), a.paper(), a.date(), a.page(), a.pageName(), a.position(), a.type(),
                a.column(), a.kicker(), headline, a.subheadline(), a.byline(), a.contributors(), a.dateline(),
                a.datelineParts(), a.paragraphs(), a.continuesOnPage(), a.continuedFromPage(), a.jumpText(),
                a.jumpTargetId(), a.continuedFromId(), a.pages(), a.parts(), a.photos(), a.status(), a.version() + 1,
                a.createdAt(), a.updatedAt().plusSeconds(60), a.publishedAt(), a.corrections(), null, a.webUrl());
    }

    private static Path storedFolder(String key) {
        return S3ProxyServer.shared().directory().resolve("editions").resolve(key);
    }

    private static void deleteTree(Path path) throws IOException {
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
