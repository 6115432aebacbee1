package io.newsroom.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.devstack.JwtKeyPair;
import io.newsroom.devstack.Tokens;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The main job on one machine ({@code ./newsroom demo}): brings the local stack up (or reuses a
 * running one), ingests every seed page listed in {@code seeds/editions.json} through the
 * edition-service API, publishes each edition, and prints a report with the items and flags per
 * edition and the URLs of the HTML edition, the EPUB and the API documentation.
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

        JsonNode editions = JSON.readTree(root.resolve("seeds/editions.json").toFile());
        String paper = editions.path("paper").path("code").asText();
        JsonNode pages = editions.path("pages");
        Map<String, int[]> perEdition = new LinkedHashMap<>(); // date → {items, flags}
        step("ingesting " + pages.size() + " seed pages");
        int n = 0;
        for (JsonNode page : pages) {
            n++;
            String date = page.path("date").asText();
            int number = page.path("page").asInt();
            byte[] text = Files.readAllBytes(root.resolve("seeds").resolve(page.path("file").asText()));
            String url = stack.url(LocalStack.Component.EDITION) + "/api/v1/workflow/editions/" + paper + "/" + date + "/pages/"
                    + number + "?page_name=" + java.net.URLEncoder.encode(page.path("pageName").asText(), StandardCharsets.UTF_8);
            JsonNode summary = send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "text/plain; charset=UTF-8")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(text)), "ingest " + paper + "/" + date + " page " + number);
            int items = summary.path("item_count").asInt(summary.path("items").size());
            int flags = summary.path("flags").size();
            int[] acc = perEdition.computeIfAbsent(date, d -> new int[2]);
            acc[0] += items;
            acc[1] += flags;
            out.printf("    [%d/%d] %s %s page %d: %d items, %d flags to review%n", n, pages.size(), paper, date, number,
                    items, flags);
        }
        step("publishing " + perEdition.size() + " editions");
        Map<String, JsonNode> manifests = new LinkedHashMap<>();
        for (String date : perEdition.keySet()) {
            String url = stack.url(LocalStack.Component.EDITION) + "/api/v1/workflow/editions/" + paper + "/" + date + "/publish";
            JsonNode manifest = send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.noBody()), "publish " + paper + "/" + date);
            manifests.put(date, manifest);
            out.printf("    %s %s published: %d files rendered%n", paper, date, manifest.path("objects").size());
        }
        step("report");
        String render = stack.url(LocalStack.Component.RENDER);
        for (Map.Entry<String, int[]> e : perEdition.entrySet()) {
            String base = render + "/editions/" + paper + "/" + e.getKey() + "/";
            out.printf("  %s %s  %d items, %d flags%n", paper, e.getKey(), e.getValue()[0], e.getValue()[1]);
            out.printf("      HTML edition: %sindex.html%n", base);
            out.printf("      EPUB:         %s%s-%s.epub%n", base, paper, e.getKey());
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
