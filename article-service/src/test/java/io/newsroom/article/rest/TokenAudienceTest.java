package io.newsroom.article.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.newsroom.devstack.JwtKeyPair;
import io.newsroom.devstack.Tokens;
import io.newsroom.devstack.testing.JwtKeysResource;
import io.newsroom.devstack.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * article-service takes API tokens only (README "Desk security"): audience {@code newsroom-api}. A review-desk session
 * token ({@code newsroom-desk}, what the desk's cookie holds, before or after 退出) and a token without an audience
 * are refused on reads and writes alike.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtKeysResource.class, restrictToAnnotatedClass = false)
class TokenAudienceTest {

    @Test
    void aDeskSessionTokenIsRefused() {
        String date = Fixtures.freshDate();
        String id = Fixtures.seed("lcrb", date, 1, 1).get(0);
        String desk = token("newsroom-desk");
        given().auth().oauth2(desk).get("/api/v1/desk/articles/" + id).then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(desk).post("/api/v1/desk/editions/lcrb/" + date + "/publish").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
        // nothing was published
        Fixtures.editor().get("/api/v1/desk/articles/" + id).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void aTokenWithoutTheApiAudienceIsRefusedAndOneWithItAccepted() {
        String date = Fixtures.freshDate();
        String id = Fixtures.seed("lcrb", date, 1, 1).get(0);
        String path = "/api/v1/desk/articles/" + id;
        given().auth().oauth2(token(null)).get(path).then().statusCode(401);
        given().auth().oauth2(token("someone-else")).get(path).then().statusCode(401);
        given().auth().oauth2(token(Tokens.API_AUDIENCE)).get(path).then().statusCode(200);
        given().auth().oauth2(JwtKeysResource.token("alice", "editor")).get(path).then().statusCode(200);
    }

    private static String token(String audience) {
        var builder = Jwt.issuer(Tokens.ISSUER).claim("jti", UUID.randomUUID().toString()).upn("alice")
                .groups(Set.of("editor")).expiresIn(600);
        if (audience != null) {
            builder = builder.audience(audience);
        }
        return builder.sign(JwtKeysResource.keys().resolve(JwtKeyPair.PRIVATE_KEY).toString());
    }
}
