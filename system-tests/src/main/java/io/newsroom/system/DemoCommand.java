package io.newsroom.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.devstack.JwtKeyPair;
import io.newsroom.devstack.Tokens;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The main job on one machine ({@code ./newsroom demo}): brings the local stack up (or reuses a
 * running one), ingests every seed page listed in {@code seeds/editions.json} (the five front pages and the
 * multi-page editions) through the edition-service API, publishes each edition that changed or was never published,
 * and prints a report with the pages, items and flags per edition and the URLs of the HTML edition, the EPUB and the
 * API documentation. A second run with the same seeds publishes nothing: every page answers unchanged.
 *
 * <p>Usage: {@code java -cp … io.newsroom.system.DemoCommand ROOT DATA_DIR (demo|status|token [USER])}; exit 0
 * on success, 1 on failure with the reason on standard error. {@code token} prints a bearer token with the
 * role {@code editor} (one hour), signed with the local stack's key, for curl.
 */
public final class DemoCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalStack stack;
    private final Path root;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DemoCommand(LocalStack stack, Path root, PrintStream out) {
        this.stack = stack;
        this.root = root;
        this.out = out;
    }

    /**
     * @param args repository root, data folder, and {@code demo}, {@code status} or {@code token [USER]}
     */
    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: DemoCommand ROOT DATA_DIR demo|status|token [USER]");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        LocalStack stack = new LocalStack(root, Path.of(args[1]), LocalStack.Ports.defaults(), true);
        try {
            DemoCommand demo = new DemoCommand(stack, root, System.out);
            if (args[2].equals("status")) {
                System.exit(demo.status() ? 0 : 3);
            }
            if (args[2].equals("token")) {
                Path key = stack.keys().resolve(JwtKeyPair.PRIVATE_KEY);
                if (!Files.exists(key)) {
                    throw new IllegalStateException("no local key yet: run ./newsroom demo first");
                }
                System.out.println(Tokens.editor(key, args.length > 3 ? args[3] : "editor"));
                System.exit(0);
            }
            demo.run();
            System.exit(0);
        } catch (IllegalStateException | java.io.UncheckedIOException | IOException e) {
            // what the stack reports (a component that does not start, a refused call): the message says it all;
            // anything else is a bug and ends with its stack trace
            System.err.println("demo failed: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(1);
        }
    }

    /** @return whether every component answers; prints one line per component */
    boolean status() {
        boolean all = true;
        for (Map.Entry<LocalStack.Component, Boolean> e : stack.status().entrySet()) {
            out.printf("%-16s %-8s %s%n", e.getKey().id(), e.getValue() ? "running" : "stopped", stack.url(e.getKey()));
            all &= e.getValue();
        }
        return all;
    }

    void run() throws IOException, InterruptedException {
        step("starting the stack");
        stack.up(line -> out.println("    " + line));
        String token = Tokens.editor(stack.keys().resolve(JwtKeyPair.PRIVATE_KEY), "demo-editor");
        String deskPassword = stack.demoEditor();

        List<SeedPage> pages = seedPages(root);
        Map<String, Tally> perEdition = new LinkedHashMap<>(); // "paper/date" → what its pages answered
        step("ingesting " + pages.size() + " seed pages");
        String edition = stack.url(LocalStack.Component.EDITION) + "/api/v1/workflow/editions/";
        int n = 0;
        for (SeedPage page : pages) {
            n++;
            String url = edition + page.paper() + "/" + page.date() + "/pages/" + page.number() + "?page_name="
                    + URLEncoder.encode(page.pageName(), StandardCharsets.UTF_8);
            JsonNode summary = send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "text/plain; charset=UTF-8")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(page.file()))),
                    "ingest " + page.paper() + "/" + page.date() + " page " + page.number());
            int items = summary.path("item_count").asInt();
            int flags = summary.path("flags").size();
            boolean changed = summary.path("changed").asBoolean(true);
            perEdition.computeIfAbsent(page.paper() + "/" + page.date(), k -> new Tally()).add(items, flags, changed);
            out.printf("    [%d/%d] %s %s page %d %s: %d items, %d flags to review%s%n", n, pages.size(), page.paper(),
                    page.date(), page.number(), page.pageName(), items, flags, changed ? "" : " (unchanged)");
        }
        step("publishing " + perEdition.size() + " editions");
        for (Map.Entry<String, Tally> e : perEdition.entrySet()) {
            JsonNode current = send(HttpRequest.newBuilder(URI.create(edition + e.getKey()))
                    .header("Authorization", "Bearer " + token).GET(), "read edition " + e.getKey());
            if (!e.getValue().changed && "PUBLISHED".equals(current.path("status").asText())) {
                out.printf("    %s unchanged since its publication: not published again%n", e.getKey());
                continue;
            }
            JsonNode manifest = send(HttpRequest.newBuilder(URI.create(edition + e.getKey() + "/publish"))
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.noBody()), "publish " + e.getKey());
            out.printf("    %s published: %d files rendered%n", e.getKey(), manifest.path("objects").size());
        }
        step("report");
        String render = stack.url(LocalStack.Component.RENDER);
        for (Map.Entry<String, Tally> e : perEdition.entrySet()) {
            String base = render + "/editions/" + e.getKey() + "/";
            Tally t = e.getValue();
            out.printf("  %s  %d %s, %d items, %d flags%n", e.getKey(), t.pages, t.pages == 1 ? "page" : "pages", t.items,
                    t.flags);
            out.printf("      HTML edition: %sindex.html%n", base);
            out.printf("      EPUB:         %s%s.epub%n", base, e.getKey().replace('/', '-'));
        }
        out.println();
        out.println("  API documentation (Swagger UI):");
        for (LocalStack.Component c : new LocalStack.Component[] {LocalStack.Component.ARTICLE,
                LocalStack.Component.EDITION, LocalStack.Component.RENDER}) {
            out.printf("      %-16s %s/q/swagger-ui   (OpenAPI: %s/q/openapi)%n", c.id(), stack.url(c), stack.url(c));
        }
        out.printf("  Mobile API: %s/api/v1/editions%n", stack.url(LocalStack.Component.ARTICLE));
        out.printf("  Review desk: %s/desk   (user demo, password %s)%n", stack.url(LocalStack.Component.EDITION),
                deskPassword);
        out.println("  The stack keeps running: ./newsroom status, ./newsroom down");
    }

    /**
     * The seed pages in ingest order: the front pages of {@code seeds/editions.json}'s {@code pages} (of its
     * {@code paper}), then every page of its multi-page {@code editions}.
     *
     * @param root the repository root
     * @return the pages
     * @throws IOException when editions.json cannot be read
     */
    static List<SeedPage> seedPages(Path root) throws IOException {
        Path seeds = root.resolve("seeds");
        JsonNode editions = JSON.readTree(seeds.resolve("editions.json").toFile());
        List<SeedPage> pages = new ArrayList<>();
        String paper = editions.path("paper").path("code").asText();
        for (JsonNode page : editions.path("pages")) {
            pages.add(new SeedPage(paper, page.path("date").asText(), page.path("page").asInt(),
                    page.path("pageName").asText(), seeds.resolve(page.path("file").asText())));
        }
        for (JsonNode ed : editions.path("editions")) {
            for (JsonNode page : ed.path("pages")) {
                pages.add(new SeedPage(ed.path("paper").asText(), ed.path("date").asText(), page.path("page").asInt(),
                        page.path("pageName").asText(), seeds.resolve(page.path("file").asText())));
            }
        }
        return pages;
    }

    /**
     * One seed page to ingest.
     *
     * @param paper    paper code
     * @param date     edition date, ISO 8601
     * @param number   page number
     * @param pageName page name
     * @param file     its text (UTF-8)
     */
    record SeedPage(String paper, String date, int number, String pageName, Path file) {
    }

    /** What the pages of one edition answered. */
    private static final class Tally {
        int pages;
        int items;
        int flags;
        boolean changed;

        void add(int pageItems, int pageFlags, boolean pageChanged) {
            pages++;
            items += pageItems;
            flags += pageFlags;
            changed |= pageChanged;
        }
    }

    private JsonNode send(HttpRequest.Builder request, String what) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(what + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
    }

    private void step(String what) {
        out.println("==> " + what);
    }
}
