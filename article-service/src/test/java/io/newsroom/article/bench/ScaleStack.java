package io.newsroom.article.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.search.SearchTerms;
import io.newsroom.contract.Paragraph;
import io.newsroom.devstack.Seeds;
import io.newsroom.devstack.testing.JwtKeysResource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The scale benchmark's stack (not a test; issue 14 item 2, README "Scale benchmark"): an embedded PostgreSQL (zonky,
 * as {@code LocalPostgres}) with its data directory where told, the service's Flyway schema, and {@code ARTICLES}
 * published articles made by recombining the real paragraphs, headlines, bylines and datelines of the gold pages
 * ({@code seeds/gold}, {@code segmenter/corpus/dev/gold}) with a fixed seed, spread over the papers of
 * {@code seeds/papers.json} and 18 more, one edition per paper and day, 8 pages of 3 to 9 articles. Each row's
 * {@code search_vector} is {@link SearchTerms#vector} of {@link SearchTerms#fields}, the call the service's
 * {@code SearchIndex} makes. Loaded with {@code COPY} (the two secondary indexes of the public reads dropped during
 * the load and built again after it, by their own DDL), then {@code VACUUM ANALYZE}; prints the load times and the
 * sizes, writes the request paths the wrk runs use into {@code WORK_DIR}, starts the packaged service against the
 * database (as {@link BenchStack}), prints {@code READY <base url>} and runs until killed.
 *
 * <p>Usage: {@code java -cp … ScaleStack ARTICLES DATA_DIR WORK_DIR [quarkus-run.jar]}, with the system properties
 * {@code newsroom.seeds} (the seeds folder), {@code newsroom.corpus} (the corpus' gold folder) and
 * {@code bench.seed} (default 14). Used by {@code bench/scale-bench.sh}.
 */
public final class ScaleStack {

    private static final int PAGES = 8;
    private static final int BATCH = 2_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    private static final String[] PAGE_NAMES = {"要闻", "要闻", "综合", "经济", "社会", "文化", "体育", "副刊"};
    private static final String COLUMNS = "id, paper, edition_date, page_number, page_name, position, type, kicker, "
            + "headline, byline, dateline, paragraphs, item_content_hash, page_content_hash, status, version, "
            + "created_at, updated_at, published_at, search_vector";

    private ScaleStack() {
    }

    /** The real texts the articles are made of. */
    private record Corpus(List<String> headlines, List<String> kickers, List<String> bylines, List<String> datelines,
            List<String> paragraphs) {
    }

    /** Where an article sits: paper index, day index, page, position. */
    private record Layout(int[] paper, int[] day, byte[] page, byte[] position, int editions) {
    }

    /**
     * @param args {@code ARTICLES DATA_DIR WORK_DIR [quarkus-run.jar]}
     * @throws Exception when a part of the stack does not start or the load fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ScaleStack ARTICLES DATA_DIR WORK_DIR [quarkus-run.jar]");
            System.exit(2);
        }
        int articles = Integer.parseInt(args[0]);
        Path data = Path.of(args[1]).toAbsolutePath();
        Path work = Path.of(args[2]).toAbsolutePath();
        String jar = args.length > 3 ? args[3] : "target/quarkus-app/quarkus-run.jar";
        long seed = Long.getLong("bench.seed", 14);
        Files.createDirectories(work);

        Corpus corpus = corpus(List.of(Seeds.dir().resolve("gold"), Path.of(System.getProperty("newsroom.corpus",
                "../segmenter/corpus/dev/gold"))));
        System.out.printf(Locale.ROOT, "corpus: %d paragraphs, %d headlines, %d bylines, %d datelines%n",
                corpus.paragraphs().size(), corpus.headlines().size(), corpus.bylines().size(),
                corpus.datelines().size());
        List<String> papers = papers();
        Layout layout = layout(articles, papers.size(), seed);
        System.out.printf(Locale.ROOT, "layout: %d articles, %d papers, %d editions, %d days from %s%n", articles,
                papers.size(), layout.editions(), layout.day()[articles - 1] + 1, FIRST_DAY);

        EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
                .setServerConfig("shared_buffers", "512MB").setServerConfig("maintenance_work_mem", "1GB")
                .setServerConfig("max_wal_size", "8GB").setServerConfig("checkpoint_timeout", "30min")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setPGStartupWait(Duration.ofMinutes(2)).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (Exception ignored) {
                // the JVM is exiting
            }
        }));
        String url = pg.getJdbcUrl("postgres", "postgres");
        Flyway.configure().dataSource(url, "postgres", "postgres").schemas("article").defaultSchema("article")
                .createSchemas(true).locations("classpath:db/migration").load().migrate();

        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                Statement s = c.createStatement()) {
            for (String code : papers) {
                s.execute("insert into article.paper (code, name, publisher, language, page_names) values ('" + code
                        + "', '" + code + " 日报', '" + code + " 日报社', 'zh-CN', '{\"1\": \"要闻\"}') "
                        + "on conflict do nothing");
            }
            List<String> indexes = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select indexdef from pg_indexes where schemaname = 'article' and "
                    + "indexname in ('article_search', 'article_published_edition') order by indexname")) {
                while (r.next()) {
                    indexes.add(r.getString(1));
                }
            }
            s.execute("drop index article.article_search");
            s.execute("drop index article.article_published_edition");

            long t0 = System.nanoTime();
            copy(c, articles, layout, papers, corpus, seed);
            long t1 = System.nanoTime();
            System.out.printf(Locale.ROOT, "load: generated and copied %d articles in %.1f s%n", articles, sec(t0, t1));
            for (String ddl : indexes) {
                long i0 = System.nanoTime();
                s.execute(ddl);
                System.out.printf(Locale.ROOT, "load: %s in %.1f s%n", ddl, sec(i0, System.nanoTime()));
            }
            long t2 = System.nanoTime();
            s.execute("vacuum analyze article.article");
            long t3 = System.nanoTime();
            System.out.printf(Locale.ROOT, "load: vacuum analyze in %.1f s%n", sec(t2, t3));
            System.out.printf(Locale.ROOT, "load: total %.1f s%n", sec(t0, t3));
            try (ResultSet r = s.executeQuery("select pg_relation_size('article.article'), "
                    + "pg_relation_size(c.reltoastrelid), pg_total_relation_size('article.article'), "
                    + "pg_relation_size('article.article_search'), "
                    + "pg_relation_size('article.article_published_edition'), "
                    + "pg_relation_size('article.article_pkey'), pg_database_size(current_database()) "
                    + "from pg_class c where c.oid = 'article.article'::regclass")) {
                r.next();
                System.out.printf(Locale.ROOT, "size: table %s, its TOAST %s, table with TOAST and indexes %s%n",
                        mb(r.getLong(1)), mb(r.getLong(2)), mb(r.getLong(3)));
                System.out.printf(Locale.ROOT, "size: GIN index article_search %s, article_published_edition %s, "
                        + "primary key %s, database %s%n", mb(r.getLong(4)), mb(r.getLong(5)), mb(r.getLong(6)),
                        mb(r.getLong(7)));
            }
        }

        writePaths(work, articles, layout, papers, seed);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        BenchStack.Service service = BenchStack.startService(jar, url, JwtKeysResource.keys(), http);
        searchTotals(http, service.base(), work.resolve("search.txt"));
        System.out.println("READY " + service.base());
        System.out.flush();
        service.process().waitFor();
    }

    /** Reads the texts of every item of the gold files in the folders, in file order. */
    private static Corpus corpus(List<Path> dirs) throws Exception {
        ObjectMapper json = new ObjectMapper();
        LinkedHashSet<String> headlines = new LinkedHashSet<>();
        LinkedHashSet<String> kickers = new LinkedHashSet<>();
        LinkedHashSet<String> bylines = new LinkedHashSet<>();
        LinkedHashSet<String> datelines = new LinkedHashSet<>();
        LinkedHashSet<String> paragraphs = new LinkedHashSet<>();
        for (Path dir : dirs) {
            List<Path> files;
            try (Stream<Path> list = Files.list(dir)) {
                files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
            for (Path file : files) {
                for (JsonNode item : json.readTree(file.toFile()).path("items")) {
                    add(headlines, item.path("headline"));
                    add(kickers, item.path("kicker"));
                    add(bylines, item.path("byline"));
                    add(datelines, item.path("dateline"));
                    item.path("paragraphs").forEach(p -> add(paragraphs, p));
                }
            }
        }
        return new Corpus(List.copyOf(headlines), List.copyOf(kickers), List.copyOf(bylines), List.copyOf(datelines),
                List.copyOf(paragraphs));
    }

    private static void add(LinkedHashSet<String> to, JsonNode text) {
        if (text.isTextual() && !text.asText().isBlank() && text.asText().indexOf('\0') < 0) {
            to.add(text.asText());
        }
    }

    /** The papers of the seeds' registry, then {@code bench01}… up to 20. */
    private static List<String> papers() throws Exception {
        List<String> papers = new ArrayList<>();
        new ObjectMapper().readTree(Seeds.dir().resolve("papers.json").toFile()).path("papers")
                .forEach(p -> papers.add(p.path("code").asText()));
        for (int i = 1; papers.size() < 20; i++) {
            papers.add(String.format(Locale.ROOT, "bench%02d", i));
        }
        return papers;
    }

    /** Day by day, paper by paper, 8 pages of 3 to 9 articles each, until {@code articles} are placed. */
    private static Layout layout(int articles, int papers, long seed) {
        Random random = new Random(seed);
        int[] paper = new int[articles];
        int[] day = new int[articles];
        byte[] page = new byte[articles];
        byte[] position = new byte[articles];
        int n = 0;
        int editions = 0;
        for (int d = 0; n < articles; d++) {
            for (int p = 0; p < papers && n < articles; p++) {
                editions++;
                for (int pg = 1; pg <= PAGES && n < articles; pg++) {
                    int count = 3 + random.nextInt(7);
                    for (int pos = 0; pos < count && n < articles; pos++, n++) {
                        paper[n] = p;
                        day[n] = d;
                        page[n] = (byte) pg;
                        position[n] = (byte) pos;
                    }
                }
            }
        }
        return new Layout(paper, day, page, position, editions);
    }

    /** The id of article {@code n}: random (version 4 bits), a function of the seed and n only. */
    private static UUID id(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + n);
        long hi = random.nextLong() & ~0xF000L | 0x4000L;
        long lo = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(hi, lo);
    }

    /**
     * Generates the rows in batches on two threads (each article from its own random stream, so the result does not
     * depend on the threads) and streams them in order into one {@code COPY}.
     */
    private static void copy(Connection c, int articles, Layout layout, List<String> papers, Corpus corpus,
            long seed) throws Exception {
        c.setAutoCommit(false);
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy article.article (" + COLUMNS + ") from stdin");
        ObjectMapper json = new ObjectMapper();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Deque<Future<byte[]>> pending = new ArrayDeque<>();
        int next = 0;
        int done = 0;
        long start = System.nanoTime();
        try {
            while (next < articles || !pending.isEmpty()) {
                while (next < articles && pending.size() < 6) {
                    int from = next;
                    int to = Math.min(articles, from + BATCH);
                    pending.add(pool.submit(() -> rows(from, to, layout, papers, corpus, seed, json)));
                    next = to;
                }
                byte[] rows = pending.removeFirst().get();
                in.writeToCopy(rows, 0, rows.length);
                done += BATCH;
                if (done % 100_000 == 0) {
                    System.out.printf(Locale.ROOT, "load: %d rows after %.0f s%n", done, sec(start, System.nanoTime()));
                }
            }
            in.endCopy();
            c.commit();
        } finally {
            pool.shutdownNow();
            c.setAutoCommit(true);
        }
    }

    private static byte[] rows(int from, int to, Layout layout, List<String> papers, Corpus corpus, long seed,
            ObjectMapper json) throws Exception {
        StringBuilder b = new StringBuilder(to - from << 12);
        for (int n = from; n < to; n++) {
            SplittableRandom r = new SplittableRandom(seed * 7_777_777L + n);
            String headline = pick(r, corpus.headlines());
            String kicker = r.nextInt(5) == 0 ? pick(r, corpus.kickers()) : null;
            String byline = r.nextInt(3) == 0 ? pick(r, corpus.bylines()) : null;
            String dateline = r.nextInt(2) == 0 ? pick(r, corpus.datelines()) : null;
            int count = 2 + r.nextInt(11);
            List<Paragraph> paragraphs = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                paragraphs.add(new Paragraph(Paragraph.BODY, pick(r, corpus.paragraphs())));
            }
            String vector = SearchTerms.vector(SearchTerms.fields(null, kicker, headline, null, byline, dateline,
                    paragraphs, List.of()));
            LocalDate date = FIRST_DAY.plusDays(layout.day()[n]);
            String paper = papers.get(layout.paper()[n]);
            int page = layout.page()[n];
            String time = date + " 02:00:00+00";
            field(b, id(seed, n).toString()).append('\t');
            field(b, paper).append('\t');
            field(b, date.toString()).append('\t');
            b.append(page).append('\t');
            field(b, PAGE_NAMES[page - 1]).append('\t');
            b.append(layout.position()[n]).append('\t');
            b.append("article\t");
            field(b, kicker).append('\t');
            field(b, headline).append('\t');
            field(b, byline).append('\t');
            field(b, dateline).append('\t');
            field(b, json.writeValueAsString(paragraphs)).append('\t');
            b.append(String.format(Locale.ROOT, "%064x", n)).append('\t');
            b.append(String.format(Locale.ROOT, "%064x", (long) layout.day()[n] * 1000 + layout.paper()[n] * 10 + page))
                    .append('\t');
            b.append("PUBLISHED\t1\t").append(time).append('\t').append(time).append('\t').append(time).append('\t');
            field(b, vector).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String pick(SplittableRandom r, List<String> from) {
        return from.get(r.nextInt(from.size()));
    }

    /** A value in COPY's text format: {@code \N} for null, backslash, tab, newline and return escaped. */
    private static StringBuilder field(StringBuilder b, String value) {
        if (value == null) {
            return b.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(ch);
            }
        }
        return b;
    }

    /**
     * Writes the request paths of the wrk runs, one a line: {@code articles.txt} (100,000 article ids, every tenth
     * article when there are a million), {@code editions.txt} (the article listings of 2,000 editions),
     * {@code search.txt} (200 two-word searches: pairs of the one-word queries of the committed search query set,
     * names, places, numbers and topics of the gold pages).
     */
    private static void writePaths(Path work, int articles, Layout layout, List<String> papers, long seed)
            throws Exception {
        List<String> ids = new ArrayList<>();
        int step = Math.max(1, articles / 100_000);
        for (int n = 0; n < articles; n += step) {
            ids.add("/api/v1/articles/" + id(seed, n));
        }
        Files.write(work.resolve("articles.txt"), ids);

        Random random = new Random(seed);
        List<String> editions = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            int n = random.nextInt(articles);
            editions.add("/api/v1/editions/" + papers.get(layout.paper()[n]) + "/" + FIRST_DAY.plusDays(layout.day()[n])
                    + "/articles");
        }
        Files.write(work.resolve("editions.txt"), editions);

        List<String> words = new ArrayList<>();
        try (InputStream in = ScaleStack.class.getResourceAsStream("/search/queries.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String q = line.strip();
                if (!q.isEmpty() && !q.startsWith("#") && !q.contains(" ")) {
                    words.add(q);
                }
            }
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j < words.size(); j++) {
                pairs.add(words.get(i) + " " + words.get(j));
            }
        }
        Collections.shuffle(pairs, random);
        List<String> searches = new ArrayList<>();
        for (String q : pairs.subList(0, Math.min(200, pairs.size()))) {
            searches.add("/api/v1/search?limit=20&q="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        Files.write(work.resolve("search.txt"), searches);
        System.out.printf(Locale.ROOT, "paths: %d article ids, %d editions, %d two-word searches (of %d one-word "
                + "queries) in %s%n", ids.size(), editions.size(), searches.size(), words.size(), work);
    }

    /** Sends each search once (one at a time) and prints the spread of the hit counts and single-request times. */
    private static void searchTotals(HttpClient http, String base, Path paths) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Long> totals = new ArrayList<>();
        List<Double> millis = new ArrayList<>();
        for (String path : Files.readAllLines(paths)) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            millis.add((System.nanoTime() - t0) / 1e6);
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
            }
            totals.add(json.readTree(r.body()).path("total").asLong());
        }
        Collections.sort(totals);
        Collections.sort(millis);
        long none = totals.stream().filter(t -> t == 0).count();
        System.out.printf(Locale.ROOT, "searches: hits per query min %d, median %d, p90 %d, max %d; %d of %d find "
                        + "nothing; one at a time (first pass, cold): median %.1f ms, max %.1f ms%n", totals.get(0),
                totals.get(totals.size() / 2), totals.get(totals.size() * 9 / 10), totals.get(totals.size() - 1),
                none, totals.size(), millis.get(millis.size() / 2), millis.get(millis.size() - 1));
    }

    private static double sec(long from, long to) {
        return (to - from) / 1e9;
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
