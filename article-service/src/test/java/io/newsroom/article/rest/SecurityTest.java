package io.newsroom.article.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.newsroom.devstack.testing.JwtKeysResource;
import io.newsroom.devstack.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtKeysResource.class, restrictToAnnotatedClass = false)
class SecurityTest {

    /** Every write of the README table, with a body that would otherwise be accepted. */
    private record Write(String method, String path, Object body) {
    }

    @Test
    void everyWriteNeedsATokenAndTheEditorRole() {
        String date = Fixtures.freshDate();
        String id = Fixtures.seed("lcrb", date, 1, 1).get(0);
        String edition = "/api/v1/desk/editions/lcrb/" + date;
        String article = "/api/v1/desk/articles/" + id;
        List<Write> writes = List.of(
                new Write("PUT", edition + "/pages/1", Fixtures.page("要闻", "x", List.of(Fixtures.article("甲")))),
                new Write("POST", edition + "/publish", null),
                new Write("POST", edition + "/unpublish", null),
                new Write("PATCH", article, Map.of("headline", "改")),
                new Write("PUT", article + "/paragraphs", Map.of("paragraphs", List.of())),
                new Write("PUT", article + "/photos", Map.of("photos", List.of())),
                new Write("POST", article + "/withdraw", null));
        String version = Fixtures.etag(id);
        for (Write w : writes) {
            check(w, () -> given(), 401);
            check(w, () -> given().auth().oauth2(JwtKeysResource.token("bob", "reader")), 403);
        }
        // nothing was changed by the refused calls
        Fixtures.editor().get(article).then().statusCode(200).header("ETag", equalTo(version))
                .body("status", equalTo("DRAFT"));
    }

    @Test
    void aTokenSignedByAnotherKeyIs401() throws Exception {
        java.security.KeyPairGenerator gen = java.security.KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048);
        String forged = io.smallrye.jwt.build.Jwt.issuer(io.newsroom.devstack.Tokens.ISSUER).upn("mallory")
                .groups(java.util.Set.of("editor")).sign(gen.generateKeyPair().getPrivate());
        given().auth().oauth2(forged).post("/api/v1/desk/editions/lcrb/2025-03-26/publish").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void deskReadsNeedTheEditorRoleToo() {
        given().get("/api/v1/desk/editions/lcrb/2025-03-26/articles").then().statusCode(401);
        given().auth().oauth2(JwtKeysResource.token("bob", "reader"))
                .get("/api/v1/desk/editions/lcrb/2025-03-26/articles").then().statusCode(403);
    }

    private static void check(Write w, Supplier<RequestSpecification> request, int status) {
        RequestSpecification r = request.get().header("If-Match", "\"0\"");
        if (w.body() != null) {
            r = r.contentType(ContentType.JSON).body(w.body());
        }
        r.request(w.method(), w.path()).then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status));
    }
}
