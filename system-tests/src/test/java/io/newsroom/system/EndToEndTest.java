package io.newsroom.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.Report;
import com.adobe.epubcheck.util.DefaultReportImpl;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.devstack.JwtKeyPair;
import io.newsroom.devstack.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job end to end on the real stack: PostgreSQL (embedded binaries), S3Proxy and the
 * three packaged services as separate processes on free ports. Ingests all seed pages through
 * edition-service, publishes every edition, and checks what readers get.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path home;

    static LocalStack stack;
    static OtlpReceiver otlp;
    static Path root;
    static String token;
    static JsonNode editions;
    static String paper;

    @BeforeAll
    static void up() throws IOException {
        root = Path.of(System.getProperty("newsroom.root", "..")).toAbsolutePath().normalize();
        otlp = new OtlpReceiver();
        stack = new LocalStack(root, home,
                LocalStack.Ports.free(), false).withServiceProperties(ObservedStack.properties(otlp.endpoint(), true));
        stack.up(line -> System.out.println("[stack] " + line));
        token = Tokens.editor(stack.keys().resolve(JwtKeyPair.PRIVATE_KEY), "e2e-editor");
        editions = JSON.readTree(root.resolve("seeds/editions.json").toFile());
        paper = editions.path("paper").path("code").asText();
    }

    @AfterAll
    static void down() {
        if (stack != null) {
            stack.close();
        }
        if (otlp != null) {
            otlp.close();
        }
    }

    @Test
    @Order(1)
    void ingestsEverySeedPageAndPublishesEveryEdition() throws Exception {
        Set<String> dates = new LinkedHashSet<>();
        for (JsonNode page : editions.path("pages")) {
            String date = page.path("date").asText();
            dates.add(date);
            HttpResponse<String> r = put(page, date);
            assertEquals(200, r.statusCode(), () -> "ingest " + date + ": " + r.body());
            HttpResponse<String> again = put(page, date);
            assertEquals(200, again.statusCode(), again::body);
            assertEquals(articleIds(JSON.readTree(r.body())), articleIds(JSON.readTree(again.body())),
                    "re-ingesting the same page must keep the same articles");
        }
        for (String date : dates) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(edition("/api/v1/workflow/editions/" + paper + "/" + date + "/publish")))
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(200, r.statusCode(), () -> "publish " + date + ": " + r.body());
        }
    }

    @Test
    @Order(2)
    void everyEditionEpubPassesEpubCheckWithoutErrorsOrWarnings() throws Exception {
        for (String date : dates()) {
            assertEpubPassesEpubCheck(paper, date);
        }
    }

    private static void assertEpubPassesEpubCheck(String paperCode, String date) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(render("/editions/" + paperCode + "/" + date
                + "/" + paperCode + "-" + date + ".epub"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        Path epub = home.resolve(paperCode + "-" + date + ".epub");
        Files.write(epub, r.body());
        Report report = new DefaultReportImpl(epub.toString());
        new EpubCheck(epub.toFile(), report).doValidate();
        assertEquals(0, report.getFatalErrorCount() + report.getErrorCount(), "EPUBCheck errors in " + epub);
        assertEquals(0, report.getWarningCount(), "EPUBCheck warnings in " + epub);
    }

    @Test
    @Order(3)
    void htmlIndexNamesEveryHeadlineTheSegmenterFound() throws Exception {
        for (String date : dates()) {
            HttpResponse<String> index = send(HttpRequest.newBuilder(URI.create(render("/editions/" + paper + "/" + date + "/index.html"))));
            assertEquals(200, index.statusCode());
            assertTrue(index.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            List<String> headlines = new ArrayList<>();
            for (JsonNode article : deskArticles(date)) {
                if (article.hasNonNull("headline")) {
                    headlines.add(article.get("headline").asText());
                }
            }
            assertFalse(headlines.isEmpty(), "the segmenter found no headline on " + date);
            for (String headline : headlines) {
                assertTrue(index.body().contains(escapeHtml(headline)), "index of " + date + " lacks headline " + headline);
            }
        }
    }

    @Test
    @Order(4)
    void publicApiListsEveryEditionAndReturnsEachArticle() throws Exception {
        JsonNode list = JSON.readTree(send(HttpRequest.newBuilder(URI.create(article("/api/v1/editions?limit=100")))).body());
        Set<String> listed = new LinkedHashSet<>();
        list.path("items").forEach(e -> listed.add(e.path("date").asText()));
        assertEquals(dates(), listed);
        for (String date : dates()) {
            JsonNode articles = JSON.readTree(send(HttpRequest.newBuilder(URI.create(
                    article("/api/v1/editions/" + paper + "/" + date + "/articles?limit=100")))).body());
            // 今日导读 boxes and staff lines are front matter, never listed as articles (README "Front matter")
            assertEquals(deskArticles(date).stream().filter(a -> !Set.of("index", "staff")
                    .contains(a.path("type").asText())).count(), articles.path("items").size());
            for (JsonNode summary : articles.path("items")) {
                HttpResponse<String> full = send(HttpRequest.newBuilder(URI.create(article("/api/v1/articles/" + summary.path("id").asText()))));
                assertEquals(200, full.statusCode(), full::body);
                assertEquals(summary.path("id").asText(), JSON.readTree(full.body()).path("id").asText());
            }
        }
    }

    @Test
    @Order(5)
    void draftsAreNotVisibleToTheMobileApi() throws Exception {
        JsonNode page = editions.path("pages").get(0);
        String draftDate = "2030-01-02";
        HttpResponse<String> r = put(page, draftDate);
        assertEquals(200, r.statusCode(), r::body);
        for (String id : articleIds(JSON.readTree(r.body()))) {
            assertEquals(404, send(HttpRequest.newBuilder(URI.create(article("/api/v1/articles/" + id)))).statusCode());
        }
        assertEquals(404, send(HttpRequest.newBuilder(URI.create(
                article("/api/v1/editions/" + paper + "/" + draftDate + "/articles")))).statusCode());
        JsonNode list = JSON.readTree(send(HttpRequest.newBuilder(URI.create(article("/api/v1/editions?limit=100")))).body());
        list.path("items").forEach(e -> assertFalse(draftDate.equals(e.path("date").asText())));
    }

    /**
     * Issue 12 on the real stack: a seed page published, then uploaded again with one story's lines deleted; every
     * article id that is still there tells the story it told, and the published article of the deleted story is
     * still served as it was.
     */
    @Test
    @Order(6)
    void reuploadingAPublishedPageWithAStoryDeletedKeepsEveryIdOnItsStory() throws Exception {
        JsonNode page = editions.path("pages").get(editions.path("pages").size() - 1);
        String date = "2030-01-03";
        assertEquals(200, put(page, date).statusCode());
        assertEquals(200, publish(date).statusCode());
        List<JsonNode> before = deskArticles(date);
        JsonNode gone = before.stream().filter(a -> a.hasNonNull("headline")).findFirst().orElseThrow();
        List<String> lines = new ArrayList<>(List.of(Files.readString(root.resolve("seeds")
                .resolve(page.path("file").asText()), StandardCharsets.UTF_8).split("\n", -1)));
        for (JsonNode range : gone.path("editorial").path("source").path("source_lines")) {
            for (int line = range.get(0).asInt(); line <= range.get(1).asInt(); line++) {
                lines.set(line - 1, "");
            }
        }
        HttpResponse<String> r = putText(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), page, date);
        assertEquals(200, r.statusCode(), r::body);

        java.util.Map<String, String> headlines = new java.util.HashMap<>();
        before.forEach(a -> headlines.put(a.path("id").asText(), a.path("headline").asText(null)));
        for (JsonNode a : deskArticles(date)) {
            String id = a.path("id").asText();
            if (headlines.containsKey(id) && headlines.get(id) != null) {
                assertEquals(headlines.get(id), a.path("headline").asText(null), "article " + id + " changed story");
            }
        }
        HttpResponse<String> kept = send(HttpRequest.newBuilder(URI.create(article("/api/v1/articles/"
                + gone.path("id").asText()))));
        assertEquals(200, kept.statusCode(), "a published article is never deleted by an upload");
        assertEquals(gone.path("headline").asText(), JSON.readTree(kept.body()).path("headline").asText());
    }

    /**
     * All-or-nothing on the real stack: the NUL upload is a 400 and leaves no article, page or archive; five
     * publishes of one edition at once answer 200 or 409, never 500.
     */
    @Test
    @Order(7)
    void aRefusedUploadLeavesNothingAndConcurrentPublishesAnswer200Or409() throws Exception {
        String date = dates().iterator().next();
        HttpResponse<String> nul = send(HttpRequest.newBuilder(URI.create(edition("/api/v1/workflow/editions/" + paper
                        + "/" + date + "/pages/20"))).header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/plain; charset=UTF-8")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'a', 0, 'b', '\n'})));
        assertEquals(400, nul.statusCode(), nul::body);
        assertTrue(nul.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("body", JSON.readTree(nul.body()).path("errors").path(0).path("field").asText());
        HttpResponse<String> page20 = send(HttpRequest.newBuilder(URI.create(article("/api/v1/desk/editions/" + paper
                + "/" + date + "/articles?page=20"))).header("Authorization", "Bearer " + token));
        assertEquals(0, JSON.readTree(page20.body()).path("items").size(), "no article of the refused page");
        JsonNode view = JSON.readTree(send(HttpRequest.newBuilder(URI.create(edition("/api/v1/workflow/editions/"
                + paper + "/" + date)))).body());
        view.path("pages").forEach(p -> assertTrue(p.path("number").asInt() != 20, "no page row of the refused page"));

        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            calls.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create(edition("/api/v1/workflow/editions/" + paper
                            + "/" + date + "/publish"))).timeout(Duration.ofSeconds(120))
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
        int ok = 0;
        for (var call : calls) {
            HttpResponse<String> r = call.get();
            assertTrue(r.statusCode() == 200 || r.statusCode() == 409, () -> r.statusCode() + ": " + r.body());
            ok += r.statusCode() == 200 ? 1 : 0;
        }
        assertTrue(ok >= 1, "one of them publishes");
    }

    private static HttpResponse<String> publish(String date) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(edition("/api/v1/workflow/editions/" + paper + "/" + date
                + "/publish"))).header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    @Order(8)
    void anUploadIsOneTraceThroughEditionAndArticleServiceAndAPublicationOneThroughAllThree() throws Exception {
        String date = "2030-03-04";
        assertEquals(200, put(editions.path("pages").get(0), date).statusCode());
        // each service exports in batches, a parent span after its children: wait for the outermost named spans
        awaitSpans(date, Map.of("edition-service", "ingest page", "article-service", "upsert page"));
        Set<String> uploadTraces = otlp.spans().stream().filter(s -> date.equals(s.attributes().get("newsroom.date")))
                .map(OtlpReceiver.ReceivedSpan::traceId).collect(java.util.stream.Collectors.toSet());
        assertEquals(1, uploadTraces.size(), "the spans naming " + date + " belong to one trace: " + uploadTraces);
        String uploadTrace = uploadTraces.iterator().next();
        List<OtlpReceiver.ReceivedSpan> upload = otlp.spans().stream().filter(s -> s.traceId().equals(uploadTrace)).toList();
        assertEquals(Set.of("edition-service", "article-service"), upload.stream().map(OtlpReceiver.ReceivedSpan::service)
                .collect(java.util.stream.Collectors.toSet()));
        assertTrue(upload.stream().anyMatch(s -> s.name().equals("segment page")), "no segmentation span");
        assertTrue(upload.stream().anyMatch(s -> s.name().equals("upsert page") && s.attributes().containsKey("newsroom.article_ids")),
                "no article upsert span with the article ids");
        assertTrue(upload.stream().anyMatch(s -> s.service().equals("edition-service") && s.name().equals("object store put")
                && s.attributes().getOrDefault("newsroom.object_key", "").startsWith("raw/" + paper + "/" + date)),
                "no span of the raw page's archiving");
        for (String service : List.of("edition-service", "article-service")) {
            assertTrue(upload.stream().anyMatch(s -> s.service().equals(service)
                    && s.attributes().keySet().stream().anyMatch(k -> k.startsWith("db."))), "no database span of " + service);
        }

        HttpResponse<String> published = send(HttpRequest.newBuilder(URI.create(edition("/api/v1/workflow/editions/" + paper + "/"
                + date + "/publish"))).header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, published.statusCode(), published::body);
        awaitSpans(date, Map.of("edition-service", "publish edition", "article-service", "change edition status",
                "render-service", "render edition"));
        List<OtlpReceiver.ReceivedSpan> publication = otlp.spans().stream()
                .filter(s -> s.name().equals("publish edition") && date.equals(s.attributes().get("newsroom.date"))).toList();
        assertEquals(1, publication.size(), "one publish span");
        String publishTrace = publication.get(0).traceId();
        assertFalse(publishTrace.equals(uploadTrace));
        assertEquals(Set.of("article-service", "edition-service", "render-service"), otlp.spans().stream()
                .filter(s -> s.traceId().equals(publishTrace)).map(OtlpReceiver.ReceivedSpan::service)
                .collect(java.util.stream.Collectors.toSet()));
        otlp.spans().stream().filter(s -> date.equals(s.attributes().get("newsroom.date")))
                .filter(s -> Set.of("publish edition", "change edition status", "render edition").contains(s.name()))
                .forEach(s -> assertEquals(publishTrace, s.traceId(), s.service() + " " + s.name()));
        assertTrue(otlp.spans().stream().anyMatch(s -> s.traceId().equals(publishTrace) && s.service().equals("render-service")
                && s.name().equals("object store put")), "no span of the rendition's storing");

        // no span names page text or a token
        List<String> secrets = new ArrayList<>(List.of(token, token.split("\\.")[2]));
        secrets.addAll(ObservedStack.pageLines(root, editions));
        for (OtlpReceiver.ReceivedSpan span : otlp.spans()) {
            span.attributes().forEach((key, value) -> secrets.forEach(secret -> assertFalse(value.contains(secret),
                    span.service() + " " + span.name() + " attribute " + key + " holds a token or page text")));
        }

        // the services log JSON lines (as in Kubernetes) that name the trace, the span and the editor
        assertLogged(LocalStack.Component.EDITION, "page " + paper + " " + date + " 1 stored", uploadTrace);
        assertLogged(LocalStack.Component.ARTICLE, "page " + paper + " " + date + " 1 upserted", uploadTrace);
        assertLogged(LocalStack.Component.EDITION, "edition " + paper + " " + date + " published", publishTrace);
        assertLogged(LocalStack.Component.ARTICLE, "edition " + paper + " " + date + ": ", publishTrace);
        assertLogged(LocalStack.Component.RENDER, "edition " + paper + " " + date + " rendered", publishTrace);
    }

    /** The service logged one JSON line starting {@code message}, with the trace id, a span id and the editor. */
    private static void assertLogged(LocalStack.Component service, String message, String traceId) throws Exception {
        JsonNode line = ObservedStack.logLine(stack, service, message);
        JsonNode mdc = line.path("mdc");
        assertEquals(traceId, mdc.path("traceId").asText(), service.id() + ": " + line);
        assertTrue(mdc.path("spanId").asText().matches("[0-9a-f]{16}"), service.id() + ": " + line);
        assertEquals("e2e-editor", mdc.path("upn").asText(), service.id() + ": " + line);
    }

    /** Waits until every service has exported its span of that name naming the edition {@code date}. */
    private static void awaitSpans(String date, Map<String, String> spanByService) throws InterruptedException {
        java.util.function.Predicate<List<OtlpReceiver.ReceivedSpan>> all = spans -> spanByService.entrySet().stream()
                .allMatch(e -> spans.stream().anyMatch(s -> s.service().equals(e.getKey()) && s.name().equals(e.getValue())
                        && date.equals(s.attributes().get("newsroom.date"))));
        assertTrue(all.test(otlp.await(all, Duration.ofSeconds(30))), "spans " + spanByService + " of " + date
                + " not received: " + otlp.spans());
    }

    @Test
    @Order(9)
    void noServiceLoggedTheEditorsTokenOrPageTextEvenAtDebugLevel() throws Exception {
        List<String> secrets = new ArrayList<>(List.of(token));
        secrets.addAll(ObservedStack.pageLines(root, editions));
        ObservedStack.assertLogsHoldNone(stack, secrets);
    }

    /**
     * Corrections reach readers by themselves: an edit of a published article with a 更正说明 is a correction the
     * public API shows at once, and within seconds the HTML edition shows the corrected headline, 更新于 and the
     * correction, and the edition lists a publication of kind CORRECTION; nobody published again.
     */
    @Test
    @Order(10)
    void aCorrectionShowsUpInTheHtmlEditionByItself() throws Exception {
        String date = dates().iterator().next();
        JsonNode target = deskArticles(date).stream().filter(a -> "PUBLISHED".equals(a.path("status").asText())
                && a.hasNonNull("headline")).findFirst().orElseThrow();
        String id = target.path("id").asText();
        String corrected = "更正后的标题：" + target.path("headline").asText();
        String patch = JSON.writeValueAsString(java.util.Map.of("headline", corrected, "correction_note", "原标题有误"));
        HttpResponse<String> edited = send(HttpRequest.newBuilder(URI.create(article("/api/v1/desk/articles/" + id)))
                .header("Authorization", "Bearer " + token).header("If-Match", "\"" + target.path("version").asLong()
                        + "\"").header("Content-Type", "application/merge-patch+json; charset=UTF-8")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(patch, StandardCharsets.UTF_8)));
        assertEquals(200, edited.statusCode(), edited::body);

        JsonNode published = JSON.readTree(send(HttpRequest.newBuilder(URI.create(article("/api/v1/articles/" + id))))
                .body());
        assertEquals(corrected, published.path("headline").asText());
        assertEquals("EDITED", published.path("corrections").path(0).path("kind").asText(), published::toString);
        assertEquals("原标题有误", published.path("corrections").path(0).path("note").asText());

        String page = render("/editions/" + paper + "/" + date + "/articles/" + id + ".html");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String html = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(page)));
            html = r.statusCode() == 200 ? r.body() : "";
            if (html.contains(escapeHtml(corrected))) {
                break;
            }
            Thread.sleep(500);
        }
        assertTrue(html.contains(escapeHtml(corrected)), "the HTML edition shows the correction by itself: " + html);
        assertTrue(html.contains("更新于") && html.contains("<h2 id=\"corrections\">更正</h2>")
                && html.contains("更正了标题：原标题有误"), html);
        // the publication is recorded once render-service has answered, a moment after the files are in force
        JsonNode publications = null;
        while (System.nanoTime() < deadline) {
            publications = JSON.readTree(send(HttpRequest.newBuilder(URI.create(edition("/api/v1/workflow/editions/"
                    + paper + "/" + date)))).body()).path("publications");
            if ("CORRECTION".equals(publications.get(publications.size() - 1).path("kind").asText())) {
                break;
            }
            Thread.sleep(500);
        }
        JsonNode last = publications.get(publications.size() - 1);
        assertEquals("CORRECTION", last.path("kind").asText(), publications::toString);
        assertEquals("edition-service", last.path("published_by").asText());
    }

    /**
     * The multi-page seed edition (seeds/editions.json "editions": six pages of 洛阳晚报 with two jumps and a teaser)
     * goes through ingest and publication whole: every page reaches the API and the HTML edition under its name
     * from the paper registry, a story jumped to a later page reaches readers as one article printed on two pages
     * (the API's pages and parts, the HTML edition's 上接 stub), and the EPUB passes EPUBCheck.
     */
    @Test
    @Order(11)
    void aMultiPageEditionIsIngestedAndPublishedWhole() throws Exception {
        JsonNode ed = editions.path("editions").get(0);
        String code = ed.path("paper").asText();
        String date = ed.path("date").asText();
        Map<Integer, String> names = new java.util.TreeMap<>();
        for (JsonNode page : ed.path("pages")) {
            names.put(page.path("page").asInt(), page.path("pageName").asText());
            String url = edition("/api/v1/workflow/editions/" + code + "/" + date + "/pages/" + page.path("page").asInt());
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "text/plain; charset=UTF-8")
                    .PUT(HttpRequest.BodyPublishers.ofFile(root.resolve("seeds").resolve(page.path("file").asText()))));
            assertEquals(200, r.statusCode(), r::body);
            assertEquals(page.path("pageName").asText(), JSON.readTree(r.body()).path("page_name").asText(),
                    "the page name comes from the paper registry (seeds/papers.json) when the upload names none");
        }
        assertTrue(names.size() >= 4, "a multi-page edition: " + names);
        HttpResponse<String> published = send(HttpRequest.newBuilder(URI.create(edition("/api/v1/workflow/editions/" + code + "/"
                + date + "/publish"))).header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, published.statusCode(), published::body);

        JsonNode articles = JSON.readTree(send(HttpRequest.newBuilder(URI.create(
                article("/api/v1/editions/" + code + "/" + date + "/articles?limit=100")))).body());
        Set<Integer> pages = new java.util.TreeSet<>();
        articles.path("items").forEach(a -> pages.add(a.path("page").asInt()));
        assertEquals(names.keySet(), pages, "every page has published articles");
        JsonNode stitched = null;
        for (JsonNode a : articles.path("items")) {
            if (a.path("pages").size() > 1) {
                stitched = a;
            }
        }
        assertTrue(stitched != null, "a story jumped to a later page is one article: " + articles);
        JsonNode story = JSON.readTree(send(HttpRequest.newBuilder(URI.create(
                article("/api/v1/articles/" + stitched.path("id").asText())))).body());
        assertEquals(stitched.path("pages"), story.path("pages"));
        assertEquals(story.path("pages").size(), story.path("parts").size(), story::toString);
        int continuedOn = story.path("pages").get(1).asInt();

        String index = send(HttpRequest.newBuilder(URI.create(render("/editions/" + code + "/" + date + "/index.html")))).body();
        for (Map.Entry<Integer, String> page : names.entrySet()) {
            assertTrue(index.contains("id=\"page-" + page.getKey() + "\""), "index has page " + page.getKey());
            assertTrue(index.contains(escapeHtml(page.getValue())), "index names page " + page.getValue());
        }
        String stub = index.substring(index.indexOf("id=\"page-" + continuedOn + "\""));
        assertTrue(stub.contains("（上接第" + story.path("page").asInt() + "版）"), "a 上接 stub on page " + continuedOn);
        assertTrue(stub.contains("articles/" + story.path("id").asText() + ".html"), "the stub links to the story");
        assertEpubPassesEpubCheck(code, date);
    }

    private static Set<String> dates() {
        Set<String> dates = new LinkedHashSet<>();
        editions.path("pages").forEach(p -> dates.add(p.path("date").asText()));
        return dates;
    }

    private static HttpResponse<String> put(JsonNode page, String date) throws Exception {
        return putText(Files.readAllBytes(root.resolve("seeds").resolve(page.path("file").asText())), page, date);
    }

    private static HttpResponse<String> putText(byte[] text, JsonNode page, String date) throws Exception {
        String url = edition("/api/v1/workflow/editions/" + paper + "/" + date + "/pages/" + page.path("page").asInt()
                + "?page_name=" + URLEncoder.encode(page.path("pageName").asText(), StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/plain; charset=UTF-8").PUT(HttpRequest.BodyPublishers.ofByteArray(text)));
    }

    private static List<JsonNode> deskArticles(String date) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(article("/api/v1/desk/editions/" + paper + "/" + date + "/articles")))
                .header("Authorization", "Bearer " + token));
        assertEquals(200, r.statusCode(), r::body);
        JsonNode body = JSON.readTree(r.body());
        List<JsonNode> out = new ArrayList<>();
        (body.isArray() ? body : body.path("items")).forEach(out::add);
        return out;
    }

    private static List<String> articleIds(JsonNode summary) {
        List<String> ids = new ArrayList<>();
        summary.path("articles").forEach(a -> ids.add(a.path("id").asText()));
        return ids;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String edition(String path) {
        return stack.url(LocalStack.Component.EDITION) + path;
    }

    private static String article(String path) {
        return stack.url(LocalStack.Component.ARTICLE) + path;
    }

    private static String render(String path) {
        return stack.url(LocalStack.Component.RENDER) + path;
    }

}
