package io.newsroom.edition.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.newsroom.edition.ServiceStubs.article;
import static io.newsroom.edition.TestPages.anonymous;
import static io.newsroom.edition.TestPages.editor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsroom.devstack.testing.JwtKeysResource;
import io.newsroom.edition.EditionTestResources;
import io.newsroom.edition.ServiceStubs;
import io.newsroom.edition.TestPages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every refused page upload answers 4xx problem+json naming the field and the reason, calls no other service
 * and stores nothing (the edition of {@link #DATE} never comes into existence).
 */
@QuarkusTest
@EditionTestResources
class PageInputValidationTest {

    private static final String DATE = "2031-05-06";
    private static final String PAGE = "/api/v1/workflow/editions/{paper}/{date}/pages/{number}";
    private static final byte[] TEXT = TestPages.seeds().get(0).text().getBytes(StandardCharsets.UTF_8);

    @BeforeEach
    void resetStubs() {
        ServiceStubs.resetArticle();
    }

    @AfterEach
    void nothingChanged() {
        // nothing is sent to article-service; reading its paper registry is all a refused upload may do
        article().verify(0, anyRequestedFor(urlPathMatching("^(?!/api/v1/papers/).*")));
        anonymous().get("/api/v1/workflow/editions/lcrb/" + DATE).then().statusCode(404);
        assertNull(TestPages.storedObject("raw/lcrb/" + DATE + "/page-01.txt"));
    }

    @Test
    void impossibleDate() {
        problem(put("lcrb", "2025-02-30", "1", "text/plain", TEXT), 400, "date");
    }

    @Test
    void pageNumberOutside1To99() {
        problem(put("lcrb", DATE, "0", "text/plain", TEXT), 400, "number");
        problem(put("lcrb", DATE, "100", "text/plain", TEXT), 400, "number");
        problem(put("lcrb", DATE, "one", "text/plain", TEXT), 400, "number");
    }

    @Test
    void unknownPaper() {
        problem(put("nope", DATE, "1", "text/plain", TEXT), 404, "paper");
    }

    @Test
    void emptyBody() {
        problem(put("lcrb", DATE, "1", "text/plain", new byte[0]), 400, "body")
                .body("errors[0].reason", containsString("empty"));
    }

    @Test
    void whitespaceOnlyBody() {
        problem(put("lcrb", DATE, "1", "text/plain; charset=utf-8", " \n\t\u3000\r\n".getBytes(StandardCharsets.UTF_8)),
                400, "body").body("errors[0].reason", containsString("whitespace"));
    }

    @Test
    void bodyOver2Megabytes() {
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        problem(put("lcrb", DATE, "1", "text/plain", big), 413, "body");
    }

    @Test
    void multipartFileOver2Megabytes() {
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        problem(editor().multiPart("file", "big.txt", big, "text/plain")
                .put(PAGE, "lcrb", DATE, "1").then(), 413, "body");
    }

    @Test
    void multipartWithoutFilePart() {
        problem(editor().multiPart("page_name", "要闻").put(PAGE, "lcrb", DATE, "1").then(), 400, "file");
    }

    @Test
    void undecodableBytes() {
        byte[] bytes = {(byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xFF, (byte) 0x80, (byte) 0x81};
        problem(put("lcrb", DATE, "1", "text/plain", bytes), 400, "body")
                .body("errors[0].reason", containsString("neither UTF-8 nor GB18030"));
    }

    @Test
    void bytesInvalidInTheDeclaredCharset() {
        byte[] gb = "聊城日报要闻".getBytes(Charset.forName("GB18030"));
        problem(put("lcrb", DATE, "1", "text/plain; charset=UTF-8", gb), 400, "body")
                .body("errors[0].reason", containsString("UTF-8"));
    }

    /** Issue 12: {@code printf 'a\x00b\n' | curl -X PUT -H 'Content-Type: text/plain; charset=UTF-8' …} was a 500. */
    @Test
    void nulInADeclaredCharsetUpload() {
        problem(put("lcrb", DATE, "20", "text/plain; charset=UTF-8", new byte[] {'a', 0, 'b', '\n'}), 400, "body")
                .body("errors[0].reason", containsString("NUL character (U+0000) at line 1, column 2"));
        byte[] page = (TestPages.seeds().get(0).text() + "\n结尾\u0000。\n").getBytes(StandardCharsets.UTF_8);
        problem(put("lcrb", DATE, "1", "text/plain; charset=UTF-8", page), 400, "body")
                .body("errors[0].reason", containsString("NUL"));
        problem(editor().multiPart("file", "page.txt", page, "text/plain").put(PAGE, "lcrb", DATE, "1").then(), 400,
                "body");
    }

    @Test
    void unknownCharset() {
        problem(put("lcrb", DATE, "1", "text/plain; charset=klingon", TEXT), 415, "Content-Type");
    }

    @Test
    void wrongContentType() {
        problem(put("lcrb", DATE, "1", "application/json", "{\"text\":\"x\"}".getBytes(StandardCharsets.UTF_8)),
                415, "Content-Type");
    }

    @Test
    void blankPageName() {
        problem(editor().contentType("text/plain").queryParam("page_name", "  ").body(TEXT)
                .put(PAGE, "lcrb", DATE, "1").then(), 400, "page_name");
    }

    @Test
    void missingTokenIs401() {
        anonymous().contentType("text/plain").body(TEXT).put(PAGE, "lcrb", DATE, "1").then().statusCode(401)
                .contentType("application/problem+json");
        anonymous().post("/api/v1/workflow/editions/lcrb/" + DATE + "/publish").then().statusCode(401);
    }

    @Test
    void tokenWithoutEditorRoleIs403() {
        String reader = JwtKeysResource.token("bob", "reader");
        anonymous().auth().oauth2(reader).contentType("text/plain").body(TEXT).put(PAGE, "lcrb", DATE, "1")
                .then().statusCode(403).contentType("application/problem+json");
        anonymous().auth().oauth2(reader).post("/api/v1/workflow/editions/lcrb/" + DATE + "/publish").then().statusCode(403);
    }

    @Test
    void unknownEditionIs404() {
        problem(anonymous().get("/api/v1/workflow/editions/lcrb/" + DATE).then(), 404, null);
        problem(editor().post("/api/v1/workflow/editions/lcrb/" + DATE + "/publish").then(), 404, null);
    }

    private static ValidatableResponse put(String paper, String date, String number, String contentType, byte[] body) {
        return editor().contentType(contentType).body(body).put(PAGE, paper, date, number).then();
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String field) {
        response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", is(status))
                .body("title", org.hamcrest.Matchers.notNullValue());
        if (field != null) {
            response.body("errors[0].field", equalTo(field))
                    .body("errors[0].reason", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyString()))
                    .body("detail", containsString(field));
        }
        return response;
    }
}
