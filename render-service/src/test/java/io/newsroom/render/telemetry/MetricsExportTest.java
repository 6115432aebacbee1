package io.newsroom.render.telemetry;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsroom.render.ArticleServiceStub;
import io.newsroom.devstack.testing.ExportedMetrics;
import io.newsroom.devstack.testing.JwtKeysResource;
import io.newsroom.devstack.testing.S3Resource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** render-service's scrape has every metric {@code k8s/observability/metrics.txt} lists for it. */
@QuarkusTest
@QuarkusTestResource(value = S3Resource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtKeysResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ArticleServiceStub.class, restrictToAnnotatedClass = false)
class MetricsExportTest {

    @Test
    void scrapeHasEveryListedMetric() throws InterruptedException {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/api/v1/renditions/lcrb/2001-01-01").then().statusCode(404); // an HTTP server metric
        String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (int i = 0; i < 20 && !ExportedMetrics.missing("render-service", scrape).isEmpty(); i++) {
            Thread.sleep(250); // the HTTP server timer is recorded when the response has ended
            scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
        }
        assertEquals(List.of(), ExportedMetrics.missing("render-service", scrape));
        assertTrue(scrape.contains("newsroom_render_failures_total{reason=\"unavailable\"}"), scrape);
        // up although no rendition created the bucket yet: the storage answers (as the readiness check judges it)
        assertTrue(scrape.contains("newsroom_dependency_up{dependency=\"storage\"} 1.0"), scrape);
    }

    @Test
    void aRenditionOfAnEditionWithoutPublishedArticlesCountsAsRejected() {
        String rejected = "newsroom_render_failures_total{reason=\"rejected\"}";
        String failedRenders = "newsroom_render_duration_seconds_count{outcome=\"failure\"}";
        String before = given().get("/q/metrics").then().statusCode(200).extract().asString();
        given().header("Authorization", "Bearer " + JwtKeysResource.token("alice", "editor"))
                .contentType("application/json").body("{}")
                .post("/api/v1/renditions/lcrb/2001-01-02").then().statusCode(404); // article-service lists nothing
        String after = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertEquals(1.0, ExportedMetrics.value(after, rejected) - ExportedMetrics.value(before, rejected), rejected);
        assertEquals(1.0, ExportedMetrics.value(after, failedRenders) - ExportedMetrics.value(before, failedRenders),
                failedRenders);
    }
}
