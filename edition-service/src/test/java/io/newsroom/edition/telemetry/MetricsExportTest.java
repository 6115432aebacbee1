package io.newsroom.edition.telemetry;

import static io.newsroom.devstack.testing.ExportedMetrics.value;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsroom.devstack.testing.ExportedMetrics;
import io.newsroom.edition.EditionTestResources;
import io.newsroom.edition.ServiceStubs;
import io.newsroom.edition.TestPages;
import io.newsroom.edition.service.PageIngestService;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * edition-service's scrape has every metric {@code k8s/observability/metrics.txt} lists for it, and the business
 * metrics move with what happens: uploads by outcome, segmentation, items and flags per page, desk sign-in failures.
 */
@QuarkusTest
@EditionTestResources
class MetricsExportTest {

    private static final String STORED = "newsroom_pages_ingested_total{outcome=\"stored\"}";
    private static final String UNCHANGED = "newsroom_pages_ingested_total{outcome=\"unchanged\"}";
    private static final String REJECTED = "newsroom_pages_ingested_total{outcome=\"rejected\"}";
    private static final String FAILED = "newsroom_pages_ingested_total{outcome=\"failed\"}";
    private static final String SEGMENTED = "newsroom_segmentation_duration_seconds_count";
    private static final String ITEMS = "newsroom_page_items_sum";
    private static final String SIGN_IN_FAILURES = "newsroom_desk_sign_in_failures_total";

    @Test
    void scrapeHasEveryListedMetric() throws InterruptedException {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/api/v1/workflow/editions/lcrb/2001-01-01").then().statusCode(404); // an HTTP server metric
        String scrape = scrape();
        for (int i = 0; i < 20 && !ExportedMetrics.missing("edition-service", scrape).isEmpty(); i++) {
            Thread.sleep(250); // the HTTP server timer is recorded when the response has ended
            scrape = scrape();
        }
        assertEquals(List.of(), ExportedMetrics.missing("edition-service", scrape));
        assertTrue(scrape.contains("newsroom_dependency_up{dependency=\"database\"} 1.0"), scrape);
        assertTrue(scrape.contains("newsroom_dependency_up{dependency=\"storage\"} 1.0"), scrape);
    }

    @Test
    void uploadsAreCountedByOutcomeWithTheirSegmentation() {
        String text = TestPages.seeds().get(0).text();
        LocalDate date = LocalDate.of(2032, 2, 2);
        int items = TestPages.seeds().get(0).items().size();
        ServiceStubs.stubUpsert("lcrb", date, 1, PageIngestService.sha256(text), TestPages.seeds().get(0).items());
        String before = scrape();

        put(date, "1", text).then().statusCode(200);
        put(date, "1", text).then().statusCode(200);
        put(date, "100", text).then().statusCode(400);
        ServiceStubs.articleServiceDown();
        try {
            put(date, "2", text).then().statusCode(503);
        } finally {
            ServiceStubs.resetArticle();
        }

        String after = scrape();
        assertEquals(1.0, value(after, STORED) - value(before, STORED), STORED);
        assertEquals(1.0, value(after, UNCHANGED) - value(before, UNCHANGED), UNCHANGED);
        assertEquals(1.0, value(after, REJECTED) - value(before, REJECTED), "page 100: " + REJECTED);
        assertEquals(1.0, value(after, FAILED) - value(before, FAILED), "article-service down: " + FAILED);
        assertEquals(2.0, value(after, SEGMENTED) - value(before, SEGMENTED), "pages 1 and 2 were segmented");
        assertEquals(2.0 * items, value(after, ITEMS) - value(before, ITEMS), "items of the two segmented pages");
    }

    @Test
    void refusedDeskSignInsAreCounted() {
        String before = scrape();
        var form = given().get("/desk/sign-in");
        String token = form.cookie("newsroom_csrf");
        given().cookie("newsroom_csrf", token).formParam("csrf", token).formParam("username", "nobody")
                .formParam("password", "wrong").post("/desk/sign-in").then().statusCode(401);
        assertEquals(1.0, value(scrape(), SIGN_IN_FAILURES) - value(before, SIGN_IN_FAILURES));
    }

    private static io.restassured.response.Response put(LocalDate date, String page, String text) {
        return TestPages.editor().contentType("text/plain; charset=utf-8").body(text.getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/workflow/editions/lcrb/" + date + "/pages/" + page);
    }

    private static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
