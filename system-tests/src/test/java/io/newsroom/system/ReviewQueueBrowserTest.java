package io.newsroom.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review queue and the compact review screen (issue 15 items 1 and 2) in Debian's Chromium against the real
 * stack, on the six-page seed edition {@code seeds/editions/lywb-2012-01-05}: every flag cleared with the keyboard
 * alone in the queue (requests, bytes and seconds measured and printed as {@code [measure]} lines), and the same
 * edition, uploaded again under another date, cleared by the full-page flow (JavaScript off: every 已核对 is a post,
 * a redirect and the whole review page, as before this work); the shortcuts' help, j/k/e, a merge confirmed and
 * undone with the keyboard; the height of a review page at 1280 px; every control at least 44 px and none shown
 * only on hover at 1024×768. Screenshots in {@code system-tests/target/screenshots/queue-*.png}.
 */
class ReviewQueueBrowserTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String PAPER = "lywb";
    private static final String KEYBOARD_DATE = "2012-01-05";
    private static final String FULL_PAGE_DATE = "2012-01-06";
    private static final String PASSWORD = "queue-browser-password";
    private static final int PAGES = 6;

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
        stack.addEditor("queue-e2e", "队列编辑", PASSWORD);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launchPersistentContext(Files.createDirectories(home.resolve("chromium")),
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
    void anEditorClearsEveryFlagOfTheSeedEditionWithTheKeyboardAlone() throws IOException {
        try {
            walk();
        } catch (RuntimeException | AssertionError failed) {
            shot("queue-failure");
            throw failed;
        }
    }

    private void walk() throws IOException {
        String desk = stack.url(LocalStack.Component.EDITION);
        page.navigate(desk + "/desk/sign-in");
        page.getByLabel("用户名").fill("queue-e2e");
        page.getByLabel("密码").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL("**/desk/editions");
        upload(desk, KEYBOARD_DATE);
        upload(desk, FULL_PAGE_DATE);

        // the queue: every open flag of the six pages, in page order, explained, with its source lines
        String queueUrl = desk + "/desk/editions/" + PAPER + "/" + KEYBOARD_DATE + "/queue";
        page.navigate(queueUrl);
        int items = page.locator(".queue .item").count();
        int flags = page.locator(".queue .flag-row").count();
        assertTrue(flags >= 3, "the seed edition has flags to check: " + flags);
        assertEquals(flags, page.locator(".queue .why").count(), "each flag explained in plain words");
        assertTrue(page.locator(".queue .source.excerpt li").count() > 0, "with its source lines");
        List<Integer> order = new ArrayList<>();
        page.locator(".queue .badge.page").allTextContents()
                .forEach(t -> order.add(Integer.parseInt(t.replaceAll("\\D", ""))));
        assertEquals(order.stream().sorted().toList(), order, "in page order");
        shot("queue-01-queue");

        // ? shows the shortcuts; j/k move; e opens the edit form; Escape leaves it
        page.keyboard().press("?");
        assertTrue(page.locator("#keys-dialog").isVisible());
        shot("queue-02-shortcuts");
        page.keyboard().press("Escape");
        assertFalse(page.locator("#keys-dialog").isVisible());
        String first = page.locator(".item.selected").getAttribute("id");
        if (items > 1) {
            page.keyboard().press("j");
            assertFalse(first.equals(page.locator(".item.selected").getAttribute("id")), "j moves on");
            page.keyboard().press("k");
            assertEquals(first, page.locator(".item.selected").getAttribute("id"), "k moves back");
        }
        page.keyboard().press("e");
        assertTrue(page.locator(".item.selected details.more").evaluate("d => d.open").equals(Boolean.TRUE));
        assertEquals("headline", page.evaluate("document.activeElement.name"));
        page.keyboard().press("Escape");
        page.locator(".item.selected summary").click();

        // clear every flag with the keyboard alone: c on the selected item, which moves on by itself when cleared
        List<Request> requests = new ArrayList<>();
        AtomicLong bytes = new AtomicLong();
        AtomicBoolean counting = new AtomicBoolean(true);
        page.onRequestFinished(r -> {
            if (counting.get()) {
                requests.add(r);
                bytes.addAndGet(transferred(r));
            }
        });
        long start = System.nanoTime();
        page.navigate(queueUrl);
        int presses = 0;
        while (page.locator(".queue .item:not(.cleared)").count() > 0) {
            assertTrue(++presses <= flags + 5, "every c clears one flag: " + presses + " presses for " + flags);
            assertTrue(page.locator(".item.selected:not(.cleared) form.clear-flag").count() > 0,
                    "the selected item has a flag c clears: " + page.locator(".item.selected").textContent());
            page.waitForResponse(r -> r.request().method().equals("POST"), () -> page.keyboard().press("c"));
            page.locator("form[aria-busy]").waitFor(new Locator.WaitForOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        counting.set(false);
        int keyboardRequests = requests.size();
        long keyboardBytes = bytes.get();
        shot("queue-03-cleared");
        page.navigate(queueUrl);
        assertTrue(page.locator("#queue-empty").textContent().contains("本期没有待核对的标记"));
        System.out.printf("[measure] queue with the keyboard: %d flags, %d key presses, %d requests, %d bytes, %.1f s%n",
                flags, presses, keyboardRequests, keyboardBytes, seconds);

        // before: the same edition cleared by the full-page flow (no script: each 已核对 reloads the review page)
        Page plain = browser.newPage();
        plain.route("**/desk/desk.js", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setStatus(200).setContentType("text/javascript").setBody("")));
        List<Request> before = new ArrayList<>();
        AtomicLong beforeBytes = new AtomicLong();
        plain.onRequestFinished(r -> {
            before.add(r);
            beforeBytes.addAndGet(transferred(r));
        });
        long startBefore = System.nanoTime();
        int posts = 0;
        plain.navigate(desk + "/desk/editions/" + PAPER + "/" + FULL_PAGE_DATE);
        for (int n = 1; n <= PAGES; n++) {
            plain.navigate(desk + "/desk/editions/" + PAPER + "/" + FULL_PAGE_DATE + "/pages/" + n);
            while (plain.locator(".items-pane form.clear-flag button").count() > 0) {
                assertTrue(++posts <= flags + 5, "full-page flow: " + posts);
                plain.locator(".items-pane form.clear-flag button").first().click();
                plain.waitForLoadState();
            }
        }
        double secondsBefore = (System.nanoTime() - startBefore) / 1e9;
        System.out.printf("[measure] full-page flow: %d flags, %d clicks, %d requests, %d bytes, %.1f s%n",
                flags, posts, before.size(), beforeBytes.get(), secondsBefore);
        plain.close();
        assertEquals(flags, posts, "both flows cleared the same flags");
        assertTrue(keyboardBytes < beforeBytes.get(), keyboardBytes + " bytes in place vs " + beforeBytes.get());

        // a merge asks first and can be undone, with the keyboard
        String reviewUrl = desk + "/desk/editions/" + PAPER + "/" + KEYBOARD_DATE + "/pages/1";
        page.navigate(reviewUrl);
        int active = page.locator(".item:not(.withdrawn)").count();
        // the first item that has a next item to merge, both with paragraphs (so the merge can be split back)
        int at = ((Number) page.evaluate("() => { const items = [...document.querySelectorAll('.item:not(.withdrawn)')];"
                + " return items.findIndex((it, i) => it.querySelector('form.merge') && i + 1 < items.length"
                + " && +it.dataset.paragraphs > 0 && +items[i + 1].dataset.paragraphs > 0); }")).intValue();
        assertTrue(at >= 0, "page 1 has two neighbouring items with paragraphs");
        for (int i = 0; i <= at; i++) {
            page.keyboard().press("j");
        }
        page.keyboard().press("m");
        assertTrue(page.locator("#confirm-dialog").isVisible(), "a merge asks first");
        shot("queue-04-merge-confirm");
        page.waitForResponse(r -> r.request().method().equals("POST"), () -> page.keyboard().press("Enter"));
        page.locator("#status form.undo button").waitFor();
        assertEquals(active - 1, page.locator(".item:not(.withdrawn)").count());
        page.waitForResponse(r -> r.request().method().equals("POST"),
                () -> page.locator("#status form.undo button").click());
        page.locator("#status .alert.ok").filter(new Locator.FilterOptions().setHasText("拆分")).waitFor();
        page.navigate(reviewUrl);
        assertEquals(active, page.locator(".item:not(.withdrawn)").count(), "split back into as many items");

        // a compact page: its height at 1280 px, items collapsed to their headline group and flags
        int most = 0;
        int mostPage = 1;
        for (int n = 1; n <= PAGES; n++) {
            page.navigate(desk + "/desk/editions/" + PAPER + "/" + FULL_PAGE_DATE + "/pages/" + n);
            int count = page.locator(".item:not(.withdrawn)").count();
            if (count > most) {
                most = count;
                mostPage = n;
            }
        }
        page.navigate(desk + "/desk/editions/" + PAPER + "/" + FULL_PAGE_DATE + "/pages/" + mostPage);
        Number height = (Number) page.evaluate("document.documentElement.scrollHeight");
        System.out.printf("[measure] review page %d: %d items, %d px tall at 1280 px%n", mostPage, most,
                height.intValue());
        shot("queue-05-review-1280");
        assertTrue(height.intValue() < 300 * Math.max(most, 1) + 600, height + " px for " + most + " items");

        // 1024×768: every control of every expanded item visible without hover and at least 44 px tall
        page.setViewportSize(1024, 768);
        page.navigate(desk + "/desk/editions/" + PAPER + "/" + FULL_PAGE_DATE + "/pages/" + mostPage);
        page.evaluate("document.querySelectorAll('details.more').forEach(d => d.open = true)");
        Locator controls = page.locator(".items-pane button, .items-pane summary, .items-pane select, "
                + ".items-pane input:not([type=hidden]), .items-pane .lines-link, .items-pane .history");
        int checked = 0;
        for (int i = 0; i < controls.count(); i++) {
            Locator c = controls.nth(i);
            assertTrue(c.isVisible(), "visible without hover: " + c.evaluate("e => e.outerHTML"));
            double h = c.boundingBox().height;
            assertTrue(h >= 44, h + " px: " + c.evaluate("e => e.outerHTML"));
            checked++;
        }
        assertTrue(checked > 10, checked + " controls");
        Object hoverOnly = page.evaluate("() => { const found = [];"
                + " for (const sheet of document.styleSheets) for (const rule of sheet.cssRules) {"
                + "  if (rule.selectorText && rule.selectorText.includes(':hover') && (rule.style.visibility"
                + "   || rule.style.display || rule.style.opacity)) found.push(rule.cssText); }"
                + " return found.join(' | '); }");
        assertEquals("", hoverOnly, "no rule shows a control only on hover");
        shot("queue-06-review-1024-expanded");
    }

    private void upload(String desk, String date) {
        page.navigate(desk + "/desk/upload?paper=" + PAPER + "&date=" + date);
        Path edition = root.resolve("seeds/editions/lywb-2012-01-05");
        List<Path> files = new ArrayList<>();
        for (int n = 1; n <= PAGES; n++) {
            files.add(edition.resolve(String.format("page-%02d.txt", n)));
        }
        page.locator("#files").setInputFiles(files.toArray(Path[]::new));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上传并切分")).click();
        page.locator("#edition-link:not([hidden])").waitFor();
        assertEquals(PAGES, page.locator(".page-result.ok").count(), page.locator("#page-rows").textContent());
    }

    /** @return the bytes a finished request moved: request headers and body, response headers and body */
    private static long transferred(Request r) {
        var sizes = r.sizes();
        return sizes.requestHeadersSize + sizes.requestBodySize + sizes.responseHeadersSize + sizes.responseBodySize;
    }

    private static void shot(String name) throws IOException {
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name + ".png")).setFullPage(true));
    }
}
