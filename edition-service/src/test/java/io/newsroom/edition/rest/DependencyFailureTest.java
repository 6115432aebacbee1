package io.newsroom.edition.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.newsroom.edition.ServiceStubs.article;
import static io.newsroom.edition.ServiceStubs.deskPath;
import static io.newsroom.edition.ServiceStubs.render;
import static io.newsroom.edition.ServiceStubs.renditionPath;
import static io.newsroom.edition.TestPages.anonymous;
import static io.newsroom.edition.TestPages.editor;
import static io.newsroom.edition.TestPages.types;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.newsroom.devstack.S3ProxyServer;
import io.newsroom.edition.EditionTestResources;
import io.newsroom.edition.ServiceStubs;
import io.newsroom.edition.TestPages.Seed;
import io.newsroom.edition.TestPages;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What happens while article-service, render-service or object storage is down, and that a retry converges. */
@QuarkusTest
@EditionTestResources
class DependencyFailureTest {

    private static final Seed SEED = TestPages.seeds().get(0);

    @BeforeEach
    void resetStubs() {
        ServiceStubs.resetArticle();
        render().resetAll();
    }

    @Test
    void articleServiceDownAnswers503AndStoresNothingThenRetryWorks() {
        LocalDate date = LocalDate.of(2032, 1, 1);
        ServiceStubs.articleServiceDown();

        upload(date).statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", is(503));

        anonymous().get("/api/v1/workflow/editions/lcrb/" + date).then().statusCode(404);
        assertNull(TestPages.storedObject("raw/lcrb/" + date + "/page-01.txt"));
        assertEquals(3, article().findAll(putRequestedFor(urlPathEqualTo(deskPath("lcrb", date) + "/pages/1")))
                .size(), "the idempotent upsert is tried three times");

        ServiceStubs.resetArticle();
        ServiceStubs.stubUpsert("lcrb", date, 1, "h", types(SEED.items()));
        upload(date).statusCode(200).body("changed", is(true));
        anonymous().get("/api/v1/workflow/editions/lcrb/" + date).then().statusCode(200).body("pages", hasSize(1));
    }

    @Test
    void articleServiceRefusingTheItemsAnswers502AndStoresNothing() {
        LocalDate date = LocalDate.of(2032, 1, 2);
        article().stubFor(WireMock.put(urlPathEqualTo(deskPath("lcrb", date) + "/pages/1")).willReturn(
                WireMock.aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":400,\"detail\":\"items[0].headline: size must be at most 200\"}")));

        upload(date).statusCode(502).contentType("application/problem+json");

        assertEquals(1, article().findAll(putRequestedFor(urlPathEqualTo(deskPath("lcrb", date) + "/pages/1")))
                .size(), "a refused request is not retried");
        anonymous().get("/api/v1/workflow/editions/lcrb/" + date).then().statusCode(404);
    }

    @Test
    void storageDownAnswers503AndStoresNothingThenRetryConverges() {
        LocalDate date = LocalDate.of(2032, 1, 3);
        ServiceStubs.stubUpsert("lcrb", date, 1, "h", types(SEED.items()));
        S3ProxyServer.shared().stop();
        try {
            upload(date).statusCode(503).header("Retry-After", notNullValue());
            assertEquals(0, article().findAll(putRequestedFor(urlPathEqualTo(deskPath("lcrb", date) + "/pages/1")))
                    .size(), "storage is written before article-service: no article was upserted");
            anonymous().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'bucket' }.status", equalTo("DOWN"));
            anonymous().get("/api/v1/workflow/editions/lcrb/" + date).then().statusCode(404);
        } finally {
            S3ProxyServer.shared().start();
        }

        upload(date).statusCode(200).body("changed", is(true));
        assertNotNull(TestPages.storedObject("raw/lcrb/" + date + "/page-01.txt"));
        anonymous().get("/api/v1/workflow/editions/lcrb/" + date).then().statusCode(200).body("pages", hasSize(1));
    }

    @Test
    void articleServiceFailingMidwayAnswers503AndLeavesNoArchiveAndNoPage() {
        LocalDate date = LocalDate.of(2032, 1, 7);
        article().stubFor(WireMock.put(urlPathEqualTo(deskPath("lcrb", date) + "/pages/1")).willReturn(
                WireMock.aResponse().withStatus(500).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":500,\"detail\":\"the upsert's transaction was rolled back\"}")));

        upload(date).statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue());

        assertEquals(3, article().findAll(putRequestedFor(urlPathEqualTo(deskPath("lcrb", date) + "/pages/1")))
                .size(), "a failing upsert is retried, then the upload gives up");
        assertNull(TestPages.storedObject("raw/lcrb/" + date + "/page-01.txt"), "the archived text was removed");
        anonymous().get("/api/v1/workflow/editions/lcrb/" + date).then().statusCode(404);
    }

    @Test
    void aFailedReuploadLeavesTheStoredPageAndPutsItsArchivedTextBack() {
        LocalDate date = LocalDate.of(2032, 1, 8);
        ServiceStubs.stubUpsert("lcrb", date, 1, "h", types(SEED.items()));
        upload(date).statusCode(200);
        String sha = anonymous().get("/api/v1/workflow/editions/lcrb/" + date).then().statusCode(200)
                .extract().path("pages[0].sha256");

        ServiceStubs.resetArticle();
        ServiceStubs.articleServiceDown();
        String corrected = SEED.text().replaceFirst("\n", "\n更正：\n");
        editor().contentType("text/plain; charset=UTF-8").body(corrected.getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/workflow/editions/lcrb/{date}/pages/1", date.toString()).then().statusCode(503);

        assertArrayEquals(SEED.text().getBytes(StandardCharsets.UTF_8),
                TestPages.storedObject("raw/lcrb/" + date + "/page-01.txt"), "the stored page's text is back");
        ServiceStubs.resetArticle();
        ServiceStubs.stubUpsert("lcrb", date, 1, "h", types(SEED.items()));
        anonymous().get("/api/v1/workflow/editions/lcrb/" + date).then().statusCode(200)
                .body("pages", hasSize(1)).body("pages[0].sha256", equalTo(sha));
    }

    @Test
    void renderFailureRollsBackThePublicationAndARetryPublishes() {
        LocalDate date = LocalDate.of(2032, 1, 4);
        uploadedAndPublishable(date);
        ServiceStubs.stubRenditionFailure("lcrb", date);

        editor().post("/api/v1/workflow/editions/lcrb/{date}/publish", date.toString()).then()
                .statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue());

        article().verify(1, postRequestedFor(urlPathEqualTo(deskPath("lcrb", date) + "/publish")));
        article().verify(1, postRequestedFor(urlPathEqualTo(deskPath("lcrb", date) + "/unpublish"))
                .withHeader("Authorization", WireMock.matching("Bearer .+")));
        anonymous().get("/api/v1/workflow/editions/lcrb/" + date).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("publications", hasSize(0));

        render().resetAll();
        ServiceStubs.stubRendition("lcrb", date);
        editor().post("/api/v1/workflow/editions/lcrb/{date}/publish", date.toString()).then().statusCode(200)
                .body("paper", equalTo("lcrb"))
                .body("date", equalTo(date.toString()))
                .body("objects[0].content_type", equalTo("application/epub+zip"));

        render().verify(1, postRequestedFor(urlPathEqualTo(renditionPath("lcrb", date)))
                .withHeader("Authorization", WireMock.matching("Bearer .+")));
        article().verify(1, postRequestedFor(urlPathEqualTo(deskPath("lcrb", date) + "/unpublish")));
        anonymous().get("/api/v1/workflow/editions/lcrb/" + date).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("publications", hasSize(1))
                .body("publications[0].sequence", is(1))
                .body("publications[0].published_by", equalTo("alice"))
                .body("publications[0].manifest.objects[0].key", equalTo("lcrb/" + date + "/edition.epub"));
    }

    @Test
    void republicationAfterCorrectionsIsANewPublicationAndAFailureKeepsThePrevious() {
        LocalDate date = LocalDate.of(2032, 1, 5);
        uploadedAndPublishable(date);
        ServiceStubs.stubRendition("lcrb", date);
        editor().post("/api/v1/workflow/editions/lcrb/{date}/publish", date.toString()).then().statusCode(200);

        render().resetAll();
        ServiceStubs.stubRenditionFailure("lcrb", date);
        editor().post("/api/v1/workflow/editions/lcrb/{date}/publish", date.toString()).then().statusCode(503);
        article().verify(0, postRequestedFor(urlPathEqualTo(deskPath("lcrb", date) + "/unpublish")));

        render().resetAll();
        ServiceStubs.stubRendition("lcrb", date);
        editor().post("/api/v1/workflow/editions/lcrb/{date}/publish", date.toString()).then().statusCode(200);
        anonymous().get("/api/v1/workflow/editions/lcrb/" + date).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("publications.sequence", equalTo(java.util.List.of(1, 2)));
    }

    @Test
    void renderServiceDownAnswers503() {
        LocalDate date = LocalDate.of(2032, 1, 6);
        uploadedAndPublishable(date);
        render().stubFor(WireMock.any(WireMock.anyUrl()).willReturn(
                WireMock.aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

        editor().post("/api/v1/workflow/editions/lcrb/{date}/publish", date.toString()).then().statusCode(503)
                .header("Retry-After", notNullValue());
        anonymous().get("/api/v1/workflow/editions/lcrb/" + date).then().body("status", equalTo("OPEN"));
    }

    /** Stores page 1 of the edition and lets article-service publish and unpublish it. */
    private static void uploadedAndPublishable(LocalDate date) {
        ServiceStubs.stubUpsert("lcrb", date, 1, "h", types(SEED.items()));
        upload(date).statusCode(200);
        ServiceStubs.stubPublication("lcrb", date);
    }

    private static io.restassured.response.ValidatableResponse upload(LocalDate date) {
        return editor().contentType("text/plain").body(SEED.text().getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/workflow/editions/lcrb/{date}/pages/1", date.toString()).then();
    }
}
