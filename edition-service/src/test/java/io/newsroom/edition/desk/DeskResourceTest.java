package io.newsroom.edition.desk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.newsroom.edition.ServiceStubs.article;
import static io.newsroom.edition.ServiceStubs.deskPath;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
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

/** The review desk's pages against the article-service and render-service stubs. */
@QuarkusTest
@EditionTestResources
class DeskResourceTest {

    private static final String PASSWORD = "correct horse battery";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    /** quarkus-rest-csrf's double-submit cookie (application.properties); every form's {@code csrf} must equal it. */
    private static final String CSRF_COOKIE = "newsroom_csrf";
    private static final AtomicInteger NEXT_DAY = new AtomicInteger();
    /** Forms in UTF-8, as browsers send them for a UTF-8 page (RestAssured's default is ISO-8859-1). */
    private static final RestAssuredConfig UTF8 = RestAssured.config()
            .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset(StandardCharsets.UTF_8));

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void editorAccount() throws SQLException {
        ServiceStubs.resetArticle();
        try (Connection db = dataSource.getConnection()) {
            EditorAddCommand.add(db, "desk-editor", "张编辑", PASSWORD);
        }
    }

    @Test
    void signedOutDeskPagesRedirectToSignInWhileTheApiAnswers401() {
        for (String path : new String[] {"/desk", "/desk/editions", "/desk/upload", "/desk/editions/lcrb/2025-03-26"}) {
            Response r = given().redirects().follow(false).get(path);
            assertEquals(303, r.statusCode(), path);
            if (!path.equals("/desk")) {
                assertTrue(r.header("Location").contains("/desk/sign-in"), path + " → " + r.header("Location"));
            }
        }
        given().redirects().follow(false).cookie("newsroom_desk", "not-a-token").get("/desk/editions").then()
                .statusCode(303).header("Location", endsWith("/desk/sign-in"));
        given().post("/api/v1/workflow/editions/lcrb/2025-03-26/publish").then().statusCode(401)
                .contentType("application/problem+json");
        given().get("/desk/sign-in").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("编辑登录"));
    }

    @Test
    void signInSetsAStrictHttpOnlyDeskCookieThatTheApiRefusesAndSignOutClearsIt() {
        Response form = given().get("/desk/sign-in");
        String formCsrf = csrf(form.asString());
        assertEquals(formCsrf, form.cookie(CSRF_COOKIE), "the form's token is the double-submit cookie's");
        given().redirects().follow(false).cookie(CSRF_COOKIE, formCsrf)
                .formParam("username", "desk-editor").formParam("password", "wrong password")
                .formParam("csrf", formCsrf).post("/desk/sign-in").then().statusCode(401)
                .body(containsString("用户名或密码不对")).header("Set-Cookie", not(containsString("newsroom_desk=ey")));

        Response signedIn = given().redirects().follow(false).cookie(CSRF_COOKIE, formCsrf)
                .formParam("username", "Desk-Editor").formParam("password", PASSWORD).formParam("csrf", formCsrf)
                .post("/desk/sign-in");
        assertEquals(303, signedIn.statusCode());
        assertTrue(signedIn.header("Location").endsWith("/desk/editions"));
        String setCookie = signedIn.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("newsroom_desk=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=strict"), setCookie);
        assertTrue(setCookie.contains("Path=/"), setCookie);
        String session = signedIn.cookie("newsroom_desk");

        Response list = given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, formCsrf).get("/desk/editions");
        assertEquals(200, list.statusCode());
        assertTrue(list.asString().contains("张编辑"));
        assertTrue(list.asString().contains("版次列表"));

        LocalDate date = freshDate();
        String text = TestPages.seeds().get(0).text();
        ServiceStubs.stubUpsert("lcrb", date, 1, PageIngestService.sha256(text), "article");
        given().cookie("newsroom_desk", session).contentType("text/plain; charset=UTF-8")
                .body(text.getBytes(StandardCharsets.UTF_8)).put("/api/v1/workflow/editions/lcrb/" + date + "/pages/1").then()
                .statusCode(401).contentType("application/problem+json"); // README "Desk security"

        String csrf = csrf(list.asString());
        Response out = given().redirects().follow(false).cookie("newsroom_desk", session).cookie(CSRF_COOKIE, csrf)
                .formParam("csrf", csrf).post("/desk/sign-out");
        assertEquals(303, out.statusCode());
        assertTrue(out.header("Location").endsWith("/desk/sign-in"));
        assertTrue(out.headers().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("newsroom_desk=;") && c.contains("Max-Age=0")), out.headers().toString());
    }

    @Test
    void formPostsWithoutTheCsrfTokenAreRefused() {
        String session = signIn();
        Response list = given().cookie("newsroom_desk", session).get("/desk/editions");
        assertEquals(200, list.statusCode(), list.asString());
        String token = csrf(list.asString());
        assertEquals(token, list.cookie(CSRF_COOKIE), "a page without the cookie sets it, with its forms' token");
        Response refused = given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, token).redirects()
                .follow(false).post("/desk/editions/lcrb/2025-03-26/publish");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.contentType().startsWith("text/html"), refused.contentType());
        assertTrue(refused.asString().contains("安全令牌"), refused.asString());
        assertTrue(refused.headers().getValues("Set-Cookie").stream().noneMatch(c -> c.startsWith(CSRF_COOKIE)),
                "a forged post must not end the token of the forms the editor has open: " + refused.headers());
        given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, token).formParam("csrf", "forged")
                .post("/desk/editions/lcrb/2025-03-26/publish").then().statusCode(403);
        given().cookie("newsroom_desk", session).formParam("csrf", token)
                .post("/desk/editions/lcrb/2025-03-26/publish").then().statusCode(403);
        given().formParam("username", "desk-editor").formParam("password", PASSWORD)
                .post("/desk/sign-in").then().statusCode(403).body(containsString("安全令牌"));
        assertEquals(0, ServiceStubs.render().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().contains("2025-03-26")).count());
    }

    @Test
    void aRefusedTokenCookieIsAnsweredInPlainWordsAndReplacedOnTheNextPage() {
        String session = signIn();
        Response refused = given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, "Zm9yZ2Vk") // 6 bytes: no token of the extension
                .get("/desk/editions");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.contentType().startsWith("text/html"), refused.contentType());
        assertTrue(refused.asString().contains("安全令牌"), refused.asString());
        assertTrue(refused.headers().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith(CSRF_COOKIE + "=;") && c.contains("Max-Age=0")), refused.headers().toString());

        Response again = given().cookie("newsroom_desk", session).get("/desk/editions");
        assertEquals(200, again.statusCode());
        assertEquals(csrf(again.asString()), again.cookie(CSRF_COOKIE));
    }

    @Test
    void theUploadScriptGetsTheRefusalAsJson() {
        String session = signIn();
        given().cookie("newsroom_desk", session).accept("application/json").multiPart("paper", "lcrb")
                .multiPart("date", freshDate().toString()).multiPart("number", "2").multiPart("text", "第二版")
                .post("/desk/upload/page").then().statusCode(403).contentType(containsString("application/json"))
                .body("ok", org.hamcrest.Matchers.equalTo(false)).body("message", containsString("安全令牌"));
    }

    @Test
    void theEditionsListShowsOpenFlagsAsUnknownWhenArticleServiceRefusesToListThem() {
        String session = signIn();
        LocalDate date = freshDate();
        String text = TestPages.seeds().get(0).text();
        ServiceStubs.stubUpsert("lcrb", date, 1, PageIngestService.sha256(text), "article");
        TestPages.editor().contentType("text/plain; charset=utf-8").body(text.getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/workflow/editions/lcrb/" + date + "/pages/1").then().statusCode(200);
        ServiceStubs.resetArticle(); // article-service now answers 404 to the edition's listing
        article().stubFor(get(urlPathEqualTo(deskPath("lcrb", date) + "/articles")).willReturn(aResponse()
                .withStatus(403).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 403, \"detail\": \"no role editor\"}")));

        String list = given().cookie("newsroom_desk", session).get("/desk/editions").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertTrue(list.contains(date.toString()), list);
        String edition = given().cookie("newsroom_desk", session).get("/desk/editions/lcrb/" + date).then()
                .statusCode(200).extract().asString();
        assertTrue(edition.contains("暂时无法从文章服务读到待核对数"), "open flags unknown: " + edition);
    }

    @Test
    void theApiTakesFormPostsWithABearerTokenAndNoCsrfCookie() {
        LocalDate date = freshDate();
        String text = TestPages.seeds().get(0).text();
        ServiceStubs.stubUpsert("lcrb", date, 2, PageIngestService.sha256(text), "article");
        TestPages.editor().multiPart("file", "page-02.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain")
                .put("/api/v1/workflow/editions/lcrb/" + date + "/pages/2").then().statusCode(200)
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void uploadExplainsEachPageInPlainWords() {
        String session = signIn();
        String csrf = csrf(given().cookie("newsroom_desk", session).get("/desk/upload").asString());
        LocalDate date = freshDate();
        byte[] notText = "Größe naïve café façade — déjà vu".getBytes(StandardCharsets.ISO_8859_1);
        given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, csrf).multiPart("csrf", csrf)
                .multiPart("paper", "lcrb").multiPart("date", date.toString()).multiPart("number", "2")
                .multiPart("file", "page2.txt", notText, "text/plain").post("/desk/upload/page").then()
                .statusCode(400).body("ok", org.hamcrest.Matchers.equalTo(false))
                .body("message", org.hamcrest.Matchers.equalTo("不是 UTF-8 或 GB18030 文本"));

        String text = TestPages.seeds().get(1).text();
        ServiceStubs.stubUpsert("lcrb", date, 1, PageIngestService.sha256(text), "article", "article");
        String page = given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, csrf).multiPart("csrf", csrf)
                .multiPart("paper", "lcrb").multiPart("date", date.toString()).multiPart("numbers", "1, 120")
                .multiPart("file", "p1.txt", text.getBytes(Charset.forName("GB18030")), "text/plain")
                .multiPart("file", "p2.txt", "第二版".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/desk/upload").then().statusCode(200).extract().asString();
        assertTrue(page.contains("已保存："), page);
        assertTrue(page.contains("版次必须是 1 到 99 之间的整数"), page);
        assertTrue(page.contains("/desk/editions/lcrb/" + date + "/pages/1"), page);
    }

    @Test
    void reviewPageShowsSourceLinesBesideTheItemsAndEditsUseIfMatch() {
        String session = signIn();
        LocalDate date = freshDate();
        String text = "第一行标题\n本报讯 正文第一段。\n正文第二段。\n图片说明\n";
        ServiceStubs.stubUpsert("lcrb", date, 3, PageIngestService.sha256(text), "article", "photo");
        TestPages.editor().contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/workflow/editions/lcrb/" + date + "/pages/3").then().statusCode(200);
        UUID first = ServiceStubs.articleId("lcrb", date, 3, 0);
        UUID second = ServiceStubs.articleId("lcrb", date, 3, 1);
        article().stubFor(get(urlPathEqualTo(deskPath("lcrb", date) + "/articles")).willReturn(okJson(
                "{\"items\": [" + deskArticle(first, 0, "article", "第一行标题", "[[1, 3]]", "[]", 3) + ","
                        + deskArticle(second, 1, "photo", null, "[[4, 4]]", "[\"HEADLINE_MISSING\"]", 1) + "]}")));

        String review = given().cookie("newsroom_desk", session).get("/desk/editions/lcrb/" + date + "/pages/3")
                .then().log().ifValidationFails().statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertTrue(review.contains("id=\"L2\" data-item=\"" + first + "\""), review);
        assertTrue(review.contains("id=\"L4\" data-item=\"" + second + "\""), review);
        assertTrue(review.contains("data-lines=\"1-3\""), review);
        assertTrue(review.contains("缺少标题"), review);
        assertTrue(review.contains("置信 90%"), review);
        assertTrue(review.contains("name=\"other_id\" value=\"" + second + "\""), review);
        assertTrue(review.contains("<span class=\"tx\">本报讯 正文第一段。</span>"), review);
        assertTrue(!review.contains("name=\"correction_note\""), "drafts are edited without 更正说明");
        String csrf = csrf(review);

        article().stubFor(patch(urlPathEqualTo("/api/v1/desk/articles/" + first)).willReturn(okJson(deskArticle(first, 0, "article", "新标题", "[[1, 3]]", "[]", 4))));
        given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, csrf).redirects().follow(false)
                .formParam("csrf", csrf).formParam("version", "3").formParam("back", "/desk/editions/lcrb/" + date + "/pages/3")
                .formParam("type", "article").formParam("headline", "新标题").formParam("kicker", "")
                .formParam("paragraphs", "段落一。\n\n段落二。")
                .post("/desk/articles/" + first + "/edit").then().statusCode(303)
                .header("Location", containsString("/pages/3?done=edit#item-" + first));
        article().verify(patchRequestedFor(urlPathEqualTo("/api/v1/desk/articles/" + first))
                .withHeader("Authorization", matching("Bearer .+")).withHeader("If-Match", equalTo("\"3\""))
                .withRequestBody(matchingJsonPath("$.headline", equalTo("新标题")))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("\"kicker\":null")));

        article().stubFor(patch(urlPathEqualTo("/api/v1/desk/articles/" + second)).willReturn(aResponse()
                .withStatus(412).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 412, \"detail\": \"If-Match \\\"1\\\" is stale: the current version is 2\"}")));
        article().stubFor(get(urlPathEqualTo("/api/v1/desk/articles/" + second)).willReturn(okJson(
                deskArticle(second, 1, "photo", "别人改的标题", "[[4, 4]]", "[]", 2))));
        String conflict = given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, csrf).formParam("csrf", csrf)
                .formParam("version", "1")
                .formParam("back", "/desk/editions/lcrb/" + date + "/pages/3").formParam("type", "photo")
                .formParam("headline", "我的标题").post("/desk/articles/" + second + "/edit").then().statusCode(409)
                .extract().asString();
        assertTrue(conflict.contains("修改冲突"), conflict);
        assertTrue(conflict.contains("我的标题") && conflict.contains("别人改的标题"), conflict);
        assertTrue(conflict.contains("name=\"version\" value=\"2\""), conflict);
    }

    @Test
    void reviewPageShowsAJumpAndLinksAndUnlinksIt() {
        String session = signIn();
        LocalDate date = freshDate();
        String text = "老年公交IC卡明起分区办理\n本报讯 记者从市公用事业局获悉，集中登记造册预\n（下转第5版）\n";
        ServiceStubs.stubUpsert("lcrb", date, 3, PageIngestService.sha256(text), "article");
        TestPages.editor().contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/workflow/editions/lcrb/" + date + "/pages/3").then().statusCode(200);
        UUID head = ServiceStubs.articleId("lcrb", date, 3, 0);
        UUID continuation = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        String page3 = "/desk/editions/lcrb/" + date + "/pages/3";
        stubEdition(date, jumping(head, 3, "老年公交IC卡明起分区办理", 5, null, null, null, "[\"JUMP_UNMATCHED\"]"),
                jumping(continuation, 5, "老年公交IC卡", null, null, null, 3, "[\"JUMP_UNMATCHED\"]"),
                jumping(other, 5, "另一篇稿件", null, null, null, null, "[]"));

        String review = given().cookie("newsroom_desk", session).get(page3).then().statusCode(200).extract().asString();
        assertTrue(review.contains("（下转第5版）"), "the printed wording: " + review);
        assertTrue(review.contains("未连接"), review);
        assertTrue(review.contains("转版未找到接续稿件"), review);
        assertTrue(!review.contains("name=\"flag\" value=\"JUMP_UNMATCHED\""), "a jump flag is settled by linking");
        assertTrue(review.contains("<option value=\"" + continuation + "\">第5版 · 老年公交IC卡</option>"), review);
        assertTrue(review.contains("<option value=\"" + other + "\">第5版 · 另一篇稿件</option>"), review);
        assertTrue(review.contains("action=\"/desk/articles/" + head + "/link\""), review);
        String csrf = csrf(review);

        article().stubFor(put(urlPathEqualTo("/api/v1/desk/articles/" + head + "/continuation")).willReturn(okJson(
                jumping(head, 3, "老年公交IC卡明起分区办理", 5, continuation, null, null, "[]"))));
        given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, csrf).redirects().follow(false)
                .formParam("csrf", csrf).formParam("continuation", continuation.toString()).formParam("back", page3)
                .post("/desk/articles/" + head + "/link").then().statusCode(303)
                .header("Location", containsString("/pages/3?done=link#item-" + head));
        article().verify(putRequestedFor(urlPathEqualTo("/api/v1/desk/articles/" + head + "/continuation"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(matchingJsonPath("$.continuation_id", equalTo(continuation.toString()))));
        given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, csrf).formParam("continuation", other.toString())
                .formParam("back", page3).post("/desk/articles/" + head + "/link").then().statusCode(403);
        article().verify(0, putRequestedFor(urlPathEqualTo("/api/v1/desk/articles/" + head + "/continuation"))
                .withRequestBody(matchingJsonPath("$.continuation_id", equalTo(other.toString()))));

        stubEdition(date, jumping(head, 3, "老年公交IC卡明起分区办理", 5, continuation, null, null, "[]"),
                jumping(continuation, 5, "老年公交IC卡", null, null, head, 3, "[]"),
                jumping(other, 5, "另一篇稿件", null, null, null, null, "[]"));
        review = given().cookie("newsroom_desk", session).get(page3 + "?done=link").then().statusCode(200).extract()
                .asString();
        assertTrue(review.contains("已连接转版稿件。"), review);
        assertTrue(review.contains("已连接：<a href=\"/desk/editions/lcrb/" + date + "/pages/5#item-" + continuation
                + "\">第5版 · 老年公交IC卡</a>"), review);
        assertTrue(review.contains("action=\"/desk/articles/" + head + "/unlink\""), review);

        article().stubFor(delete(urlPathEqualTo("/api/v1/desk/articles/" + head + "/continuation")).willReturn(okJson(
                jumping(head, 3, "老年公交IC卡明起分区办理", 5, null, null, null, "[]"))));
        given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, csrf).redirects().follow(false)
                .formParam("csrf", csrf).formParam("back", page3).post("/desk/articles/" + head + "/unlink").then()
                .statusCode(303).header("Location", containsString("?done=unlink#item-" + head));
        article().verify(deleteRequestedFor(urlPathEqualTo("/api/v1/desk/articles/" + head + "/continuation"))
                .withHeader("Authorization", matching("Bearer .+")));

        // article-service refuses (the continuation already continues another article): said in plain words
        article().stubFor(put(urlPathEqualTo("/api/v1/desk/articles/" + head + "/continuation")).willReturn(aResponse()
                .withStatus(409).withHeader("Content-Type", "application/problem+json").withBody("{\"status\": 409, "
                        + "\"detail\": \"article " + other + " already continues article x; unlink that one first\"}")));
        String refused = given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, csrf).formParam("csrf", csrf)
                .formParam("continuation", other.toString()).formParam("back", page3)
                .post("/desk/articles/" + head + "/link").then().statusCode(409).extract().asString();
        assertTrue(refused.contains("无法完成：") && refused.contains("already continues"), refused);
        given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, csrf).formParam("csrf", csrf)
                .formParam("continuation", "").formParam("back", page3).post("/desk/articles/" + head + "/link")
                .then().statusCode(409).body(containsString("请选择要连接的稿件。"));
    }

    private static void stubEdition(LocalDate date, String... articles) {
        article().stubFor(get(urlPathEqualTo(deskPath("lcrb", date) + "/articles")).willReturn(okJson(
                "{\"items\": [" + String.join(",", articles) + "]}")));
    }

    private static String jumping(UUID id, int page, String headline, Integer continuesOn, UUID target,
            UUID continuedFromId, Integer continuedFromPage, String flags) {
        return "{\"id\": \"" + id + "\", \"page\": " + page + ", \"position\": 0, \"type\": \"article\","
                + "\"headline\": \"" + headline + "\", \"continues_on_page\": " + continuesOn + ","
                + "\"jump_text\": " + (continuesOn == null ? "null" : "\"（下转第" + continuesOn + "版）\"") + ","
                + "\"jump_target_id\": " + (target == null ? "null" : "\"" + target + "\"") + ","
                + "\"continued_from_id\": " + (continuedFromId == null ? "null" : "\"" + continuedFromId + "\"") + ","
                + "\"continued_from_page\": " + continuedFromPage + ","
                + "\"paragraphs\": [{\"kind\": \"body\", \"text\": \"段落一\"}], \"photos\": [], \"status\": \"DRAFT\","
                + "\"version\": 2, \"editorial\": {\"flags\": " + flags + ", \"confidence\": 0.9, \"source\": "
                + "{\"source_lines\": [[1, 3]]}, \"last_editor\": null, \"edited_by_editor\": false}}";
    }

    @Test
    void aPublishedArticlesEditFormTakesACorrectionNoteForArticleService() {
        String session = signIn();
        LocalDate date = freshDate();
        String text = "第一行标题\n本报讯 正文第一段。\n正文第二段。\n";
        ServiceStubs.stubUpsert("lcrb", date, 3, PageIngestService.sha256(text), "article");
        TestPages.editor().contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/workflow/editions/lcrb/" + date + "/pages/3").then().statusCode(200);
        UUID id = ServiceStubs.articleId("lcrb", date, 3, 0);
        String published = deskArticle(id, 0, "article", "第一行标题", "[[1, 3]]", "[]", 3)
                .replace("\"DRAFT\"", "\"PUBLISHED\"");
        article().stubFor(get(urlPathEqualTo(deskPath("lcrb", date) + "/articles"))
                .willReturn(okJson("{\"items\": [" + published + "]}")));
        String review = given().cookie("newsroom_desk", session).get("/desk/editions/lcrb/" + date + "/pages/3")
                .then().statusCode(200).extract().asString();
        assertTrue(review.contains("更正说明") && review.contains("name=\"correction_note\""), review);
        String csrf = csrf(review);

        article().stubFor(patch(urlPathEqualTo("/api/v1/desk/articles/" + id)).willReturn(okJson(
                published.replace("第一行标题", "更正后的标题").replace("\"version\": 3", "\"version\": 4"))));
        given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, csrf).redirects().follow(false)
                .formParam("csrf", csrf).formParam("version", "3").formParam("back", "/desk/editions/lcrb/" + date + "/pages/3")
                .formParam("type", "article").formParam("headline", "更正后的标题")
                .formParam("paragraphs", "段落一。\n\n段落二。").formParam("correction_note", "原标题有误")
                .post("/desk/articles/" + id + "/edit").then().statusCode(303);
        article().verify(patchRequestedFor(urlPathEqualTo("/api/v1/desk/articles/" + id))
                .withRequestBody(matchingJsonPath("$.headline", equalTo("更正后的标题")))
                .withRequestBody(matchingJsonPath("$.correction_note", equalTo("原标题有误"))));
    }

    @Test
    void anItemIsExcludedFromPublicationAndRestoredWithTheCsrfToken() {
        String session = signIn();
        LocalDate date = freshDate();
        String text = "今日导读\n本报讯 正文第一段。\n值班编委：张三\n";
        ServiceStubs.stubUpsert("lcrb", date, 3, PageIngestService.sha256(text), "index", "article", "staff");
        TestPages.editor().contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/workflow/editions/lcrb/" + date + "/pages/3").then().statusCode(200);
        UUID index = ServiceStubs.articleId("lcrb", date, 3, 0);
        UUID untitled = ServiceStubs.articleId("lcrb", date, 3, 1);
        UUID staff = ServiceStubs.articleId("lcrb", date, 3, 2);
        String page3 = "/desk/editions/lcrb/" + date + "/pages/3";
        stubEdition(date, deskArticle(index, 0, "index", "今日导读", "[[1, 1]]", "[]", 1),
                deskArticle(untitled, 1, "article", null, "[[2, 2]]", "[]", 3),
                deskArticle(staff, 2, "staff", null, "[[3, 3]]", "[]", 1));
        String review = given().cookie("newsroom_desk", session).get(page3).then().statusCode(200).extract().asString();
        assertTrue(review.contains("作为本期导读刊出，不作为稿件发布"), review);
        assertTrue(review.contains("作为本期版权信息以小字刊出，不作为稿件发布"), review);
        assertTrue(review.contains("没有标题：读者看到的是正文开头，不会看到标题"), "a headline-less article is flagged");
        assertTrue(review.contains("action=\"/desk/articles/" + untitled + "/exclude\""), review);
        assertTrue(review.contains(">不发布</button>"), review);
        String csrf = csrf(review);

        article().stubFor(post(urlPathEqualTo("/api/v1/desk/articles/" + untitled + "/exclude")).willReturn(okJson(
                excluded(deskArticle(untitled, 1, "article", null, "[[2, 2]]", "[]", 4)))));
        given().cookie("newsroom_desk", session).formParam("version", "3").formParam("back", page3)
                .post("/desk/articles/" + untitled + "/exclude").then().statusCode(403);
        given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, csrf).formParam("csrf", "forged")
                .formParam("version", "3").formParam("back", page3)
                .post("/desk/articles/" + untitled + "/exclude").then().statusCode(403);
        article().verify(0, postRequestedFor(urlPathEqualTo("/api/v1/desk/articles/" + untitled + "/exclude")));
        given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, csrf).redirects().follow(false)
                .formParam("csrf", csrf).formParam("version", "3").formParam("back", page3)
                .post("/desk/articles/" + untitled + "/exclude").then().statusCode(303)
                .header("Location", containsString("/pages/3?done=exclude#item-" + untitled));
        article().verify(postRequestedFor(urlPathEqualTo("/api/v1/desk/articles/" + untitled + "/exclude"))
                .withHeader("Authorization", matching("Bearer .+")).withHeader("If-Match", equalTo("\"3\"")));

        stubEdition(date, deskArticle(index, 0, "index", "今日导读", "[[1, 1]]", "[]", 1),
                excluded(deskArticle(untitled, 1, "article", null, "[[2, 2]]", "[]", 4)),
                deskArticle(staff, 2, "staff", null, "[[3, 3]]", "[]", 1));
        review = given().cookie("newsroom_desk", session).get(page3 + "?done=exclude").then().statusCode(200)
                .extract().asString();
        assertTrue(review.contains("已设为不发布：读者看不到这一条。"), review);
        assertTrue(review.contains("class=\"item excluded\" id=\"item-" + untitled + "\""), "shown, marked: " + review);
        assertTrue(review.contains("不发布：读者看不到这一条</span>"), review);
        assertTrue(review.contains("action=\"/desk/articles/" + untitled + "/include\""), review);
        assertTrue(review.contains(">恢复发布</button>"), review);

        article().stubFor(post(urlPathEqualTo("/api/v1/desk/articles/" + untitled + "/include")).willReturn(aResponse()
                .withStatus(412).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 412, \"detail\": \"If-Match \\\"4\\\" is stale: the current version is 5\"}")));
        given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, csrf).formParam("csrf", csrf)
                .formParam("version", "4").formParam("back", page3).post("/desk/articles/" + untitled + "/include")
                .then().statusCode(409).body(containsString("你看到的是旧版本，没有保存任何改动。"));
        article().stubFor(post(urlPathEqualTo("/api/v1/desk/articles/" + untitled + "/include")).willReturn(okJson(
                deskArticle(untitled, 1, "article", null, "[[2, 2]]", "[]", 6))));
        given().cookie("newsroom_desk", session).cookie(CSRF_COOKIE, csrf).redirects().follow(false)
                .formParam("csrf", csrf).formParam("version", "5").formParam("back", page3)
                .post("/desk/articles/" + untitled + "/include").then().statusCode(303)
                .header("Location", containsString("done=include"));
        article().verify(postRequestedFor(urlPathEqualTo("/api/v1/desk/articles/" + untitled + "/include"))
                .withHeader("If-Match", equalTo("\"5\"")));
    }

    /** @return the desk view with {@code editorial.excluded} set */
    private static String excluded(String deskArticle) {
        return deskArticle.replace("\"edited_by_editor\": false}", "\"edited_by_editor\": true, \"excluded\": true}");
    }

    @Test
    void anArticleGoneMeanwhileIsExplainedInPlainWords() {
        String session = signIn();
        UUID gone = UUID.randomUUID();
        article().stubFor(get(urlPathEqualTo("/api/v1/desk/articles/" + gone)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 404, \"detail\": \"no article " + gone + "\"}")));
        String page = given().cookie("newsroom_desk", session).get("/desk/articles/" + gone + "/history")
                .then().statusCode(404).contentType(containsString("text/html")).extract().asString();
        assertTrue(page.contains("找不到这篇稿件，可能已被删除。"), page);
    }

    private static String deskArticle(UUID id, int position, String type, String headline, String lines, String flags,
            long version) {
        return "{\"id\": \"" + id + "\", \"page\": 3, \"position\": " + position + ", \"type\": \"" + type + "\","
                + "\"headline\": " + (headline == null ? "null" : "\"" + headline + "\"") + ","
                + "\"paragraphs\": [{\"kind\": \"body\", \"text\": \"段落一。\"}, {\"kind\": \"body\", \"text\": \"段落二。\"}],"
                + "\"photos\": [], \"status\": \"DRAFT\", \"version\": " + version + ","
                + "\"editorial\": {\"flags\": " + flags + ", \"confidence\": 0.9, \"source\": {\"source_lines\": " + lines
                + "}, \"last_editor\": null, \"edited_by_editor\": false}}";
    }

    private static String signIn() {
        String formCsrf = csrf(given().get("/desk/sign-in").asString());
        return given().redirects().follow(false).cookie(CSRF_COOKIE, formCsrf)
                .formParam("username", "desk-editor").formParam("password", PASSWORD).formParam("csrf", formCsrf)
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

    private static LocalDate freshDate() {
        return LocalDate.of(2031, 1, 1).plusDays(NEXT_DAY.incrementAndGet());
    }
}
