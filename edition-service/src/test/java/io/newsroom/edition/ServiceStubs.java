package io.newsroom.edition;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.newsroom.contract.SegmentedItem;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * article-service and render-service stubbed by two WireMock servers on dynamic ports; sets
 * {@code quarkus.rest-client.*.url} to them. Tests reach the servers through {@link #article()} and
 * {@link #render()}, and build answers in the README's shapes with the helpers below.
 */
public class ServiceStubs implements QuarkusTestResourceLifecycleManager {

    /** The rendering's timeout in these tests. */
    public static final int RENDER_TIMEOUT_SECONDS = 3;

    private static WireMockServer article;
    private static WireMockServer render;
    /** The desk views each stubbed upsert created, by edition then page: what the listings answer. */
    private static final Map<String, Map<Integer, List<String>>> LISTED = new ConcurrentHashMap<>();

    /** Starts both servers; returns the two REST client URLs. */
    @Override
    public Map<String, String> start() {
        article = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        render = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        article.start();
        render.start();
        stubPaper();
        return Map.of(
                "quarkus.rest-client.article-service.url", article.baseUrl(),
                "quarkus.rest-client.render-service.url", render.baseUrl(),
                // a rendering times out after 3 s here (60 s in production), then the manifest is watched for 2 s
                "io.newsroom.edition.client.RenditionClient/render/Timeout/value",
                Integer.toString(RENDER_TIMEOUT_SECONDS),
                "edition.render-settle", "PT2S");
    }

    @Override
    public void stop() {
        article.stop();
        render.stop();
    }

    /**
     * Forgets every article-service stub and request but the paper registry's {@code lcrb} (a registry read is
     * cached by edition-service, so tests that break article-service still find the paper).
     */
    public static void resetArticle() {
        article.resetAll();
        LISTED.clear();
        stubPaper();
    }

    private static void stubPaper() {
        article.stubFor(get(urlPathEqualTo("/api/v1/papers/lcrb")).atPriority(1).willReturn(okJson(
                "{\"code\":\"lcrb\",\"name\":\"聊城日报\",\"publisher\":\"聊城日报社\",\"language\":\"zh-CN\","
                        + "\"page_names\":{\"1\":\"要闻\"}}")));
    }

    /** @return the article-service stub */
    public static WireMockServer article() {
        return article;
    }

    /** @return the render-service stub */
    public static WireMockServer render() {
        return render;
    }

    /** @return the desk path of an edition, e.g. {@code /api/v1/desk/editions/lcrb/2025-03-26} */
    public static String deskPath(String paper, LocalDate date) {
        return "/api/v1/desk/editions/" + paper + "/" + date;
    }

    /** @return a stable article id for an item position of a page */
    public static UUID articleId(String paper, LocalDate date, int page, int position) {
        return UUID.nameUUIDFromBytes((paper + date + page + "/" + position).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Answers the page upsert with one CREATED draft per item, and lists those drafts (with the items' flags) in
     * the desk listings of the page and of the edition.
     *
     * @param items the items in position order
     */
    public static void stubUpsert(String paper, LocalDate date, int page, String contentHash, List<SegmentedItem> items) {
        stubUpsert(paper, date, page, contentHash, items.stream().map(i -> i.type().code()).toArray(String[]::new));
        List<String> views = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String flags = items.get(i).flags().stream().map(f -> "\"" + f.name() + "\"")
                    .collect(Collectors.joining(",", "[", "]"));
            views.add(deskView(articleId(paper, date, page, i), page, i, items.get(i).type().code(), flags));
        }
        list(paper, date, page, views);
    }

    /**
     * Answers the page upsert with one CREATED draft per item, and lists those drafts (without flags) in the
     * desk listings of the page and of the edition.
     *
     * @param itemTypes the items' wire types in position order
     */
    public static void stubUpsert(String paper, LocalDate date, int page, String contentHash, String... itemTypes) {
        List<String> views = new java.util.ArrayList<>();
        for (int i = 0; i < itemTypes.length; i++) {
            views.add(deskView(articleId(paper, date, page, i), page, i, itemTypes[i], "[]"));
        }
        list(paper, date, page, views);
        StringJoiner articles = new StringJoiner(",");
        for (int i = 0; i < itemTypes.length; i++) {
            articles.add("{\"id\":\"" + articleId(paper, date, page, i) + "\",\"position\":" + i + ",\"type\":\""
                    + itemTypes[i] + "\",\"headline\":null,\"status\":\"DRAFT\",\"version\":1,\"outcome\":\"CREATED\"}");
        }
        article.stubFor(put(urlPathEqualTo(deskPath(paper, date) + "/pages/" + page)).willReturn(okJson(
                "{\"paper\":\"" + paper + "\",\"date\":\"" + date + "\",\"page\":" + page + ",\"content_hash\":\""
                        + contentHash + "\",\"articles\":[" + articles + "],\"conflicts\":[]}")));
    }

    /** Makes every article-service call but the (cached) paper registry fail at the connection (the service is down). */
    public static void articleServiceDown() {
        article.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()).atPriority(5)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    /** Lists a page's desk views in the page's listing and, with the edition's other pages, in the edition's. */
    private static void list(String paper, LocalDate date, int page, List<String> views) {
        String path = deskPath(paper, date) + "/articles";
        article.stubFor(get(urlPathEqualTo(path)).withQueryParam("page", equalTo(Integer.toString(page)))
                .willReturn(okJson("{\"items\":[" + String.join(",", views) + "],\"next_cursor\":null}")));
        Map<Integer, List<String>> pages = LISTED.computeIfAbsent(path, p -> new TreeMap<>());
        pages.put(page, views);
        String all = pages.values().stream().flatMap(List::stream).collect(Collectors.joining(","));
        article.stubFor(get(urlPathEqualTo(path)).withQueryParam("page", absent())
                .willReturn(okJson("{\"items\":[" + all + "],\"next_cursor\":null}")));
    }

    /** @return article-service's desk view of a draft, in the contract's shape */
    static String deskView(UUID id, int page, int position, String type, String flags) {
        return "{\"id\":\"" + id + "\",\"page\":" + page + ",\"position\":" + position + ",\"type\":\"" + type
                + "\",\"headline\":null,\"paragraphs\":[],\"photos\":[],\"status\":\"DRAFT\",\"version\":1,"
                + "\"editorial\":{\"flags\":" + flags + ",\"confidence\":0.9,\"source\":{\"source_lines\":[]},"
                + "\"last_editor\":null,\"edited_by_editor\":false}}";
    }

    /** Answers publish and unpublish of the edition with one article at version 2. */
    public static void stubPublication(String paper, LocalDate date) {
        String body = "{\"paper\":\"" + paper + "\",\"date\":\"" + date + "\",\"articles\":[{\"id\":\""
                + articleId(paper, date, 1, 0) + "\",\"version\":2}]}";
        article.stubFor(post(urlPathEqualTo(deskPath(paper, date) + "/publish")).willReturn(okJson(body)));
        article.stubFor(post(urlPathEqualTo(deskPath(paper, date) + "/unpublish")).willReturn(okJson(body)));
    }

    /** Path of article-service's edition change feed. */
    public static final String EDITION_CHANGES = "/api/v1/desk/editions/changes";

    /** Answers every read of the edition change feed with no change (its {@code after} echoed as the last sequence). */
    public static void stubNoEditionChanges() {
        article.stubFor(get(urlPathEqualTo(EDITION_CHANGES)).atPriority(9).willReturn(okJson(
                "{\"editions\":[],\"last_sequence\":{{request.query.after}},\"more\":false}")
                .withTransformers("response-template")));
    }

    /**
     * Answers the feed read after {@code after} with one change of an edition, sequence number {@code after + 1}.
     *
     * @param after the cursor the read gives
     */
    public static void stubEditionChange(long after, String paper, LocalDate date) {
        article.stubFor(get(urlPathEqualTo(EDITION_CHANGES)).withQueryParam("after", equalTo(Long.toString(after)))
                .atPriority(2).willReturn(okJson("{\"editions\":[{\"paper\":\"" + paper + "\",\"date\":\"" + date
                        + "\",\"sequence\":" + (after + 1) + ",\"changed_at\":\"2033-02-01T08:00:00Z\"}],"
                        + "\"last_sequence\":" + (after + 1) + ",\"more\":false}")));
    }

    /** @return the rendition path of an edition */
    public static String renditionPath(String paper, LocalDate date) {
        return "/api/v1/renditions/" + paper + "/" + date;
    }

    /** Answers the rendition with a manifest of one EPUB object. */
    public static void stubRendition(String paper, LocalDate date) {
        render.stubFor(post(urlPathEqualTo(renditionPath(paper, date))).willReturn(okJson(
                manifest(paper, date, "2025-03-26T05:00:00Z"))));
    }

    /**
     * @param renderedAt the manifest's {@code rendered_at}
     * @return a manifest of one EPUB object, as render-service answers a rendering
     */
    public static String manifest(String paper, LocalDate date, String renderedAt) {
        return "{\"paper\":\"" + paper + "\",\"date\":\"" + date + "\",\"rendered_at\":\"" + renderedAt + "\","
                + "\"articles\":[{\"id\":\"" + articleId(paper, date, 1, 0) + "\",\"version\":2}],"
                + "\"objects\":[{\"key\":\"" + paper + "/" + date + "/edition.epub\",\"size\":1234,"
                + "\"sha256\":\"" + "ab".repeat(32) + "\",\"content_type\":\"application/epub+zip\"}]}";
    }

    /**
     * @param renderedAt the manifest's {@code rendered_at}
     * @return the manifest in force as render-service's {@code GET} answers it (with presigned links)
     */
    public static String manifestInForce(String paper, LocalDate date, String renderedAt) {
        String manifest = manifest(paper, date, renderedAt);
        return manifest.substring(0, manifest.length() - 1) + ",\"links\":{\"epub\":\"http://s3/e.epub\","
                + "\"html_index\":\"http://s3/index.html\",\"expires_at\":\"2025-03-26T06:00:00Z\"}}";
    }

    /** Makes the rendition fail with a 500 problem. */
    public static void stubRenditionFailure(String paper, LocalDate date) {
        render.stubFor(post(urlPathEqualTo(renditionPath(paper, date))).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Internal Server Error\",\"status\":500}")));
    }
}
