package io.newsroom.edition.desk;

import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.agroal.api.AgroalDataSource;
import io.newsroom.devstack.testing.JwtKeysResource;
import io.newsroom.edition.EditionTestResources;
import io.newsroom.edition.ServiceStubs;
import io.newsroom.edition.TestPages;
import io.newsroom.edition.desk.cli.EditorAddCommand;
import io.newsroom.edition.service.PageIngestService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The desk's security rules (README "Desk security", issue 15 item 7): headers on every desk page, sign-in
 * throttling held in the database, sign-out revoking the session, the cookie good for {@code /desk} only, audiences,
 * and the return to the page that asked for a sign-in without an open redirect.
 */
@QuarkusTest
@EditionTestResources
class DeskSecurityTest {

    private static final String PASSWORD = "correct horse battery";
    private static final String SESSION = "newsroom_desk";
    private static final String CSRF_COOKIE = "newsroom_csrf";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final RestAssuredConfig UTF8 = RestAssured.config()
            .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset(StandardCharsets.UTF_8));

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    @AfterEach
    void noThrottleLeft() throws SQLException {
        // other test classes sign in from the same address: leave them no lock
        sql("delete from edition.sign_in_throttle");
    }

    @Test
    void everyDeskPageSendsTheSecurityHeadersAndNoInlineScriptOrStyle() throws SQLException {
        String user = account();
        String session = signIn(user, PASSWORD, null).cookie(SESSION);
        List<Response> answers = List.of(given().get("/desk/sign-in"),
                given().redirects().follow(false).get("/desk/upload"),
                given().get("/desk/desk.css"), given().get("/desk/desk.js"),
                given().cookie(SESSION, session).get("/desk/editions"),
                given().cookie(SESSION, session).get("/desk/upload"));
        for (Response r : answers) {
            String csp = r.header("Content-Security-Policy");
            assertTrue(csp != null && csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'")
                    && csp.contains("style-src 'self'") && !csp.contains("unsafe-inline"), "CSP: " + csp);
            assertEquals("DENY", r.header("X-Frame-Options"));
            assertEquals("nosniff", r.header("X-Content-Type-Options"));
            assertEquals("same-origin", r.header("Referrer-Policy"));
            if (r.contentType().startsWith("text/html")) {
                String html = r.asString();
                assertFalse(Pattern.compile("<script(?![^>]*\\ssrc=)").matcher(html).find(), "inline script: " + html);
                assertFalse(Pattern.compile("\\sstyle=|<style|\\son[a-z]+=").matcher(html).find(),
                        "inline style or event handler: " + html);
            }
        }
        assertEquals(200, answers.get(4).statusCode());
        assertEquals("nosniff", given().get("/q/health/live").header("X-Content-Type-Options"));
    }

    @Test
    void wrongPasswordsLockTheUsernameForGrowingTimesThen429() throws Exception {
        String user = account();
        for (int i = 1; i <= 4; i++) {
            Response wrong = signIn(user, "wrong " + i, null);
            assertEquals(401, wrong.statusCode(), "failure " + i);
            assertTrue(wrong.asString().contains("用户名或密码不对"));
        }
        // the fourth failure locked the username for 1 s: even the right password is refused, unchecked
        Response locked = signIn(user, PASSWORD, null);
        assertEquals(429, locked.statusCode());
        assertEquals("1", locked.header("Retry-After"));
        assertTrue(locked.asString().contains("登录失败次数太多，请等 1 秒后再试"), locked.asString());
        assertNull(locked.cookie(SESSION));

        Thread.sleep(1100);
        assertEquals(401, signIn(user, "wrong 5", null).statusCode());
        assertEquals("2", signIn(user, PASSWORD, null).header("Retry-After"), "the lock doubled");
        Thread.sleep(2100);
        assertEquals(401, signIn(user, "wrong 6", null).statusCode());
        Response third = signIn(user, PASSWORD, null);
        assertEquals(429, third.statusCode());
        assertTrue(Integer.parseInt(third.header("Retry-After")) >= 3, third.header("Retry-After"));
        assertEquals(1, count("select count(*) from edition.sign_in_throttle where subject = ?", "user:" + user));
    }

    @Test
    void aSuccessfulSignInForgetsTheUsernamesFailures() throws Exception {
        String user = account();
        for (int i = 1; i <= 3; i++) {
            assertEquals(401, signIn(user, "wrong", null).statusCode());
        }
        assertEquals(303, signIn(user, PASSWORD, null).statusCode());
        assertEquals(0, count("select count(*) from edition.sign_in_throttle where subject = ?", "user:" + user));
        assertEquals(401, signIn(user, "wrong", null).statusCode(), "counting starts again");
        assertEquals(303, signIn(user, PASSWORD, null).statusCode());
    }

    @Test
    void manyUsernamesFromOneAddressLockTheAddress() throws Exception {
        String user = account();
        for (int i = 1; i <= 11; i++) {
            assertEquals(401, signIn("nobody-" + NEXT.incrementAndGet(), "guess", null).statusCode(), "guess " + i);
        }
        Response locked = signIn(user, PASSWORD, null);
        assertEquals(429, locked.statusCode(), "the address is locked for every username");
        assertEquals("1", locked.header("Retry-After"));
    }

    @Test
    void theLockIsHeldInTheDatabaseSoEveryReplicaSeesIt() throws Exception {
        String user = account();
        // as another replica would have recorded it
        sql("insert into edition.sign_in_throttle (subject, failures, last_failure_at, locked_until) values ('user:"
                + user + "', 9, now(), now() + interval '30 seconds')");
        Response locked = signIn(user.toUpperCase(), PASSWORD, null);
        assertEquals(429, locked.statusCode());
        int retryAfter = Integer.parseInt(locked.header("Retry-After"));
        assertTrue(retryAfter >= 29 && retryAfter <= 30, "Retry-After " + retryAfter);
    }

    @Test
    void signOutRevokesTheSessionOnTheServer() throws Exception {
        String user = account();
        String session = signIn(user, PASSWORD, null).cookie(SESSION);
        String page = given().cookie(SESSION, session).get("/desk/editions").then().statusCode(200).extract()
                .asString();
        String csrf = csrf(page);
        Response out = given().redirects().follow(false).cookie(SESSION, session).cookie(CSRF_COOKIE, csrf)
                .formParam("csrf", csrf).post("/desk/sign-out");
        assertEquals(303, out.statusCode());
        assertEquals(1, count("select count(*) from edition.revoked_session where jti = ? and expires_at > now()",
                claims(session).replaceAll(".*\"jti\":\"([^\"]+)\".*", "$1")));

        // the old cookie, kept by whoever copied it, opens nothing any more
        given().redirects().follow(false).cookie(SESSION, session).get("/desk/editions").then().statusCode(303)
                .header("Location", endsWith("/desk/sign-in"));
        given().redirects().follow(false).cookie(SESSION, session).cookie(CSRF_COOKIE, csrf).formParam("csrf", csrf)
                .post("/desk/sign-out").then().statusCode(303).header("Location", endsWith("/desk/sign-in"));
        // a new sign-in is a new session
        String again = signIn(user, PASSWORD, null).cookie(SESSION);
        assertNotEquals(session, again);
        given().cookie(SESSION, again).get("/desk/editions").then().statusCode(200);
    }

    @Test
    void theSessionCookieAuthenticatesTheDeskOnlyAndApiWritesTakeABearerApiToken() throws Exception {
        String user = account();
        Response signedIn = signIn(user, PASSWORD, null);
        String setCookie = signedIn.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SESSION + "=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("Path=/desk;") || setCookie.endsWith("Path=/desk"), setCookie);
        String session = signedIn.cookie(SESSION);
        assertTrue(claims(session).contains("\"aud\":\"newsroom-desk\""), claims(session));

        LocalDate date = LocalDate.of(2036, 1, 1).plusDays(NEXT.incrementAndGet()); // a year no other test class uses
        String text = TestPages.seeds().get(0).text();
        ServiceStubs.resetArticle();
        ServiceStubs.stubUpsert("lcrb", date, 1, PageIngestService.sha256(text), "article");
        String api = "/api/v1/workflow/editions/lcrb/" + date;
        // a cross-site form post carries the cookie by itself (were SameSite not there): refused, nothing done
        given().cookie(SESSION, session).contentType("application/x-www-form-urlencoded").formParam("x", "1")
                .post(api + "/publish").then().statusCode(401).contentType("application/problem+json");
        given().cookie(SESSION, session).contentType("text/plain; charset=UTF-8")
                .body(text.getBytes(StandardCharsets.UTF_8)).put(api + "/pages/1").then().statusCode(401)
                .contentType("application/problem+json");
        // nor is the session token a bearer token of the API
        given().auth().oauth2(session).contentType("text/plain; charset=UTF-8")
                .body(text.getBytes(StandardCharsets.UTF_8)).put(api + "/pages/1").then().statusCode(401);
        assertTrue(ServiceStubs.article().findAll(putRequestedFor(urlPathEqualTo(ServiceStubs.deskPath("lcrb", date)
                + "/pages/1"))).isEmpty(), "article-service was never called");
        // and an API token opens no desk page
        given().redirects().follow(false).cookie(SESSION, JwtKeysResource.token(user, "editor"))
                .get("/desk/editions").then().statusCode(303);
        given().redirects().follow(false).auth().oauth2(session).get("/desk/editions").then().statusCode(303);

        // the desk's own upload forwards a short API token in the editor's name, never the session token
        String csrf = csrf(given().cookie(SESSION, session).get("/desk/upload").asString());
        given().cookie(SESSION, session).cookie(CSRF_COOKIE, csrf).multiPart("csrf", csrf).multiPart("paper", "lcrb")
                .multiPart("date", date.toString()).multiPart("number", "1")
                .multiPart("file", "p1.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain")
                .accept("application/json").post("/desk/upload/page").then().statusCode(200);
        List<LoggedRequest> upserts = ServiceStubs.article().findAll(putRequestedFor(urlPathEqualTo(
                ServiceStubs.deskPath("lcrb", date) + "/pages/1")));
        assertEquals(1, upserts.size());
        String forwarded = upserts.get(0).getHeader("Authorization").substring("Bearer ".length());
        assertNotEquals(session, forwarded);
        assertTrue(claims(forwarded).contains("\"aud\":\"newsroom-api\""), claims(forwarded));
        assertTrue(claims(forwarded).contains("\"upn\":\"" + user + "\""), claims(forwarded));
    }

    @Test
    void theApiChecksTheAudience() {
        String api = "/api/v1/workflow/editions/lcrb/2032-02-02/publish";
        Path key = JwtKeysResource.keys().resolve("private.pem");
        String none = Jwt.issuer("newsroom").upn("alice").groups(Set.of("editor")).expiresIn(60).sign(key.toString());
        String other = Jwt.issuer("newsroom").audience("someone-else").upn("alice").groups(Set.of("editor"))
                .expiresIn(60).sign(key.toString());
        String desk = Jwt.issuer("newsroom").audience("newsroom-desk").claim("jti", "j-" + NEXT.incrementAndGet())
                .upn("alice").groups(Set.of("editor")).expiresIn(60).sign(key.toString());
        for (String token : List.of(none, other, desk)) {
            given().auth().oauth2(token).post(api).then().statusCode(401).contentType("application/problem+json");
        }
        // the same call with an API token passes authentication (the edition does not exist)
        int status = TestPages.editor().post(api).then().extract().statusCode();
        assertTrue(status != 401 && status != 403, "API token answered " + status);
    }

    @Test
    void signInReturnsToThePageThatAskedForIt() throws Exception {
        String user = account();
        String deep = "/desk/editions/lcrb/2025-03-26/pages/2";
        String location = given().redirects().follow(false).get(deep).then().statusCode(303).extract()
                .header("Location");
        assertTrue(location.contains("/desk/sign-in?next="), location);
        String next = URLDecoder.decode(location.substring(location.indexOf("next=") + 5), StandardCharsets.UTF_8);
        assertEquals(deep, next);
        String form = given().queryParam("next", next).get("/desk/sign-in").asString();
        assertTrue(form.contains("name=\"next\" value=\"" + deep + "\""), form);
        Response back = signIn(user, PASSWORD, deep);
        assertEquals(303, back.statusCode());
        assertTrue(back.header("Location").endsWith(deep), back.header("Location"));
    }

    @Test
    void signInNeverLeadsOffTheDesk() throws Exception {
        String user = account();
        for (String next : List.of("https://evil.example/desk/editions", "//evil.example/desk", "/\\evil.example",
                "/desk/../api/v1/workflow/editions", "/desk/%2e%2e/api", "/api/v1/workflow/editions",
                "javascript:alert(1)", "/desk\r\nSet-Cookie: x=1", "/desk/sign-in?next=//evil.example",
                "/deskevil")) {
            Response r = signIn(user, PASSWORD, next);
            assertEquals(303, r.statusCode(), next);
            String location = r.header("Location");
            assertTrue(location.endsWith("/desk/editions"), next + " → " + location);
            assertNull(SignInResource.returnPath(next), next);
            // the form never carries it on either
            String form = given().queryParam("next", next).get("/desk/sign-in").asString();
            assertFalse(form.contains("name=\"next\""), next);
        }
        assertEquals("/desk/upload?paper=lcrb", SignInResource.returnPath("/desk/upload?paper=lcrb"));
    }

    private String account() throws SQLException {
        String user = "sec-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100000;
        try (Connection db = dataSource.getConnection()) {
            EditorAddCommand.add(db, user, "安全编辑", PASSWORD);
        }
        return user;
    }

    private static Response signIn(String user, String password, String next) {
        Response form = given().get("/desk/sign-in");
        String csrf = csrf(form.asString());
        RequestSpecification post = given().redirects().follow(false).cookie(CSRF_COOKIE, csrf)
                .formParam("username", user).formParam("password", password).formParam("csrf", csrf);
        if (next != null) {
            post = post.formParam("next", next);
        }
        return post.post("/desk/sign-in");
    }

    private static String claims(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private void sql(String statement) throws SQLException {
        try (Connection db = dataSource.getConnection(); PreparedStatement s = db.prepareStatement(statement)) {
            s.executeUpdate();
        }
    }

    private int count(String query, String parameter) throws SQLException {
        try (Connection db = dataSource.getConnection(); PreparedStatement s = db.prepareStatement(query)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertTrue(m.find(), "no csrf field in " + html);
        return m.group(1);
    }

    private static RequestSpecification given() {
        return RestAssured.given().config(UTF8);
    }
}
