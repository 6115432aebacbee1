package io.newsroom.edition.service;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.newsroom.edition.ServiceStubs.article;
import static io.newsroom.edition.ServiceStubs.render;
import static io.newsroom.edition.ServiceStubs.renditionPath;
import static io.newsroom.edition.TestPages.anonymous;
import static io.newsroom.edition.TestPages.editor;
import static io.newsroom.edition.TestPages.types;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsroom.edition.EditionTestResources;
import io.newsroom.edition.ServiceStubs;
import io.newsroom.edition.TestPages;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Corrections reach readers by themselves (README "edition-service", Corrections): a published edition on
 * article-service's change feed is rendered again once after a burst of corrections (debounce), a failed rendering is
 * tried again while the previous rendition stays in force, an edition being published is rendered when its lock is
 * free, and the feed's cursor is kept in the database.
 */
@QuarkusTest
@EditionTestResources
@TestProfile(CorrectionRenditionTest.PollerOn.class)
class CorrectionRenditionTest {

    /** The poller on, quick: every 0.2 s, rendering 1 s after an edition's last change, backoff 1 s then 2 s. */
    public static class PollerOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("edition.correction-enabled", "true", "edition.correction-poll-interval", "PT0.2S",
                    "edition.correction-debounce", "PT1S", "edition.correction-max-backoff", "PT2S");
        }
    }

    private static final TestPages.Seed SEED = TestPages.seeds().get(0);

    @BeforeEach
    void resetStubs() {
        ServiceStubs.resetArticle();
        render().resetAll();
        ServiceStubs.stubNoEditionChanges();
    }

    @Test
    void aBurstOfCorrectionsGivesOneRendering() throws Exception {
        LocalDate date = LocalDate.of(2033, 2, 1);
        published(date);
        long cursor = cursor();

        for (int change = 0; change < 5; change++) { // five corrections 0.3 s apart, each within the debounce
            ServiceStubs.stubEditionChange(cursor + change, "lcrb", date);
            Thread.sleep(300);
            assertEquals(0, renderings(date), "nothing is rendered while corrections keep coming");
        }

        assertTrue(eventually(() -> renderings(date) == 1, 30_000), "rendered once after the burst");
        Thread.sleep(2_000);
        assertEquals(1, renderings(date), "one rendering for the burst");
        assertEquals(cursor + 5, cursor(), "the cursor is stored past the burst");
        article().verify(getRequestedFor(urlPathEqualTo(ServiceStubs.EDITION_CHANGES))
                .withHeader("Authorization", matching("Bearer .+")));
        anonymous().get("/api/v1/workflow/editions/lcrb/" + date).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("publications.kind", contains("PUBLICATION", "CORRECTION"))
                .body("publications[1].sequence", equalTo(2))
                .body("publications[1].published_by", equalTo("edition-service"));
    }

    @Test
    void aFailedRenderingIsTriedAgainAndThePreviousRenditionStaysMeanwhile() throws Exception {
        LocalDate date = LocalDate.of(2033, 2, 2);
        published(date);
        String path = renditionPath("lcrb", date);
        render().stubFor(post(urlPathEqualTo(path)).inScenario("down").whenScenarioStateIs(STARTED)
                .willSetStateTo("up").willReturn(aResponse().withStatus(503)
                        .withHeader("Content-Type", "application/problem+json").withHeader("Retry-After", "1")
                        .withBody("{\"title\":\"Service unavailable\",\"status\":503}")));
        render().stubFor(post(urlPathEqualTo(path)).inScenario("down").whenScenarioStateIs("up")
                .willReturn(okJson(ServiceStubs.manifest("lcrb", date, "2033-02-02T08:00:00Z"))));

        ServiceStubs.stubEditionChange(cursor(), "lcrb", date);

        assertTrue(eventually(() -> renderings(date) == 1, 30_000), "the first rendering is tried");
        anonymous().get("/api/v1/workflow/editions/lcrb/" + date).then().statusCode(200)
                .body("publications.kind", contains("PUBLICATION"));
        assertTrue(eventually(() -> renderings(date) == 2, 30_000), "and tried again after the backoff");
        assertTrue(eventually(() -> anonymous().get("/api/v1/workflow/editions/lcrb/" + date).jsonPath()
                .getList("publications.kind").equals(java.util.List.of("PUBLICATION", "CORRECTION")), 30_000));
        anonymous().get("/api/v1/workflow/editions/lcrb/" + date).then()
                .body("publications[1].manifest.rendered_at", equalTo("2033-02-02T08:00:00Z"));
    }

    @Test
    void anEditionBeingPublishedIsRenderedWhenItsLockIsFree() throws Exception {
        LocalDate date = LocalDate.of(2033, 2, 3);
        published(date);
        try (Connection otherReplica = database()) {
            assertTrue(advisory(otherReplica, "select pg_try_advisory_lock(hashtextextended(?, 0))", date));
            ServiceStubs.stubEditionChange(cursor(), "lcrb", date);
            Thread.sleep(2_500);
            assertEquals(0, renderings(date), "not while a publication holds the edition's lock");
            assertTrue(advisory(otherReplica, "select pg_advisory_unlock(hashtextextended(?, 0))", date));
        }
        assertTrue(eventually(() -> renderings(date) == 1, 30_000), "rendered once the lock is free");
    }

    @Test
    void anEditionNotPublishedHereIsLeftToItsPublication() throws Exception {
        LocalDate date = LocalDate.of(2033, 2, 4);
        uploaded(date);
        ServiceStubs.stubRendition("lcrb", date);
        ServiceStubs.stubEditionChange(cursor(), "lcrb", date);
        long next = cursor() + 1;
        assertTrue(eventually(() -> cursor() == next, 30_000), "the change is read");
        Thread.sleep(2_000);
        assertEquals(0, renderings(date));
        anonymous().get("/api/v1/workflow/editions/lcrb/" + date).then().body("status", equalTo("OPEN"));
    }

    /** An edition uploaded and published through the API (publication 1); the render-service journal cleared. */
    private static void published(LocalDate date) {
        uploaded(date);
        ServiceStubs.stubPublication("lcrb", date);
        ServiceStubs.stubRendition("lcrb", date);
        editor().post("/api/v1/workflow/editions/lcrb/" + date + "/publish").then().statusCode(200);
        render().resetAll();
        ServiceStubs.stubRendition("lcrb", date);
    }

    private static void uploaded(LocalDate date) {
        ServiceStubs.stubUpsert("lcrb", date, 1, "h", types(SEED.items()));
        editor().contentType("text/plain").body(SEED.text().getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/workflow/editions/lcrb/{date}/pages/1", date.toString()).then().statusCode(200);
    }

    private static int renderings(LocalDate date) {
        return render().findAll(postRequestedFor(urlPathEqualTo(renditionPath("lcrb", date)))).size();
    }

    private static boolean eventually(BooleanSupplier condition, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }

    /** @return the feed cursor edition-service stored */
    private static long cursor() {
        try (Connection c = database(); PreparedStatement st = c.prepareStatement(
                "select last_sequence from edition.correction_feed_cursor where id = 1");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
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
