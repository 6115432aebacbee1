package io.newsroom.article.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsroom.devstack.testing.ExportedMetrics;
import io.newsroom.devstack.testing.JwtKeysResource;
import io.newsroom.devstack.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** article-service's scrape has every metric {@code k8s/observability/metrics.txt} lists for it. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtKeysResource.class, restrictToAnnotatedClass = false)
class MetricsExportTest {

    @Test
    void scrapeHasEveryListedMetric() throws InterruptedException {
        String date = Fixtures.freshDate();
        Map<String, Object> flagged = Fixtures.article("待核对");
        flagged.put("flags", List.of("HEADLINE_MISSING"));
        Fixtures.upsert("lcrb", date, 1, Fixtures.page("要闻", "metrics" + date, List.of(flagged)));
        given().get("/q/metrics").then().statusCode(200); // the first read of the open flags registers the rows
        Thread.sleep(16_000); // the open flags are read again at most every 15 s
        given().get("/q/metrics").then().statusCode(200);
        String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertEquals(List.of(), ExportedMetrics.missing("article-service", scrape));
        assertTrue(scrape.contains("newsroom_edition_open_flags{date=\"" + date + "\",paper=\"lcrb\"} 1.0"), scrape);
        assertTrue(scrape.contains("newsroom_dependency_up{dependency=\"database\"} 1.0"), scrape);
    }
}
