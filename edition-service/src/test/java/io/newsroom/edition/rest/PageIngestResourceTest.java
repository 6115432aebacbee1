package io.newsroom.edition.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.newsroom.edition.ServiceStubs.article;
import static io.newsroom.edition.ServiceStubs.deskPath;
import static io.newsroom.edition.TestPages.editor;
import static io.newsroom.edition.TestPages.types;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.newsroom.contract.ItemType;
import io.newsroom.contract.SegmentedItem;
import io.newsroom.edition.EditionTestResources;
import io.newsroom.edition.ServiceStubs;
import io.newsroom.edition.TestPages.Seed;
import io.newsroom.edition.TestPages;
import io.newsroom.edition.service.PageIngestService;
import io.newsroom.segmenter.PageSegmenter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.path.json.JsonPath;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Page uploads that succeed: every seed page, re-uploads, GB18030 and multipart. */
@QuarkusTest
@EditionTestResources
class PageIngestResourceTest {

    private static final Charset GB18030 = Charset.forName("GB18030");

    @BeforeEach
    void resetStubs() {
        ServiceStubs.resetArticle();
    }

    static List<Seed> seeds() {
        return TestPages.seeds();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void ingestsEachSeedPageAndSendsItsItemsToArticleService(Seed seed) {
        List<SegmentedItem> items = seed.items();
        String hash = PageIngestService.sha256(seed.text());
        ServiceStubs.stubUpsert("lcrb", seed.date(), seed.page(), hash, items);

        JsonPath summary = put(seed.date(), seed.page(), seed.text().getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=utf-8");

        assertEquals(true, summary.getBoolean("changed"));
        assertEquals(seed.pageName(), summary.getString("page_name"));
        assertEquals("UTF-8", summary.getString("encoding"));
        assertEquals(false, summary.getBoolean("detected"));
        assertEquals(hash, summary.getString("sha256"));
        assertEquals("alice", summary.getString("received_by"));
        assertEquals(items.size(), summary.getInt("item_count"));
        assertEquals(countByType(items), summary.getMap("items_by_type"));
        assertEquals(flagCount(items), summary.getList("flags").size());
        assertEquals(items.size(), summary.getList("articles").size());
        assertEquals(ServiceStubs.articleId("lcrb", seed.date(), seed.page(), 0).toString(),
                summary.getString("articles[0].id"));

        List<LoggedRequest> upserts = article().findAll(putRequestedFor(
                urlPathEqualTo(deskPath("lcrb", seed.date()) + "/pages/" + seed.page())));
        assertEquals(1, upserts.size());
        JsonPath sent = JsonPath.from(upserts.get(0).getBodyAsString());
        assertEquals(hash, sent.getString("content_hash"));
        assertEquals(seed.pageName(), sent.getString("page_name"));
        assertEquals(items.size(), sent.getList("items").size());
        assertEquals(items.get(0).type().code(), sent.getString("items[0].type"));
        assertTrue(sent.getMap("items[0]").containsKey("continued_from_page"), "article-service stores it too");
        assertEquals(items.get(0).continuedFromPage(), sent.get("items[0].continued_from_page"));
        assertEquals(items.get(0).paragraphs(), sent.getList("items[0].paragraphs"));
        assertEquals(List.of(items.get(0).sourceLines().get(0).first(), items.get(0).sourceLines().get(0).last()),
                sent.getList("items[0].source_lines[0]"));
        String bearer = upserts.get(0).getHeader("Authorization");
        assertEquals("Bearer ", bearer.substring(0, 7));
        assertEquals(3, bearer.substring(7).split("\\.").length, "the caller's JWT is forwarded");

        assertArrayEquals(seed.text().getBytes(StandardCharsets.UTF_8), TestPages.storedObject(
                String.format("raw/lcrb/%s/page-%02d.txt", seed.date(), seed.page())));
        TestPages.anonymous().get("/api/v1/workflow/editions/lcrb/" + seed.date()).then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("pages", hasSize(1))
                .body("pages[0].number", is(seed.page()))
                .body("pages[0].item_count", is(items.size()))
                .body("pages[0].open_flags", hasSize(flagCount(items)))
                .body("pages[0].article_ids", hasSize(items.size()))
                .body("publications", hasSize(0));
    }

    @Test
    void aContinuedArticleIsSentWithBothJumpPages() {
        String text = "（上接第一版）\n本报讯（记者 林晨）3月24日，记者从市科技局获悉，全市技术合同成交额\n"
                + "再创新高。 （下转第八版）\n\n科技大市场建设提速\n";
        LocalDate date = LocalDate.of(2030, 1, 9);
        String hash = PageIngestService.sha256(text);
        ServiceStubs.stubUpsert("lcrb", date, 2, hash, new PageSegmenter().segment(text).items());

        put(date, 2, text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");

        List<LoggedRequest> upserts = article().findAll(putRequestedFor(
                urlPathEqualTo(deskPath("lcrb", date) + "/pages/2")));
        assertEquals(1, upserts.size());
        JsonPath sent = JsonPath.from(upserts.get(0).getBodyAsString());
        assertEquals(1, sent.getList("items").size());
        assertEquals(Integer.valueOf(1), sent.get("items[0].continued_from_page"), "（上接第一版）");
        assertEquals(Integer.valueOf(8), sent.get("items[0].continues_on_page"), "（下转第八版）");
        assertEquals("科技大市场建设提速", sent.getString("items[0].headline"));
    }

    @Test
    void sameTextAgainChangesNothingAndCallsNothing() {
        Seed seed = TestPages.seeds().get(0);
        LocalDate date = LocalDate.of(2030, 1, 2);
        byte[] body = seed.text().getBytes(StandardCharsets.UTF_8);
        ServiceStubs.stubUpsert("lcrb", date, 3, PageIngestService.sha256(seed.text()), types(seed.items()));

        JsonPath first = put(date, 3, body, "text/plain");
        JsonPath second = put(date, 3, body, "text/plain");

        assertEquals(true, first.getBoolean("changed"));
        assertEquals(false, second.getBoolean("changed"));
        assertEquals(first.getString("received_at"), second.getString("received_at"));
        assertEquals(first.getList("articles.id"), second.getList("articles.id"));
        assertEquals(List.of("UNCHANGED"), second.getList("articles.outcome").stream().distinct().toList());
        assertEquals(1, article().findAll(putRequestedFor(urlPathEqualTo(deskPath("lcrb", date) + "/pages/3")))
                .size(), "the second upload must not call article-service");
        assertEquals("第3版", first.getString("page_name"), "page 3 has no configured name");
    }

    @Test
    void concurrentFirstPagesOfANewEditionAreBothStored() throws Exception {
        Seed seed = TestPages.seeds().get(2);
        LocalDate date = LocalDate.of(2031, 6, 15);
        byte[] body = seed.text().getBytes(StandardCharsets.UTF_8);
        List<Integer> pages = List.of(1, 2, 3, 4, 5, 6);
        for (int page : pages) {
            ServiceStubs.stubUpsert("lcrb", date, page, PageIngestService.sha256(seed.text()), types(seed.items()));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(pages.size());
        try {
            List<java.util.concurrent.Future<JsonPath>> uploads = new java.util.ArrayList<>();
            for (int page : pages) {
                uploads.add(pool.submit(() -> put(date, page, body, "text/plain")));
            }
            for (java.util.concurrent.Future<JsonPath> upload : uploads) {
                assertEquals(true, upload.get().getBoolean("changed"));
            }
        } finally {
            pool.shutdownNow();
        }
        editor().get("/api/v1/workflow/editions/lcrb/{date}", date.toString()).then().statusCode(200)
                .body("pages", hasSize(pages.size()));
    }

    @Test
    void changedTextIsUpsertedAgain() {
        Seed seed = TestPages.seeds().get(1);
        LocalDate date = LocalDate.of(2030, 1, 3);
        String changed = seed.text() + "\n更正：本版稿件有误。\n";
        ServiceStubs.stubUpsert("lcrb", date, 1, "ignored", types(seed.items()));

        put(date, 1, seed.text().getBytes(StandardCharsets.UTF_8), "text/plain");
        JsonPath second = put(date, 1, changed.getBytes(StandardCharsets.UTF_8), "text/plain");

        assertEquals(true, second.getBoolean("changed"));
        assertEquals(PageIngestService.sha256(changed), second.getString("sha256"));
        List<LoggedRequest> upserts = article().findAll(putRequestedFor(
                urlPathEqualTo(deskPath("lcrb", date) + "/pages/1")));
        assertEquals(2, upserts.size());
        assertEquals(PageIngestService.sha256(changed),
                JsonPath.from(upserts.get(1).getBodyAsString()).getString("content_hash"));
        assertArrayEquals(changed.getBytes(StandardCharsets.UTF_8),
                TestPages.storedObject("raw/lcrb/" + date + "/page-01.txt"));
    }

    @Test
    void detectsGb18030AndHashesTheDecodedText() {
        Seed seed = TestPages.seeds().get(2);
        LocalDate date = LocalDate.of(2030, 1, 4);
        String hash = PageIngestService.sha256(seed.text());
        ServiceStubs.stubUpsert("lcrb", date, 1, hash, types(seed.items()));

        JsonPath summary = put(date, 1, seed.text().getBytes(GB18030), "text/plain");

        assertEquals("GB18030", summary.getString("encoding"));
        assertEquals(true, summary.getBoolean("detected"));
        assertEquals(hash, summary.getString("sha256"), "the hash is over the decoded text's UTF-8 bytes");
        assertEquals(seed.items().size(), summary.getInt("item_count"));
        article().verify(putRequestedFor(urlPathEqualTo(deskPath("lcrb", date) + "/pages/1"))
                .withRequestBody(matchingJsonPath("$.content_hash", WireMock.equalTo(hash))));
        assertArrayEquals(seed.text().getBytes(StandardCharsets.UTF_8),
                TestPages.storedObject("raw/lcrb/" + date + "/page-01.txt"), "archived as UTF-8");
    }

    @Test
    void usesADeclaredGb18030Charset() {
        Seed seed = TestPages.seeds().get(3);
        LocalDate date = LocalDate.of(2030, 1, 5);
        ServiceStubs.stubUpsert("lcrb", date, 1, "h", types(seed.items()));

        JsonPath summary = put(date, 1, seed.text().getBytes(GB18030), "text/plain; charset=GB18030");

        assertEquals("GB18030", summary.getString("encoding"));
        assertEquals(false, summary.getBoolean("detected"));
        assertEquals(PageIngestService.sha256(seed.text()), summary.getString("sha256"));
    }

    @Test
    void acceptsAMultipartFileUploadWithAPageName() {
        Seed seed = TestPages.seeds().get(4);
        LocalDate date = LocalDate.of(2030, 1, 6);
        ServiceStubs.stubUpsert("lcrb", date, 2, "h", types(seed.items()));

        JsonPath summary = editor()
                .multiPart("file", "page-02.txt", seed.text().getBytes(GB18030), "text/plain")
                .multiPart(new MultiPartSpecBuilder("综合新闻").controlName("page_name").charset(StandardCharsets.UTF_8)
                        .build())
                .put("/api/v1/workflow/editions/lcrb/{date}/pages/2", date.toString())
                .then().statusCode(200).extract().jsonPath();

        assertEquals("综合新闻", summary.getString("page_name"));
        assertEquals("GB18030", summary.getString("encoding"));
        assertEquals(PageIngestService.sha256(seed.text()), summary.getString("sha256"));
        article().verify(putRequestedFor(urlPathEqualTo(deskPath("lcrb", date) + "/pages/2"))
                .withRequestBody(matchingJsonPath("$.page_name", WireMock.equalTo("综合新闻"))));
    }

    @Test
    void takesThePageNameFromTheQuery() {
        Seed seed = TestPages.seeds().get(0);
        LocalDate date = LocalDate.of(2030, 1, 7);
        ServiceStubs.stubUpsert("lcrb", date, 4, "h", types(seed.items()));

        JsonPath summary = editor().contentType("text/plain").queryParam("page_name", "经济")
                .body(seed.text().getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/workflow/editions/lcrb/{date}/pages/4", date.toString())
                .then().statusCode(200).extract().jsonPath();

        assertEquals("经济", summary.getString("page_name"));
    }

    static JsonPath put(LocalDate date, int page, byte[] body, String contentType) {
        return editor().contentType(contentType).body(body)
                .put("/api/v1/workflow/editions/lcrb/{date}/pages/{page}", date.toString(), page)
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Integer> countByType(List<SegmentedItem> items) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ItemType type : ItemType.values()) {
            int n = (int) items.stream().filter(i -> i.type() == type).count();
            if (n > 0) {
                counts.put(type.code(), n);
            }
        }
        return counts;
    }

    private static int flagCount(List<SegmentedItem> items) {
        return items.stream().mapToInt(i -> i.flags().size()).sum();
    }
}
