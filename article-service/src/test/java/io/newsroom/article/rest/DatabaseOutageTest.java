package io.newsroom.article.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsroom.devstack.testing.JwtKeysResource;
import io.newsroom.devstack.testing.ProxiedPostgresResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 item 3: PostgreSQL going away answers 503 with {@code Retry-After} and problem+json on reads and writes
 * (not 500), readiness goes DOWN, and the service recovers by itself when the database is back. The database is
 * taken away by closing the proxy between the service and it ({@link ProxiedPostgresResource}).
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.Proxied.class)
class DatabaseOutageTest {

    /** This class's own Quarkus start: PostgreSQL through the proxy. */
    public static class Proxied implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ProxiedPostgresResource.class),
                    new TestResourceEntry(JwtKeysResource.class));
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
        r.statusCode(503).contentType("application/problem+json").header("Retry-After", equalTo("5"))
                .body("status", equalTo(503)).body("detail", notNullValue());
    }

    @Test
    void anOutageIs503WithRetryAfterAndReadinessDownThenRecovers() throws InterruptedException {
        String date = Fixtures.freshDate();
        Fixtures.seed("lcrb", date, 1, 2);
        given().get("/api/v1/editions").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);

        ProxiedPostgresResource.proxy().down();
        unavailable(given().get("/api/v1/editions").then());
        unavailable(Fixtures.editor().get("/api/v1/desk/editions/lcrb/{date}/articles", date).then());
        unavailable(Fixtures.editor().contentType(ContentType.JSON)
                .body(Fixtures.page("要闻", "outage", List.of(Fixtures.article("停电"))))
                .put("/api/v1/desk/editions/lcrb/{date}/pages/2", date).then());
        unavailable(Fixtures.editor().post("/api/v1/desk/editions/lcrb/{date}/publish", date).then());
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));

        ProxiedPostgresResource.proxy().up();
        // no restart: the next requests find the database again
        Fixtures.editor().get("/api/v1/desk/editions/lcrb/{date}/articles", date).then().statusCode(200)
                .body("items.size()", equalTo(2));
        given().get("/api/v1/editions").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        Fixtures.upsert("lcrb", date, 2, Fixtures.page("要闻", "after", List.of(Fixtures.article("恢复"))));
        assertEquals(3, Fixtures.editor().get("/api/v1/desk/editions/lcrb/{date}/articles", date).then()
                .extract().jsonPath().getList("items").size(), "nothing of the refused upsert was stored");
    }
}
