package io.newsroom.edition.desk;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.newsroom.edition.ServiceStubs.article;
import static io.newsroom.edition.ServiceStubs.deskPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.agroal.api.AgroalDataSource;
import io.newsroom.edition.EditionTestResources;
import io.newsroom.edition.ServiceStubs;
import io.newsroom.edition.desk.cli.EditorAddCommand;
import io.newsroom.edition.service.PageIngestService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
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
 * Publishing safely and an article's history on the desk (README "Publishing safely and history"): the publish
 * confirmation and its server-side "仍然发布" rule, the upload's warnings, and diff and revert, against the
 * article-service and render-service stubs.
 */
@QuarkusTest
@EditionTestResources
class PublishSafetyTest {

    private static final String PASSWORD = "publish safely password";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final String CSRF_COOKIE = "newsroom_csrf";
    private static final AtomicInteger NEXT_DAY = new AtomicInteger();
    private static final RestAssuredConfig UTF8 = RestAssured.config()
            .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset(StandardCharsets.UTF_8));

    @Inject
    AgroalDataSource dataSource;

    private String session;
    private String csrf;

    @BeforeEach
    void signIn() throws SQLException {
        ServiceStubs.resetArticle();
        try (Connection db = dataSource.getConnection()) {
            EditorAddCommand.add(db, "safe-editor", "安编辑", PASSWORD);
        }
        String formCsrf = csrf(given().get("/desk/sign-in").asString());
        session = given().redirects().follow(false).cookie(CSRF_COOKIE, formCsrf)
                .formParam("username", "safe-editor").formParam("password", PASSWORD).formParam("csrf", formCsrf)
                .post("/desk/sign-in").then().statusCode(303).extract().cookie("newsroom_desk");
        csrf = csrf(desk().get("/desk/editions").asString());
    }

    @Test
    void publishingWithOpenFlagsNeedsPublishAnywayOnTheServer() {
        LocalDate date = freshDate();
        upload(date, 1, "第一版标题\n本报讯 第一版正文。\n");
        UUID flagged = ServiceStubs.articleId("lcrb", date, 1, 0);
        listEdition(date, view(flagged, 1, 0, "第一版标题", 3, "[\"HEADLINE_ROLE_UNCERTAIN\", \"BYLINE_UNCERTAIN\"]"));
        ServiceStubs.stubPublication("lcrb", date);
        ServiceStubs.stubRendition("lcrb", date);
        String edition = "/desk/editions/lcrb/" + date;

        // the edition page leads to the confirmation; it no longer publishes at one click
        String editionPage = desk().get(edition).then().statusCode(200).extract().asString();
        assertTrue(editionPage.contains("id=\"publish\" href=\"" + edition + "/publish\""), editionPage);
        assertFalse(editionPage.contains("action=\"" + edition + "/publish\""), "no publish form on the edition page");

        String confirm = desk().get(edition + "/publish").then().statusCode(200).extract().asString();
        assertTrue(confirm.contains("还有 <strong id=\"open-flag-count\">2</strong> 处待核对"), confirm);
        assertTrue(confirm.contains("第1版 要闻：2 处（标题层级不确定、署名不确定）"), confirm);
        assertTrue(confirm.contains("name=\"publish_anyway\" value=\"yes\""), confirm);

        // the post without 仍然发布 publishes nothing and says why in plain words
        String refused = post(edition + "/publish").then().statusCode(409).extract().asString();
        assertTrue(refused.contains("还有 2 处待核对没有处理，所以没有发布"), refused);
        post(edition + "/publish", "publish_anyway", "no").then().statusCode(409);
        article().verify(0, postRequestedFor(urlPathEqualTo(deskPath("lcrb", date) + "/publish")));
        assertEquals(0, ServiceStubs.render().countRequestsMatching(
                postRequestedFor(urlPathEqualTo(ServiceStubs.renditionPath("lcrb", date))).build()).getCount());

        // with it, the edition is published
        post(edition + "/publish", "publish_anyway", "yes").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith(edition + "?published=1"));
        article().verify(1, postRequestedFor(urlPathEqualTo(deskPath("lcrb", date) + "/publish")));

        // once the flags are cleared, no 仍然发布 is needed
        listEdition(date, view(flagged, 1, 0, "第一版标题", 4, "[]"));
        String clean = desk().get(edition + "/publish").then().statusCode(200).extract().asString();
        assertTrue(clean.contains("没有待核对的地方。"), clean);
        assertFalse(clean.contains("name=\"publish_anyway\""), clean);
        post(edition + "/publish").then().statusCode(303);
        article().verify(2, postRequestedFor(urlPathEqualTo(deskPath("lcrb", date) + "/publish")));
    }

    @Test
    void theConfirmationListsPagesNeverOpenedMissingAndWhatChangedSinceTheLastPublication() {
        LocalDate date = freshDate();
        String edition = "/desk/editions/lcrb/" + date;
        upload(date, 1, "第一版标题\n本报讯 第一版正文。\n");
        upload(date, 3, "第三版标题\n本报讯 第三版正文。\n");
        UUID one = ServiceStubs.articleId("lcrb", date, 1, 0);
        UUID three = ServiceStubs.articleId("lcrb", date, 3, 0);
        listEdition(date, view(one, 1, 0, "第一版标题", 1, "[]"), view(three, 3, 0, "第三版标题", 1, "[]"));

        String before = desk().get(edition + "/publish").then().statusCode(200).extract().asString();
        assertTrue(section(before, "check-unreviewed").contains("第1版 要闻"), before);
        assertTrue(section(before, "check-unreviewed").contains("第3版"), before);
        assertTrue(section(before, "check-missing").contains("第2版还没有上传"), before);
        assertTrue(before.contains("首次发布"), before);

        // opening page 1's review counts; page 3 stays unopened
        desk().get(edition + "/pages/1").then().statusCode(200);
        String opened = desk().get(edition + "/publish").then().statusCode(200).extract().asString();
        assertFalse(section(opened, "check-unreviewed").contains("第1版"), opened);
        assertTrue(section(opened, "check-unreviewed").contains("第3版"), opened);

        // publish (the manifest renders article `one` at version 2), then change things
        ServiceStubs.stubPublication("lcrb", date);
        ServiceStubs.stubRendition("lcrb", date);
        post(edition + "/publish").then().statusCode(303);
        String replaced = "第三版新标题\n本报讯 第三版换过的正文。\n";
        ServiceStubs.stubUpsert("lcrb", date, 3, PageIngestService.sha256(replaced), "article");
        uploadPage(date, "3", replaced, "yes", null).then().statusCode(200);
        upload(date, 4, "第四版标题\n本报讯 第四版正文。\n");
        UUID four = ServiceStubs.articleId("lcrb", date, 4, 0);
        listEdition(date, view(one, 1, 0, "第一版标题", 5, "[]"), view(three, 3, 0, "第三版新标题", 2, "[]"),
                view(four, 4, 0, "第四版标题", 1, "[]"));

        String after = desk().get(edition + "/publish").then().statusCode(200).extract().asString();
        String changes = section(after, "check-changes");
        assertTrue(changes.contains("自上次发布（"), changes);
        assertTrue(changes.contains("新增的版面") && changes.contains(edition + "/pages/4\">第4版"), changes);
        assertTrue(changes.contains("更换了文本的版面") && changes.contains(edition + "/pages/3\">第3版"), changes);
        assertTrue(changes.contains("改动过的稿件（1）") && changes.contains("第1版 · 第一版标题"), changes);
        assertTrue(changes.contains("新增的稿件（2）") && changes.contains("第3版 · 第三版新标题")
                && changes.contains("第4版 · 第四版标题"), changes);
        assertTrue(section(after, "check-unreviewed").contains("第3版"), "a replaced page needs opening again");
        assertTrue(section(after, "check-missing").contains("第2版还没有上传"), after);
    }

    @Test
    void uploadWarnsAboutAPageAlreadyReceivedAndATextIdenticalToAnotherPage() {
        LocalDate date = freshDate();
        String first = "第一版标题\n本报讯 第一版正文。\n";
        upload(date, 1, first);

        // the form prefills the lowest page not received yet, never a silent 1
        String form = desk().get("/desk/upload?paper=lcrb&date=" + date).then().statusCode(200).extract().asString();
        assertTrue(form.contains("name=\"paste_number\" size=\"3\" inputmode=\"numeric\" value=\"2\""), form);
        assertTrue(form.contains("data-next-page=\"2\""), form);

        // another text for page 1 is not stored without 替换
        String other = "另一份第一版\n本报讯 不同的正文。\n";
        ServiceStubs.stubUpsert("lcrb", date, 1, PageIngestService.sha256(other), "article");
        uploadPage(date, "1", other, null, null).then().statusCode(409)
                .body("ok", org.hamcrest.Matchers.equalTo(false))
                .body("message", org.hamcrest.Matchers.containsString("第1版已经收到过"))
                .body("message", org.hamcrest.Matchers.containsString("替换已经收到的版面"));
        article().verify(1, putRequestedFor(urlPathEqualTo(deskPath("lcrb", date) + "/pages/1")));
        // the same text again changes nothing and needs no confirmation
        ServiceStubs.stubUpsert("lcrb", date, 1, PageIngestService.sha256(first), "article");
        uploadPage(date, "1", first, null, null).then().statusCode(200)
                .body("message", org.hamcrest.Matchers.startsWith("内容未变"));
        // with 替换 it is stored
        ServiceStubs.stubUpsert("lcrb", date, 1, PageIngestService.sha256(other), "article");
        uploadPage(date, "1", other, "yes", null).then().statusCode(200)
                .body("message", org.hamcrest.Matchers.startsWith("已保存"));
        article().verify(2, putRequestedFor(urlPathEqualTo(deskPath("lcrb", date) + "/pages/1")));

        // page 1's text sent as page 2: identical to another page, refused unless confirmed
        ServiceStubs.stubUpsert("lcrb", date, 2, PageIngestService.sha256(other), "article");
        uploadPage(date, "2", other, null, null).then().statusCode(409)
                .body("message", org.hamcrest.Matchers.containsString("与第1版（要闻）完全相同"));
        article().verify(0, putRequestedFor(urlPathEqualTo(deskPath("lcrb", date) + "/pages/2")));
        uploadPage(date, "2", other, null, "yes").then().statusCode(200);
        article().verify(1, putRequestedFor(urlPathEqualTo(deskPath("lcrb", date) + "/pages/2")));

        // the form post: a second file without a page number and a paste without one are refused, not page 1
        String third = "第三版标题\n本报讯 第三版正文。\n";
        ServiceStubs.stubUpsert("lcrb", date, 3, PageIngestService.sha256(third), "article");
        String result = given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, csrf).multiPart("csrf", csrf)
                .multiPart("paper", "lcrb").multiPart("date", date.toString()).multiPart("numbers", "3")
                .multiPart("file", "p3.txt", third.getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("file", "p4.txt", "第四版\n正文。\n".getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("paste_text", "粘贴的一版\n正文。\n").multiPart("paste_number", "")
                .post("/desk/upload").then().statusCode(200).extract().asString();
        assertTrue(result.contains("没有填写这个文件的版次"), result);
        assertTrue(result.contains("没有填写粘贴文本的版次"), result);
        article().verify(2, putRequestedFor(urlPathEqualTo(deskPath("lcrb", date) + "/pages/1")));
        article().verify(1, putRequestedFor(urlPathEqualTo(deskPath("lcrb", date) + "/pages/3")));
    }

    @Test
    void historyShowsOldAndNewPerFieldWithAParagraphDiffAndRevertsWithIfMatch() {
        UUID id = UUID.randomUUID();
        LocalDate date = freshDate();
        String v1 = deskArticle(id, date, "原标题", 3, "\"第一段。\", \"第二段。\", \"第三段。\", \"第四段。\", \"第五段。\"");
        String v2 = deskArticle(id, date, "改过的标题", 4, "\"第一段。\", \"第二段。\", \"第三段。\", \"第四段。\", \"第五段。\"");
        String now = deskArticle(id, date, "改过的标题", 5, "\"第一段。\", \"第二段。\", \"第三段改写了。\", \"第四段。\", \"第五段。\", \"新加的第六段。\"");
        String base = "/api/v1/desk/articles/" + id;
        article().stubFor(get(urlPathEqualTo(base)).willReturn(okJson(now)));
        article().stubFor(get(urlPathEqualTo(base + "/revisions")).willReturn(okJson("{\"items\": ["
                + revision(1, "[\"headline\"]", 3, null) + "," + revision(2, "[\"paragraphs\"]", 4, null) + "]}")));
        article().stubFor(get(urlPathEqualTo(base + "/revisions/1")).willReturn(okJson(revision(1, "[\"headline\"]", 3, v1))));
        article().stubFor(get(urlPathEqualTo(base + "/revisions/2")).willReturn(okJson(revision(2, "[\"paragraphs\"]", 4, v2))));
        String back = "/desk/editions/lcrb/" + date + "/pages/1";

        String history = desk().queryParam("back", back).get("/desk/articles/" + id + "/history").then()
                .statusCode(200).extract().asString();
        String one = row(history, 1);
        assertTrue(one.contains("<span class=\"old\">原标题</span> → <span class=\"new\">改过的标题</span>"), one);
        String two = row(history, 2);
        assertTrue(two.contains("<li class=\"del\">− 第三段。</li>"), two);
        assertTrue(two.contains("<li class=\"ins\">+ 第三段改写了。</li>"), two);
        assertTrue(two.contains("<li class=\"ins\">+ 新加的第六段。</li>"), two);
        assertTrue(two.contains("<li class=\"same\">第二段。</li>") && two.contains("<li class=\"same\">第四段。</li>"), two);
        assertTrue(two.contains("<li class=\"gap\">… 1 段未改动 …</li>"), "第一段 is folded: " + two);
        assertTrue(history.contains("name=\"version\" value=\"5\""), history);

        // revert: If-Match is the version the page showed; a new revision, back to the history
        article().stubFor(WireMock.post(urlPathEqualTo(base + "/revisions/2/revert")).willReturn(okJson(v2.replace(
                "\"version\": 4", "\"version\": 6"))));
        given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, csrf).redirects().follow(false)
                .formParam("csrf", csrf).formParam("version", "5").formParam("revision", "2").formParam("back", back)
                .post("/desk/articles/" + id + "/revert").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.containsString("/desk/articles/" + id + "/history?back="))
                .header("Location", org.hamcrest.Matchers.endsWith("reverted=2"));
        article().verify(postRequestedFor(urlPathEqualTo(base + "/revisions/2/revert"))
                .withHeader("If-Match", equalTo("\"5\""))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.matching("Bearer .+")));
        assertTrue(desk().queryParam("back", back).queryParam("reverted", "2").get("/desk/articles/" + id + "/history")
                .asString().contains("已恢复到第 2 次修改之前的内容"));

        // a stale revert is refused in plain words
        article().stubFor(WireMock.post(urlPathEqualTo(base + "/revisions/1/revert")).willReturn(aResponse().withStatus(412)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 412, \"detail\": \"If-Match \\\"5\\\" is stale: the current version is 6\"}")));
        String stale = given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, csrf).formParam("csrf", csrf)
                .formParam("version", "5").formParam("revision", "1").formParam("back", back)
                .post("/desk/articles/" + id + "/revert").then().statusCode(409).extract().asString();
        assertTrue(stale.contains("这篇稿件在你打开修改记录之后又被修改过，没有恢复任何内容"), stale);
        // and without the CSRF token nothing is sent
        given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, csrf).formParam("version", "6")
                .formParam("revision", "1").post("/desk/articles/" + id + "/revert").then().statusCode(403);
        article().verify(1, postRequestedFor(urlPathEqualTo(base + "/revisions/1/revert")));
    }

    @Test
    void aRevisionFollowedByAMergeOffersNoRevert() {
        UUID id = UUID.randomUUID();
        LocalDate date = freshDate();
        String v1 = deskArticle(id, date, "原标题", 1, "\"第一段。\"");
        String v2 = deskArticle(id, date, "新标题", 2, "\"第一段。\"");
        String now = deskArticle(id, date, "新标题", 3, "\"第一段。\", \"并入的段落。\"");
        String base = "/api/v1/desk/articles/" + id;
        article().stubFor(get(urlPathEqualTo(base)).willReturn(okJson(now)));
        article().stubFor(get(urlPathEqualTo(base + "/revisions")).willReturn(okJson("{\"items\": ["
                + revision(1, "[\"headline\"]", 1, null) + "," + revision(2, "[\"paragraphs\", \"merged_from\"]", 2, null)
                + "]}")));
        article().stubFor(get(urlPathEqualTo(base + "/revisions/1")).willReturn(okJson(revision(1, "[\"headline\"]", 1, v1))));
        article().stubFor(get(urlPathEqualTo(base + "/revisions/2")).willReturn(okJson(
                revision(2, "[\"paragraphs\", \"merged_from\"]", 2, v2))));
        String history = desk().get("/desk/articles/" + id + "/history").then().statusCode(200).extract().asString();
        assertFalse(history.contains("name=\"revision\""), history);
        assertTrue(row(history, 1).contains("之后合并或拆分过，不能直接恢复"), history);
        assertTrue(row(history, 2).contains("合并了相邻稿件"), history);
    }

    // --- helpers ---

    private void upload(LocalDate date, int page, String text) {
        ServiceStubs.stubUpsert("lcrb", date, page, PageIngestService.sha256(text), "article");
        uploadPage(date, Integer.toString(page), text, null, null).then().statusCode(200);
    }

    private Response uploadPage(LocalDate date, String number, String text, String replace, String identical) {
        RequestSpecification request = given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, csrf)
                .multiPart("csrf", csrf).multiPart("paper", "lcrb").multiPart("date", date.toString())
                .multiPart("number", number)
                // UTF-8 said explicitly: RestAssured sends a text part as ISO-8859-1 otherwise (every 汉字 a "?")
                .multiPart(new io.restassured.builder.MultiPartSpecBuilder(text).controlName("text").charset("UTF-8")
                        .build());
        if (replace != null) {
            request = request.multiPart("replace", replace);
        }
        if (identical != null) {
            request = request.multiPart("identical", identical);
        }
        return request.post("/desk/upload/page");
    }

    private Response post(String path, String... form) {
        RequestSpecification request = given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, csrf)
                .redirects().follow(false).formParam("csrf", csrf);
        for (int i = 0; i + 1 < form.length; i += 2) {
            request = request.formParam(form[i], form[i + 1]);
        }
        return request.post(path);
    }

    /** Lists the edition's articles (the whole-edition read; page reads keep the upload's listing). */
    private static void listEdition(LocalDate date, String... views) {
        article().stubFor(get(urlPathEqualTo(deskPath("lcrb", date) + "/articles")).withQueryParam("page", absent())
                .atPriority(1).willReturn(okJson("{\"items\": [" + String.join(",", views) + "], \"next_cursor\": null}")));
    }

    private static String view(UUID id, int page, int position, String headline, long version, String flags) {
        return "{\"id\": \"" + id + "\", \"page\": " + page + ", \"position\": " + position + ", \"type\": \"article\","
                + "\"headline\": \"" + headline + "\", \"paragraphs\": [], \"photos\": [], \"status\": \"DRAFT\","
                + "\"version\": " + version + ", \"editorial\": {\"flags\": " + flags + ", \"confidence\": 0.9,"
                + "\"source\": {\"source_lines\": []}, \"last_editor\": null, \"edited_by_editor\": false}}";
    }

    private static String deskArticle(UUID id, LocalDate date, String headline, long version, String paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs.split(",\\s*")) {
            body.append(body.length() == 0 ? "" : ",").append("{\"kind\": \"body\", \"text\": ").append(p).append("}");
        }
        return "{\"id\": \"" + id + "\", \"paper\": \"lcrb\", \"date\": \"" + date + "\", \"page\": 1, \"position\": 0,"
                + "\"type\": \"article\", \"headline\": \"" + headline + "\", \"paragraphs\": [" + body + "],"
                + "\"photos\": [], \"status\": \"DRAFT\", \"version\": " + version + ", \"editorial\": {\"flags\": [],"
                + "\"confidence\": 0.9, \"source\": {\"source_lines\": [[1, 3]]}, \"last_editor\": \"safe-editor\","
                + "\"edited_by_editor\": true}}";
    }

    private static String revision(int number, String fields, long previousVersion, String state) {
        return "{\"number\": " + number + ", \"editor\": \"safe-editor\", \"changed_at\": \"2033-02-01T08:00:00Z\","
                + "\"changed_fields\": " + fields + ", \"previous_version\": " + previousVersion
                + ", \"previous_state\": " + (state == null ? "null" : state) + "}";
    }

    /** @return the HTML of a confirmation section, by id */
    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertTrue(start >= 0, "no section " + id + " in " + html);
        return html.substring(start, html.indexOf("</section>", start));
    }

    /** @return the HTML of a history row, by revision number */
    private static String row(String html, int number) {
        int start = html.indexOf("id=\"revision-" + number + "\"");
        assertTrue(start >= 0, "no revision " + number + " in " + html);
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private RequestSpecification desk() {
        return given().cookie("newsroom_desk", session);
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertTrue(m.find(), "no csrf field in " + html);
        return m.group(1);
    }

    private static RequestSpecification given() {
        return RestAssured.given().config(UTF8);
    }

    private static LocalDate freshDate() {
        return LocalDate.of(2034, 1, 1).plusDays(NEXT_DAY.incrementAndGet());
    }
}
