package io.newsroom.system;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review desk in a real browser (Debian's {@code /usr/bin/chromium}, headless, driven by Playwright for Java; no
 * browser download) against the real stack ({@link LocalStack}: PostgreSQL, S3 and the three packaged services).
 * One editor's session from sign-in to publication; a screenshot of each screen is saved under
 * {@code system-tests/target/screenshots/}.
 */
class ReviewDeskBrowserTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DATE = "2031-05-01";
    private static final String PASSWORD = "browser-test-password";
    private static final String NEW_HEADLINE = "浏览器测试改过的标题";

    @TempDir
    static Path home;

    static LocalStack stack;
    static Path root;
    static Path screenshots;
    static Playwright playwright;
    static BrowserContext browser;
    static Page page;

    @BeforeAll
    static void up() throws IOException {
        root = Path.of(System.getProperty("newsroom.root", "..")).toAbsolutePath().normalize();
        screenshots = Files.createDirectories(root.resolve("system-tests/target/screenshots"));
        stack = new LocalStack(root, home,
                LocalStack.Ports.free(), false).withServiceProperties(ObservedStack.properties(null, false));
        stack.up(line -> System.out.println("[stack] " + line));
        stack.addEditor("desk-e2e", "浏览器编辑", PASSWORD);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launchPersistentContext(Files.createDirectories(home.resolve("chromium-profile")),
                new BrowserType.LaunchPersistentContextOptions().setExecutablePath(Path.of(CHROMIUM)).setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-background-networking", "--disable-gpu",
                                "--no-first-run", "--disable-component-update", "--disable-sync"))
                        .setViewportSize(1280, 900).setLocale("zh-CN").setAcceptDownloads(true));
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
    void anEditorSignsInUploadsCorrectsAndPublishesAnEdition() throws IOException {
        try {
            session();
        } catch (RuntimeException | AssertionError failed) {
            shot("failure");
            throw failed;
        }
    }

    private void session() throws IOException {
        String desk = stack.url(LocalStack.Component.EDITION);

        // signed out: every desk page leads to the sign-in page
        page.navigate(desk + "/desk/editions");
        assertTrue(page.url().endsWith("/desk/sign-in"), page.url());
        shot("01-sign-in");

        // a form post without the CSRF token is refused, even with a valid sign-in cookie
        APIResponse refusedSignIn = browser.request().post(desk + "/desk/sign-in",
                com.microsoft.playwright.options.RequestOptions.create().setForm(
                        com.microsoft.playwright.options.FormData.create().set("username", "desk-e2e")
                                .set("password", PASSWORD)).setMaxRedirects(0));
        assertEquals(403, refusedSignIn.status());

        page.getByLabel("用户名").fill("desk-e2e");
        page.getByLabel("密码").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL("**/desk/editions");
        assertTrue(page.content().contains("浏览器编辑"));
        shot("02-editions-empty");

        APIResponse refused = browser.request().post(desk + "/desk/editions/lcrb/" + DATE + "/publish",
                com.microsoft.playwright.options.RequestOptions.create().setMaxRedirects(0));
        assertEquals(403, refused.status());
        assertTrue(refused.text().contains("安全令牌"), refused.text());
        page.setContent(refused.text());
        shot("03-csrf-refused");

        // upload a seed page, with per-page progress and outcome
        page.navigate(desk + "/desk/upload?paper=lcrb&date=" + DATE);
        page.locator("#files").setInputFiles(root.resolve("seeds/001_eedb6a7ca95d22b6.txt"));
        assertEquals("1", page.locator("#page-rows .pnum").inputValue());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上传并切分")).click();
        page.locator(".page-result").waitFor();
        assertTrue(page.locator(".page-result.ok").textContent().contains("8 条稿件"),
                page.locator(".page-result").textContent());
        shot("04-upload");

        // review: the items beside the source, flags shown, selecting an item highlights its lines
        page.locator(".review-link").click();
        page.waitForURL("**/pages/1");
        Locator items = page.locator(".item:not(.withdrawn)");
        int before = items.count();
        assertEquals(8, before);
        assertTrue(page.locator(".badge.flag").count() >= 3, "the page's three flags are shown");
        Locator first = items.first();
        first.locator(".fields").click();
        assertTrue(page.locator(".source li.hl").count() > 0, "selecting an item highlights its source lines");
        shot("05-review");

        // fix a headline in place
        first.locator("summary").click();
        first.locator("input[name=headline]").fill(NEW_HEADLINE);
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("保存")).click();
        page.waitForURL("**done=edit**");
        assertTrue(page.locator(".alert.ok").textContent().contains("已保存"));
        assertEquals(NEW_HEADLINE, page.locator(".item:not(.withdrawn) .headline").first().textContent().strip());

        // merge the first two items
        page.locator(".item:not(.withdrawn)").first().getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("⇣ 与下一条合并")).click();
        page.waitForURL("**done=merge**");
        assertEquals(before - 1, page.locator(".item:not(.withdrawn)").count());
        assertEquals(1, page.locator(".item.withdrawn").count());
        shot("06-review-after-merge");

        // every change is in the article's history
        page.locator(".item:not(.withdrawn)").first().locator("a.history").click();
        page.waitForURL("**/history**");
        String history = page.locator("#revisions").textContent();
        assertTrue(history.contains("主标题") && history.contains("合并了相邻稿件") && history.contains("desk-e2e"),
                history);
        shot("07-history");

        // publish, then open the HTML edition and download the EPUB
        page.navigate(desk + "/desk/editions/lcrb/" + DATE);
        page.locator("#publish").click();
        page.waitForURL("**/publish"); // the confirmation (README "Publishing safely and history")
        page.locator("#publish-anyway").check(); // the seed page's other flags are still open
        page.locator("#confirm-publish").click();
        page.waitForURL("**published=1");
        assertTrue(page.locator(".alert.ok").textContent().contains("发布成功"));
        shot("08-published");

        String htmlUrl = page.locator("#html-edition").getAttribute("href");
        Page edition = browser.newPage();
        edition.navigate(htmlUrl);
        assertTrue(edition.content().contains(NEW_HEADLINE), "the HTML edition carries the corrected headline");
        edition.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("09-html-edition.png")));
        edition.close();

        Download download = page.waitForDownload(() -> page.locator("#epub-edition").click());
        byte[] epub = Files.readAllBytes(download.path());
        assertTrue(epub.length > 1000, "EPUB of " + epub.length + " bytes");
        assertArrayEquals(new byte[] {'P', 'K'}, Arrays.copyOf(epub, 2));

        page.navigate(desk + "/desk/editions");
        assertTrue(page.locator("table.list").textContent().contains(DATE));
        shot("10-editions");

        // neither the password nor the session's cookies nor the page's text were logged, even at DEBUG level
        List<String> secrets = new java.util.ArrayList<>(List.of(PASSWORD));
        browser.cookies().forEach(cookie -> secrets.add(cookie.value));
        assertTrue(secrets.size() >= 3, "password, session and CSRF cookies: " + secrets.size());
        Files.readAllLines(root.resolve("seeds/001_eedb6a7ca95d22b6.txt")).stream().map(String::strip)
                .max(java.util.Comparator.comparingInt(String::length)).ifPresent(secrets::add);
        ObservedStack.assertLogsHoldNone(stack, secrets);

        // signing out ends the session
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出")).click();
        page.waitForURL("**/desk/sign-in");
        page.navigate(desk + "/desk/editions");
        assertTrue(page.url().endsWith("/desk/sign-in"), page.url());
    }

    private static void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name + ".png")).setFullPage(true));
    }

}
