package io.newsroom.edition.desk;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.newsroom.edition.ServiceStubs.article;
import static io.newsroom.edition.ServiceStubs.deskPath;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.newsroom.edition.EditionTestResources;
import io.newsroom.edition.ServiceStubs;
import io.newsroom.edition.TestPages;
import io.newsroom.edition.desk.cli.EditorAddCommand;
import io.newsroom.edition.service.PageIngestService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The review queue (issue 15 item 1) and the compact review screen's new routes (items 2 and 5): the queue's
 * content, order and filter; changes answered in place for desk.js; photo captions and credits; the type change;
 * exclusion from the queue; a merge's undo. Against the article-service stub.
 */
@QuarkusTest
@EditionTestResources
class DeskQueueTest {

    private static final String PASSWORD = "queue test password";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final String CSRF_COOKIE = "newsroom_csrf";
    private static final AtomicInteger NEXT_DAY = new AtomicInteger();
    private static final RestAssuredConfig UTF8 = RestAssured.config()
            .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset(StandardCharsets.UTF_8));
    private static final String PAGE1 = "第一行标题\n本报讯 正文第一段。\n正文第二段\n图片说明一\n";
    private static final String PAGE2 = "孤立的一行字\n另一篇的标题\n";

    @Inject
    AgroalDataSource dataSource;

    private String session;
    private LocalDate date;
    private UUID headless;
    private UUID clean;
    private UUID merged;
    private UUID excluded;
    private UUID orphan;
    private UUID photo;

    @BeforeEach
    void anEditionOfTwoPages() throws SQLException {
        ServiceStubs.resetArticle();
        try (Connection db = dataSource.getConnection()) {
            EditorAddCommand.add(db, "queue-editor", "队列编辑", PASSWORD);
        }
        session = signIn();
        date = LocalDate.of(2035, 1, 1).plusDays(NEXT_DAY.incrementAndGet()); // a year no other test class uses
        upload(1, PAGE1, "article", "article", "article", "article", "photo");
        upload(2, PAGE2, "article");
        headless = ServiceStubs.articleId("lcrb", date, 1, 0);
        clean = ServiceStubs.articleId("lcrb", date, 1, 1);
        merged = ServiceStubs.articleId("lcrb", date, 1, 2);
        excluded = ServiceStubs.articleId("lcrb", date, 1, 3);
        photo = ServiceStubs.articleId("lcrb", date, 1, 4);
        orphan = ServiceStubs.articleId("lcrb", date, 2, 0);
        // listed out of page order, as article-service may: the queue orders by page, then by source line
        stubEdition(view(orphan, 2, 0, "article", null, "[[1, 1]]", "[\"ORPHAN_TEXT\"]", 1, ""),
                view(photo, 1, 4, "photo", null, "[[4, 4]]", "[\"BYLINE_UNCERTAIN\"]", 2, ""),
                view(headless, 1, 0, "article", null, "[[2, 3]]", "[\"HEADLINE_MISSING\", \"BODY_ENDS_MID_SENTENCE\"]",
                        3, ""),
                view(clean, 1, 1, "article", "第一行标题", "[[1, 1]]", "[]", 1, ""),
                view(merged, 1, 2, "article", null, "[]", "[\"ORPHAN_TEXT\"]", 4, "").replace("\"DRAFT\"",
                        "\"WITHDRAWN\""),
                view(excluded, 1, 3, "article", null, "[[3, 3]]", "[\"ORPHAN_TEXT\"]", 4, "").replace(
                        "\"edited_by_editor\": false", "\"edited_by_editor\": true, \"excluded\": true"));
    }

    @Test
    void theQueueListsEveryOpenFlagOfTheEditionInPageOrderExplainedWithItsSourceLines() {
        String queue = given().cookie("newsroom_desk", session).get(queuePath()).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        int first = queue.indexOf("id=\"item-" + headless + "\"");
        int second = queue.indexOf("id=\"item-" + photo + "\"");
        int third = queue.indexOf("id=\"item-" + orphan + "\"");
        assertTrue(first > 0 && first < second && second < third, "page 1 in source order, then page 2: " + queue);
        assertFalse(queue.contains("id=\"item-" + clean + "\""), "an item without flags is not in the queue");
        assertFalse(queue.contains("id=\"item-" + merged + "\""), "a withdrawn item is not in the queue");
        assertFalse(queue.contains("id=\"item-" + excluded + "\""), "an excluded item is not in the queue");
        assertTrue(queue.contains(PlainWords.explain(io.newsroom.contract.Flag.HEADLINE_MISSING)), queue);
        assertTrue(queue.contains(PlainWords.explain(io.newsroom.contract.Flag.ORPHAN_TEXT)), queue);
        // each item with its own source lines: lines 2-3 of page 1, line 1 of page 2
        String headlessCard = card(queue, headless);
        assertTrue(headlessCard.contains("<span class=\"ln\">2</span><span class=\"tx\">本报讯 正文第一段。</span>")
                && headlessCard.contains("<span class=\"tx\">正文第二段</span>"), headlessCard);
        assertFalse(headlessCard.contains("第一行标题</span>"), "line 1 is another item's: " + headlessCard);
        assertTrue(card(queue, orphan).contains("<span class=\"tx\">孤立的一行字</span>"), card(queue, orphan));
        assertTrue(card(queue, orphan).contains("href=\"/desk/editions/lcrb/" + date + "/pages/2#item-" + orphan),
                card(queue, orphan));
        // four open flags on items readers will see; two kinds of filter with their counts
        assertTrue(queue.contains("全部 <span class=\"count\">4</span>"), queue);
        assertTrue(queue.contains("无法归入稿件的文字 <span class=\"count\">1</span>"), queue);
        assertTrue(queue.contains("href=\"#item-" + headless + "\" id=\"next-flag\""), "下一处 leads to the first");

        String filtered = given().cookie("newsroom_desk", session).get(queuePath() + "?kind=ORPHAN_TEXT").then()
                .statusCode(200).extract().asString();
        assertTrue(filtered.contains("id=\"item-" + orphan + "\""), filtered);
        assertFalse(filtered.contains("id=\"item-" + headless + "\""), filtered);
        assertTrue(filtered.contains("name=\"back\" value=\"" + queuePath() + "?kind=ORPHAN_TEXT\""), filtered);

        String refused = given().cookie("newsroom_desk", session).get(queuePath() + "?kind=NO_SUCH_FLAG").then()
                .statusCode(400).contentType(containsString("text/html")).extract().asString();
        assertTrue(refused.contains("筛选条件 kind 不对") && refused.contains("NO_SUCH_FLAG"), refused);
        given().cookie("newsroom_desk", session).get("/desk/editions/lcrb/" + date.plusYears(5) + "/queue").then()
                .statusCode(404).contentType(containsString("text/html"));
    }

    @Test
    void aFlagClearedFromTheQueueIsAnsweredInPlaceForTheScriptAndByARedirectWithoutIt() {
        String queue = given().cookie("newsroom_desk", session).get(queuePath()).then().statusCode(200).extract()
                .asString();
        String csrf = csrf(queue);
        article().stubFor(patch(urlPathEqualTo("/api/v1/desk/articles/" + orphan)).willReturn(okJson(
                view(orphan, 2, 0, "article", null, "[[1, 1]]", "[]", 2, ""))));
        given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, csrf).redirects().follow(false)
                .formParam("csrf", csrf).formParam("version", "1").formParam("flags", "ORPHAN_TEXT")
                .formParam("flag", "ORPHAN_TEXT").formParam("back", queuePath() + "?kind=ORPHAN_TEXT")
                .post("/desk/articles/" + orphan + "/clear-flag").then().statusCode(303)
                .header("Location", containsString(queuePath() + "?kind=ORPHAN_TEXT&done=flag#item-" + orphan));
        article().verify(patchRequestedFor(urlPathEqualTo("/api/v1/desk/articles/" + orphan))
                .withHeader("If-Match", equalTo("\"1\"")).withRequestBody(equalToJson("{\"flags\": []}")));

        // desk.js: the same post answered with the status line and the item, now cleared, at its new version
        stubEdition(view(orphan, 2, 0, "article", null, "[[1, 1]]", "[]", 2, ""),
                view(headless, 1, 0, "article", null, "[[2, 3]]", "[\"HEADLINE_MISSING\"]", 3, ""));
        String fragment = given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, csrf)
                .header("X-Desk-Fragment", "queue").formParam("csrf", csrf).formParam("version", "1")
                .formParam("flags", "ORPHAN_TEXT").formParam("flag", "ORPHAN_TEXT").formParam("back", queuePath())
                .post("/desk/articles/" + orphan + "/clear-flag").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertTrue(fragment.startsWith("<div class=\"fragment\">"), fragment);
        assertFalse(fragment.contains("<html"), "a fragment, not a page: " + fragment);
        assertTrue(fragment.contains("已标记为核对完毕。"), fragment);
        assertTrue(fragment.contains("class=\"item cleared\" id=\"item-" + orphan + "\""), fragment);
        assertTrue(fragment.contains("data-version=\"2\""), fragment);
        assertFalse(fragment.contains("id=\"item-" + headless + "\""), "only the item changed: " + fragment);
    }

    @Test
    void photoCaptionsAndCreditsAreEditedWithTheOtherFields() {
        String photoView = view(photo, 1, 4, "photo", null, "[[4, 4]]", "[]", 2,
                "{\"caption\": \"图片说明一\", \"credit\": null, \"image_key\": \"img/1.jpg\"}");
        stubEdition(photoView);
        String review = given().cookie("newsroom_desk", session).get(pagePath(1)).then().statusCode(200).extract()
                .asString();
        assertTrue(review.contains("name=\"photo_caption\"") && review.contains(">图片说明一</textarea>"), review);
        assertTrue(review.contains("name=\"photo_image_key\" value=\"img/1.jpg\""), review);
        String csrf = csrf(review);
        article().stubFor(patch(urlPathEqualTo("/api/v1/desk/articles/" + photo)).willReturn(okJson(photoView)));
        article().stubFor(put(urlPathEqualTo("/api/v1/desk/articles/" + photo + "/photos")).willReturn(okJson(
                photoView.replace("\"version\": 2", "\"version\": 3"))));
        given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, csrf).redirects().follow(false)
                .formParam("csrf", csrf).formParam("version", "2").formParam("back", pagePath(1))
                .formParam("type", "photo").formParam("photo_caption", "改过的说明\r\n第二段说明")
                .formParam("photo_credit", "本报记者 田柏林").formParam("photo_image_key", "img/1.jpg")
                .post("/desk/articles/" + photo + "/edit").then().statusCode(303)
                .header("Location", containsString("done=edit"));
        article().verify(putRequestedFor(urlPathEqualTo("/api/v1/desk/articles/" + photo + "/photos"))
                .withHeader("If-Match", equalTo("\"2\"")).withRequestBody(equalToJson(
                        "{\"photos\": [{\"caption\": \"改过的说明\\n第二段说明\", \"credit\": \"本报记者 田柏林\","
                                + " \"image_key\": \"img/1.jpg\"}]}", true, true)));

        // the three lists of the form must match: nothing is sent otherwise
        article().resetRequests();
        given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, csrf).formParam("csrf", csrf)
                .formParam("version", "2").formParam("back", pagePath(1)).formParam("photo_caption", "说明")
                .post("/desk/articles/" + photo + "/edit").then().statusCode(400)
                .body(containsString("图片说明、摄影和图片的数目对不上"));
        article().verify(0, patchRequestedFor(urlPathEqualTo("/api/v1/desk/articles/" + photo)));
    }

    @Test
    void anItemsTypeChangesBetweenArticlePhotoAndTeaserOnly() {
        String review = given().cookie("newsroom_desk", session).get(pagePath(1)).then().statusCode(200).extract()
                .asString();
        assertTrue(review.contains("action=\"/desk/articles/" + headless + "/type\""), review);
        String csrf = csrf(review);
        article().stubFor(patch(urlPathEqualTo("/api/v1/desk/articles/" + headless)).willReturn(okJson(
                view(headless, 1, 0, "teaser", null, "[[2, 3]]", "[]", 4, ""))));
        given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, csrf).redirects().follow(false)
                .formParam("csrf", csrf).formParam("version", "3").formParam("type", "teaser")
                .formParam("back", pagePath(1)).post("/desk/articles/" + headless + "/type").then().statusCode(303)
                .header("Location", containsString("/pages/1?done=type#item-" + headless));
        article().verify(patchRequestedFor(urlPathEqualTo("/api/v1/desk/articles/" + headless))
                .withHeader("If-Match", equalTo("\"3\"")).withRequestBody(equalToJson("{\"type\": \"teaser\"}")));

        article().resetRequests();
        for (String type : new String[] {"staff", "index", "", "ARTICLE; DROP"}) {
            given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, csrf).formParam("csrf", csrf)
                    .formParam("version", "3").formParam("type", type).formParam("back", pagePath(1))
                    .post("/desk/articles/" + headless + "/type").then().statusCode(400)
                    .contentType(containsString("text/html")).body(containsString("类型（type）只能改为文章、图片新闻或导读"));
        }
        article().verify(0, patchRequestedFor(urlPathEqualTo("/api/v1/desk/articles/" + headless)));
    }

    @Test
    void anItemExcludedFromTheQueueLeavesIt() {
        String queue = given().cookie("newsroom_desk", session).get(queuePath()).then().statusCode(200).extract()
                .asString();
        assertTrue(card(queue, photo).contains("action=\"/desk/articles/" + photo + "/exclude\""), card(queue, photo));
        String csrf = csrf(queue);
        String excludedPhoto = view(photo, 1, 4, "photo", null, "[[4, 4]]", "[\"BYLINE_UNCERTAIN\"]", 3, "")
                .replace("\"edited_by_editor\": false", "\"edited_by_editor\": true, \"excluded\": true");
        article().stubFor(post(urlPathEqualTo("/api/v1/desk/articles/" + photo + "/exclude"))
                .willReturn(okJson(excludedPhoto)));
        stubEdition(excludedPhoto, view(orphan, 2, 0, "article", null, "[[1, 1]]", "[\"ORPHAN_TEXT\"]", 1, ""));
        String fragment = given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, csrf)
                .header("X-Desk-Fragment", "queue").formParam("csrf", csrf).formParam("version", "2")
                .formParam("back", queuePath()).post("/desk/articles/" + photo + "/exclude").then().statusCode(200)
                .extract().asString();
        article().verify(postRequestedFor(urlPathEqualTo("/api/v1/desk/articles/" + photo + "/exclude"))
                .withHeader("If-Match", equalTo("\"2\"")));
        assertTrue(fragment.contains("class=\"item excluded flagged cleared\" id=\"item-" + photo + "\""), fragment);
        assertTrue(fragment.contains("已设为不发布"), fragment);
        String after = given().cookie("newsroom_desk", session).get(queuePath()).then().statusCode(200).extract()
                .asString();
        assertFalse(after.contains("id=\"item-" + photo + "\""), after);
        assertTrue(after.contains("全部 <span class=\"count\">1</span>"), after);
    }

    @Test
    void aMergeOffersToSplitBackWhereTheOtherItemBegan() {
        String review = given().cookie("newsroom_desk", session).get(pagePath(1)).then().statusCode(200).extract()
                .asString();
        assertTrue(card(review, headless).contains("name=\"undo_at\" value=\"2\""), card(review, headless));
        assertTrue(card(review, headless).contains("data-confirm=\"把下一条"), "a merge asks first");
        String csrf = csrf(review);
        String mergedView = view(headless, 1, 0, "article", null, "[[1, 3]]", "[\"HEADLINE_MISSING\"]", 5, "")
                .replace("{\"kind\": \"body\", \"text\": \"段落二。\"}",
                        "{\"kind\": \"body\", \"text\": \"段落二。\"}, {\"kind\": \"body\", \"text\": \"下一条的段落。\"}");
        article().stubFor(post(urlPathEqualTo("/api/v1/desk/articles/" + headless + "/merge"))
                .willReturn(okJson(mergedView)));
        Response redirect = given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, csrf).redirects()
                .follow(false).formParam("csrf", csrf).formParam("version", "3").formParam("other_id", clean.toString())
                .formParam("other_version", "1").formParam("undo_at", "2").formParam("back", pagePath(1))
                .post("/desk/articles/" + headless + "/merge");
        assertEquals(303, redirect.statusCode(), redirect.asString());
        String location = redirect.header("Location");
        assertTrue(location.contains("?done=merge&undo=" + headless + ".2#item-" + headless), location);
        article().verify(postRequestedFor(urlPathEqualTo("/api/v1/desk/articles/" + headless + "/merge"))
                .withRequestBody(matchingJsonPath("$.other_id", equalTo(clean.toString()))));

        stubEdition(mergedView, view(clean, 1, 1, "article", "第一行标题", "[[1, 1]]", "[]", 2, "")
                .replace("\"DRAFT\"", "\"WITHDRAWN\""));
        String after = given().cookie("newsroom_desk", session)
                .get(pagePath(1) + "?done=merge&undo=" + headless + ".2").then().statusCode(200).extract().asString();
        Matcher undo = Pattern.compile("<form method=\"post\" action=\"/desk/articles/" + headless
                + "/split\" class=\"inline undo\">.*?name=\"version\" value=\"(\\d+)\".*?name=\"paragraph\" value=\"(\\d+)\"",
                Pattern.DOTALL).matcher(after);
        assertTrue(undo.find(), after);
        assertEquals("5", undo.group(1), "the merged item's new version");
        assertEquals("2", undo.group(2), "where the other item's paragraphs began");
        assertTrue(after.contains("撤销合并（从第 3 段拆回）"), after);
        // an undo that no longer applies (no paragraph there) is not offered
        String stale = given().cookie("newsroom_desk", session)
                .get(pagePath(1) + "?done=merge&undo=" + headless + ".7").then().statusCode(200).extract().asString();
        assertFalse(stale.contains("class=\"inline undo\""), stale);
    }

    private void upload(int page, String text, String... types) {
        ServiceStubs.stubUpsert("lcrb", date, page, PageIngestService.sha256(text), types);
        // the first segmentation of a fresh JVM loads the segmenter's dictionary: longer than RestAssured's 60 s on a
        // loaded machine
        TestPages.editor().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 300_000)))
                .contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/workflow/editions/lcrb/" + date + "/pages/" + page).then().statusCode(200);
    }

    private String queuePath() {
        return "/desk/editions/lcrb/" + date + "/queue";
    }

    private String pagePath(int page) {
        return "/desk/editions/lcrb/" + date + "/pages/" + page;
    }

    private void stubEdition(String... articles) {
        article().stubFor(get(urlPathEqualTo(deskPath("lcrb", date) + "/articles")).willReturn(okJson(
                "{\"items\": [" + String.join(",", articles) + "]}")));
    }

    /** @return the HTML of one item card */
    private static String card(String html, UUID id) {
        int start = html.indexOf("id=\"item-" + id + "\"");
        assertTrue(start > 0, "no item " + id + " in " + html);
        return html.substring(start, html.indexOf("</article>", start));
    }

    private String view(UUID id, int page, int position, String type, String headline, String lines, String flags,
            long version, String photos) {
        return "{\"id\": \"" + id + "\", \"paper\": \"lcrb\", \"date\": \"" + date + "\", \"page\": " + page
                + ", \"position\": " + position + ", \"type\": \"" + type + "\","
                + "\"headline\": " + (headline == null ? "null" : "\"" + headline + "\"") + ","
                + "\"paragraphs\": [{\"kind\": \"body\", \"text\": \"段落一。\"}, {\"kind\": \"body\", \"text\": \"段落二。\"}],"
                + "\"photos\": [" + photos + "], \"status\": \"DRAFT\", \"version\": " + version + ","
                + "\"editorial\": {\"flags\": " + flags + ", \"confidence\": 0.9, \"source\": {\"source_lines\": " + lines
                + "}, \"last_editor\": null, \"edited_by_editor\": false}}";
    }

    private static String signIn() {
        String formCsrf = csrf(given().get("/desk/sign-in").asString());
        return given().redirects().follow(false).cookie(CSRF_COOKIE, formCsrf)
                .formParam("username", "queue-editor").formParam("password", PASSWORD).formParam("csrf", formCsrf)
                .post("/desk/sign-in").then().statusCode(303).extract().cookie("newsroom_desk");
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertTrue(m.find(), "no csrf field in " + html);
        return m.group(1);
    }

    private static RequestSpecification given() {
        return RestAssured.given().config(UTF8);
    }
}
