package io.newsroom.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.RequestOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's security rules in a real browser (Debian's {@code /usr/bin/chromium}, headless, Playwright for Java, as
 * {@link ReviewDeskBrowserTest}) against the real stack (README "Desk security"): a deep link returns after sign-in,
 * the CSP is sent and a framing attempt from another site is refused, the old session cookie is refused by
 * edition-service and article-service right after 退出, and 25 wrong passwords in a row are throttled. Screenshots go
 * to {@code system-tests/target/screenshots/security-*.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskSecurityBrowserTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String PASSWORD = "browser-security-password";
    private static final String SESSION = "newsroom_desk";

    @TempDir
    static Path home;

    static LocalStack stack;
    static Path screenshots;
    static Playwright playwright;
    static BrowserContext browser;
    static Page page;
    static String desk;

    @BeforeAll
    static void up() throws IOException {
        Path root = Path.of(System.getProperty("newsroom.root", "..")).toAbsolutePath().normalize();
        screenshots = Files.createDirectories(root.resolve("system-tests/target/screenshots"));
        stack = new LocalStack(root, home, LocalStack.Ports.free(), false)
                .withServiceProperties(ObservedStack.properties(null, false));
        stack.up(line -> System.out.println("[stack] " + line));
        stack.addEditor("sec-editor", "安全编辑", PASSWORD);
        stack.addEditor("sec-target", "被猜的编辑", PASSWORD);
        desk = stack.url(LocalStack.Component.EDITION);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launchPersistentContext(
                Files.createDirectories(home.resolve("chromium-profile")),
                new BrowserType.LaunchPersistentContextOptions().setExecutablePath(Path.of(CHROMIUM)).setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-background-networking", "--disable-gpu",
                                "--no-first-run", "--disable-component-update", "--disable-sync"))
                        .setViewportSize(1280, 900).setLocale("zh-CN"));
        page = browser.newPage();
    }

    @AfterAll
    static void down() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void aDeepLinkReturnsThereAfterSignInAndTheCspIsSent() {
        Response first = page.navigate(desk + "/desk/upload?paper=lcrb&date=2031-06-01");
        assertTrue(page.url().contains("/desk/sign-in?next="), page.url());
        String csp = first.allHeaders().get("content-security-policy");
        assertNotNull(csp, "CSP on the sign-in page");
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"), csp);
        assertEquals("DENY", first.allHeaders().get("x-frame-options"));
        assertEquals("nosniff", first.allHeaders().get("x-content-type-options"));
        assertEquals("same-origin", first.allHeaders().get("referrer-policy"));
        shot("security-01-sign-in-from-deep-link");

        signIn("sec-editor", PASSWORD);
        page.waitForURL("**/desk/upload?paper=lcrb&date=2031-06-01");
        assertTrue(page.content().contains("安全编辑"), "signed in");
        shot("security-02-back-at-the-deep-link");
    }

    @Test
    @Order(2)
    void aFramingAttemptFromAnotherSiteIsRefused() {
        List<String> console = new ArrayList<>();
        Page attacker = browser.newPage();
        attacker.onConsoleMessage(m -> console.add(m.text()));
        attacker.route("http://attacker.test/**", route -> route.fulfill(new com.microsoft.playwright.Route
                .FulfillOptions().setContentType("text/html; charset=utf-8").setBody("<!DOCTYPE html><title>x</title>"
                        + "<h1>Win a prize</h1><iframe id=desk width=1000 height=600 src=\"" + desk
                        + "/desk/editions\"></iframe>")));
        attacker.navigate("http://attacker.test/");
        attacker.waitForTimeout(1500);
        Frame framed = attacker.frames().stream().filter(f -> f != attacker.mainFrame()).findFirst().orElseThrow();
        String inside;
        try {
            inside = framed.content();
        } catch (RuntimeException blocked) {
            inside = "";
        }
        assertFalse(inside.contains("版次列表") || inside.contains("退出") || inside.contains("编辑登录"),
                "the desk was shown in another site's frame: " + inside);
        attacker.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(
                "security-03-framing-refused.png")));
        System.out.println("[security] framing: " + console);
        attacker.close();
    }

    @Test
    @Order(3)
    void theOldCookieIsRefusedByBothServicesRightAfterSignOut() {
        page.navigate(desk + "/desk/editions");
        assertTrue(page.url().endsWith("/desk/editions"), page.url());
        Cookie session = browser.cookies().stream().filter(c -> c.name.equals(SESSION)).findFirst().orElseThrow();
        assertEquals("/desk", session.path);
        String article = stack.url(LocalStack.Component.ARTICLE);
        APIRequestContext api = playwright.request().newContext();
        try {
            // even while signed in, the session token is no API token
            APIResponse asBearer = api.get(article + "/api/v1/desk/editions/lcrb/2031-06-01/articles",
                    RequestOptions.create().setHeader("Authorization", "Bearer " + session.value));
            assertEquals(401, asBearer.status());

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出")).click();
            page.waitForURL("**/desk/sign-in");
            shot("security-04-signed-out");

            // whoever kept a copy of the cookie: the desk refuses it at once
            browser.addCookies(List.of(session));
            page.navigate(desk + "/desk/editions");
            assertTrue(page.url().contains("/desk/sign-in"), page.url());
            shot("security-05-old-cookie-refused");
            APIResponse deskPage = api.get(desk + "/desk/editions", RequestOptions.create()
                    .setHeader("Cookie", SESSION + "=" + session.value).setMaxRedirects(0));
            assertEquals(303, deskPage.status());
            assertEquals(401, api.get(article + "/api/v1/desk/editions/lcrb/2031-06-01/articles",
                    RequestOptions.create().setHeader("Authorization", "Bearer " + session.value)).status());
            assertEquals(401, api.post(desk + "/api/v1/workflow/editions/lcrb/2031-06-01/publish",
                    RequestOptions.create().setHeader("Authorization", "Bearer " + session.value)).status());
            assertEquals(401, api.post(desk + "/api/v1/workflow/editions/lcrb/2031-06-01/publish",
                    RequestOptions.create().setHeader("Cookie", SESSION + "=" + session.value)).status());
        } finally {
            api.dispose();
        }
    }

    @Test
    @Order(4)
    void twentyFiveWrongPasswordsAreThrottled() {
        page.navigate(desk + "/desk/sign-in");
        List<Integer> statuses = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 1; i <= 25; i++) {
            int n = i;
            Response answer = page.waitForResponse(r -> r.url().endsWith("/desk/sign-in")
                    && r.request().method().equals("POST"), () -> signIn("sec-target", "wrong-password-" + n));
            statuses.add(answer.status());
            page.waitForLoadState();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long checked = statuses.stream().filter(s -> s == 401).count();
        long refused = statuses.stream().filter(s -> s == 429).count();
        System.out.printf("[security] 25 wrong passwords in %.1f s: %d checked (401), %d refused unchecked (429); "
                + "statuses %s%n", seconds, checked, refused, statuses);
        assertEquals(List.of(401, 401, 401, 401), statuses.subList(0, 4), "three free failures, the fourth locks");
        assertEquals(25, checked + refused, statuses.toString());
        assertTrue(refused >= 15, "most guesses are refused unchecked: " + statuses);
        assertTrue(page.content().contains("登录失败次数太多"), page.content());
        shot("security-06-throttled");

        // while locked, even the right password is refused
        Response locked = page.waitForResponse(r -> r.url().endsWith("/desk/sign-in")
                && r.request().method().equals("POST"), () -> signIn("sec-target", PASSWORD));
        assertEquals(429, locked.status());
        assertNotNull(locked.allHeaders().get("retry-after"));
    }

    private static void signIn(String username, String password) {
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
    }

    private static void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name + ".png")).setFullPage(true));
    }
}
