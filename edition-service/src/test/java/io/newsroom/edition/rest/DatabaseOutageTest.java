package io.newsroom.edition.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.newsroom.edition.ServiceStubs.article;
import static io.newsroom.edition.TestPages.anonymous;
import static io.newsroom.edition.TestPages.editor;
import static io.newsroom.edition.TestPages.types;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.newsroom.devstack.testing.JwtKeysResource;
import io.newsroom.devstack.testing.ProxiedPostgresResource;
import io.newsroom.devstack.testing.S3Resource;
import io.newsroom.edition.ServiceStubs;
import io.newsroom.edition.TestPages;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 item 3: PostgreSQL going away answers 503 with {@code Retry-After} and problem+json (not 500) on reads,
 * uploads and publications, calls article-service for nothing, readiness goes DOWN, and edition-service recovers by
 * itself when the database is back. The database is taken away by closing the proxy in front of it
 * ({@link ProxiedPostgresResource}).
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.Proxied.class)
class DatabaseOutageTest {

    private static final TestPages.Seed SEED = TestPages.seeds().get(0);

    /** This class's own Quarkus start: PostgreSQL through the proxy, the usual S3, keys and stubs. */
    public static class Proxied implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ProxiedPostgresResource.class),
                    new TestResourceEntry(S3Resource.class), new TestResourceEntry(JwtKeysResource.class),
                    new TestResourceEntry(ServiceStubs.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @AfterEach
    void databaseBack() {
        ProxiedPostgresResource.proxy().up();
    }

    private static void unavailable(ValidatableResponse r) {
        r.statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("status", equalTo(503)).body("detail", notNullValue());
    }

    private static ValidatableResponse upload(LocalDate date) {
        return editor().contentType("text/plain").body(SEED.text().getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/workflow/editions/lcrb/{date}/pages/1", date.toString()).then();
    }

    @Test
    void anOutageIs503WithRetryAfterAndReadinessDownThenRecovers() {
        LocalDate date = LocalDate.of(2033, 4, 5);
        ServiceStubs.resetArticle();
        ServiceStubs.stubUpsert("lcrb", date, 1, "h", types(SEED.items()));
        upload(date).statusCode(200);
        anonymous().get("/q/health/ready").then().statusCode(200);

        ProxiedPostgresResource.proxy().down();
        ServiceStubs.resetArticle();
        unavailable(anonymous().get("/api/v1/workflow/editions/lcrb/{date}", date.toString()).then());
        unavailable(upload(date.plusDays(1)));
        unavailable(editor().post("/api/v1/workflow/editions/lcrb/{date}/publish", date.toString()).then());
        anonymous().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        article().verify(0, anyRequestedFor(urlPathMatching("^(?!/api/v1/papers/).*")));

        ProxiedPostgresResource.proxy().up();
        ServiceStubs.stubUpsert("lcrb", date, 1, "h", types(SEED.items()));
        anonymous().get("/api/v1/workflow/editions/lcrb/{date}", date.toString()).then().statusCode(200)
                .body("pages", hasSize(1));
        anonymous().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        anonymous().get("/api/v1/workflow/editions/lcrb/{date}", date.plusDays(1).toString()).then().statusCode(404);
    }
}
