package io.newsroom.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing safely and an article's history in a real browser (README "Publishing safely and history"), against
 * the real stack like {@link ReviewDeskBrowserTest}: the publish confirmation with open flags, a page never opened
 * and a missing page, the post refused without 仍然发布 and accepted with it; then a headline changed, its old → new
 * in the history, and one click reverting it. Screenshots go to {@code system-tests/target/screenshots/publish-*.png}.
 */
class PublishSafetyBrowserTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DATE = "2031-06-01";
    private static final String PASSWORD = "publish-safely-password";
    private static final String NEW_HEADLINE = "改错了的标题";

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
        stack = new LocalStack(root, home, LocalStack.Ports.free(), false)
                .withServiceProperties(ObservedStack.properties(null, false));
        stack.up(line -> System.out.println("[stack] " + line));
        stack.addEditor("desk-safe", "发布编辑", PASSWORD);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launchPersistentContext(Files.createDirectories(home.resolve("chromium-profile")),
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
    void theConfirmationStopsAnEditionWithOpenFlagsAndAHeadlineIsRevertedFromTheHistory() {
        try {
            session();
        } catch (RuntimeException | AssertionError failed) {
            shot("publish-failure");
            throw failed;
        }
    }

    private void session() {
        String desk = stack.url(LocalStack.Component.EDITION);
        page.navigate(desk + "/desk/editions");
        page.getByLabel("用户名").fill("desk-safe");
        page.getByLabel("密码").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL("**/desk/editions");

        // page 1 from a seed file (it has open flags) and a pasted page 3: page 2 is missing
        page.navigate(desk + "/desk/upload?paper=lcrb&date=" + DATE);
        page.locator("#files").setInputFiles(root.resolve("seeds/001_eedb6a7ca95d22b6.txt"));
        assertEquals("1", page.locator("#page-rows .pnum").inputValue(), "the lowest page not received yet");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上传并切分")).click();
        page.locator(".page-result").waitFor();
        assertTrue(page.locator(".page-result.ok").count() == 1, page.locator(".page-result").textContent());
        page.navigate(desk + "/desk/upload?paper=lcrb&date=" + DATE);
        assertEquals("2", page.locator("input[name=paste_number]").inputValue(), "the next free page is prefilled");
        page.locator("input[name=paste_number]").fill("3");
        page.locator("textarea[name=paste_text]").fill("第三版的标题\n本报讯 第三版的正文，一段就够。\n");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上传并切分")).click();
        page.locator("#paste-progress .page-result").waitFor();

        // the edition's publish button leads to the confirmation
        page.navigate(desk + "/desk/editions/lcrb/" + DATE);
        page.locator("#publish").click();
        page.waitForURL("**/publish");
        int flags = Integer.parseInt(page.locator("#open-flag-count").textContent().strip());
        assertTrue(flags >= 3, "the seed page's flags are open: " + flags);
        assertTrue(page.locator("#check-flags").textContent().contains("第1版 要闻"));
        String unreviewed = page.locator("#check-unreviewed").textContent();
        assertTrue(unreviewed.contains("第1版") && unreviewed.contains("第3版"), unreviewed);
        assertTrue(page.locator("#check-missing").textContent().contains("第2版还没有上传"));
        assertTrue(page.locator("#check-changes").textContent().contains("首次发布"));
        shot("publish-01-confirmation");

        // without 仍然发布 nothing is published
        page.locator("#confirm-publish").click();
        page.locator("#publish-refused").waitFor();
        assertTrue(page.locator("#publish-refused").textContent().contains("所以没有发布"));
        shot("publish-02-refused");
        page.navigate(desk + "/desk/editions/lcrb/" + DATE);
        assertTrue(page.locator(".status.open").count() == 1, "still 待发布");

        // with it, the edition is published
        page.locator("#publish").click();
        page.waitForURL("**/publish");
        page.locator("#publish-anyway").check();
        page.locator("#confirm-publish").click();
        page.waitForURL("**published=1");
        assertTrue(page.locator(".alert.ok").textContent().contains("发布成功"));
        shot("publish-03-published");

        // a headline changed by mistake, seen old → new in the history, reverted in one click
        page.navigate(desk + "/desk/editions/lcrb/" + DATE + "/pages/1");
        Locator first = page.locator(".item:not(.withdrawn)").first();
        String original = first.locator(".headline").textContent().strip();
        first.locator("summary").click();
        first.locator("input[name=headline]").fill(NEW_HEADLINE);
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("保存")).click();
        page.waitForURL("**done=edit**");
        page.locator(".item:not(.withdrawn)").first().locator("a.history").click();
        page.waitForURL("**/history**");
        String change = page.locator("#revision-1 .field-change", new Page.LocatorOptions().setHasText("主标题"))
                .textContent();
        assertTrue(change.contains(original) && change.contains(NEW_HEADLINE), change);
        shot("publish-04-history-diff");

        page.locator("#revision-1").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("恢复到这次修改之前")).click();
        page.waitForURL("**reverted=1**");
        assertTrue(page.locator("#reverted").isVisible());
        String revert = page.locator("#revision-2 .field-change", new Page.LocatorOptions().setHasText("主标题"))
                .textContent();
        assertTrue(revert.indexOf(NEW_HEADLINE) < revert.indexOf(original), "the revert is new → old: " + revert);
        shot("publish-05-reverted");
        page.navigate(desk + "/desk/editions/lcrb/" + DATE + "/pages/1");
        assertEquals(original, page.locator(".item:not(.withdrawn) .headline").first().textContent().strip());
        assertFalse(page.content().contains(NEW_HEADLINE), "the mistaken headline is gone");
    }

    private static void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name + ".png")).setFullPage(true));
    }
}
