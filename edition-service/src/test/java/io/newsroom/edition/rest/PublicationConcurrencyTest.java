package io.newsroom.edition.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.newsroom.edition.ServiceStubs.article;
import static io.newsroom.edition.ServiceStubs.deskPath;
import static io.newsroom.edition.ServiceStubs.render;
import static io.newsroom.edition.ServiceStubs.renditionPath;
import static io.newsroom.edition.TestPages.anonymous;
import static io.newsroom.edition.TestPages.editor;
import static io.newsroom.edition.TestPages.types;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsroom.edition.EditionTestResources;
import io.newsroom.edition.ServiceStubs;
import io.newsroom.edition.TestPages;
import io.newsroom.edition.TestPages.Seed;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Publications of one edition run one at a time across replicas (a PostgreSQL advisory lock), and a failed or late
 * rendering is judged by the manifest in force: concurrent publishes answer 200 or 409, never 500; a lock held by
 * another replica (another database session) is a 409; a rendering that timed out but landed is a publication; one
 * that timed out and did not land unpublishes nothing.
 */
@QuarkusTest
@EditionTestResources
class PublicationConcurrencyTest {

    private static final Seed SEED = TestPages.seeds().get(0);

    @BeforeEach
    void resetStubs() {
        ServiceStubs.resetArticle();
        render().resetAll();
    }

    @Test
    void fiveConcurrentPublishesEachAnswer200Or409() throws Exception {
        LocalDate date = LocalDate.of(2033, 1, 1);
        uploadedAndPublishable(date);
        render().stubFor(post(urlPathEqualTo(renditionPath("lcrb", date)))
                .willReturn(okJson(ServiceStubs.manifest("lcrb", date, "2025-03-26T05:00:00Z")).withFixedDelay(1_000)));

        List<Response> answers = concurrently(5, () -> editor().post(publishPath(date)));

        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
        long ok = statuses.stream().filter(s -> s == 200).count();
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409), "200 or 409, never 500: " + statuses);
        assertTrue(ok >= 1 && ok < 5, "one publishes, the others meanwhile are refused: " + statuses);
        for (Response refused : answers.stream().filter(r -> r.statusCode() == 409).toList()) {
            refused.then().contentType("application/problem+json").body("status", equalTo(409))
                    .body("errors[0].field", equalTo("date"));
        }
        assertEquals(ok, article().findAll(postRequestedFor(urlPathEqualTo(deskPath("lcrb", date) + "/publish")))
                .size(), "a refused publication calls nothing");
        List<Integer> sequences = IntStream.rangeClosed(1, (int) ok).boxed().toList();
        anonymous().get("/api/v1/workflow/editions/lcrb/" + date).then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publications.sequence", equalTo(sequences));
    }

    @Test
    void aPublicationRunningOnAnotherReplicaIs409() throws Exception {
        LocalDate date = LocalDate.of(2033, 1, 2);
        uploadedAndPublishable(date);
        ServiceStubs.stubRendition("lcrb", date);
        try (Connection otherReplica = database()) {
            assertTrue(advisory(otherReplica, "select pg_try_advisory_lock(hashtextextended(?, 0))", date));
            editor().post(publishPath(date)).then().statusCode(409).contentType("application/problem+json");
            article().verify(0, postRequestedFor(urlPathEqualTo(deskPath("lcrb", date) + "/publish")));
            assertTrue(advisory(otherReplica, "select pg_advisory_unlock(hashtextextended(?, 0))", date));
        }
        editor().post(publishPath(date)).then().statusCode(200);
    }

    @Test
    void aRenderingThatTimedOutButLandedIsThePublication() {
        LocalDate date = LocalDate.of(2033, 1, 3);
        uploadedAndPublishable(date);
        String path = renditionPath("lcrb", date);
        String late = "2025-03-26T05:01:00Z";
        render().stubFor(get(urlPathEqualTo(path)).inScenario("late").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(404)));
        render().stubFor(post(urlPathEqualTo(path)).inScenario("late").whenScenarioStateIs(STARTED)
                .willSetStateTo("rendered").willReturn(okJson(ServiceStubs.manifest("lcrb", date, late))
                        .withFixedDelay((ServiceStubs.RENDER_TIMEOUT_SECONDS + 1) * 1_000)));
        render().stubFor(get(urlPathEqualTo(path)).inScenario("late").whenScenarioStateIs("rendered")
                .willReturn(okJson(ServiceStubs.manifestInForce("lcrb", date, late))));

        editor().post(publishPath(date)).then().statusCode(200).body("rendered_at", equalTo(late));

        article().verify(0, postRequestedFor(urlPathEqualTo(deskPath("lcrb", date) + "/unpublish")));
        anonymous().get("/api/v1/workflow/editions/lcrb/" + date).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("publications", hasSize(1))
                .body("publications[0].manifest.rendered_at", equalTo(late));
    }

    @Test
    void aRenderingThatTimedOutAndDidNotLandUnpublishesNothing() {
        LocalDate date = LocalDate.of(2033, 1, 4);
        uploadedAndPublishable(date);
        render().stubFor(post(urlPathEqualTo(renditionPath("lcrb", date)))
                .willReturn(okJson(ServiceStubs.manifest("lcrb", date, "2025-03-26T05:00:00Z"))
                        .withFixedDelay((ServiceStubs.RENDER_TIMEOUT_SECONDS + 3) * 1_000)));

        editor().post(publishPath(date)).then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:newsroom:problem:rendering-outcome-unknown"));

        article().verify(0, postRequestedFor(urlPathEqualTo(deskPath("lcrb", date) + "/unpublish")));
        anonymous().get("/api/v1/workflow/editions/lcrb/" + date).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("publications", hasSize(0));

        render().resetAll();
        ServiceStubs.stubRendition("lcrb", date);
        editor().post(publishPath(date)).then().statusCode(200);
    }

    private static String publishPath(LocalDate date) {
        return "/api/v1/workflow/editions/lcrb/" + date + "/publish";
    }

    private static void uploadedAndPublishable(LocalDate date) {
        ServiceStubs.stubUpsert("lcrb", date, 1, "h", types(SEED.items()));
        editor().contentType("text/plain").body(SEED.text().getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/workflow/editions/lcrb/{date}/pages/1", date.toString()).then().statusCode(200);
        ServiceStubs.stubPublication("lcrb", date);
    }

    /** Runs {@code n} calls at once (released together) and returns their answers. */
    private static List<Response> concurrently(int n, java.util.concurrent.Callable<Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A session of the service's database of its own, as another replica has. */
    private static Connection database() throws Exception {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }

    private static boolean advisory(Connection connection, String sql, LocalDate date) throws Exception {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setString(1, "edition-publish/lcrb/" + date);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
