package io.newsroom.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented restore (README "Command line", {@code ./newsroom backup} and {@code restore}): a database with the
 * services' real schemas (article-service's and edition-service's Flyway migrations) and articles is dumped with
 * {@code pg_dump -Fc} and restored into a fresh embedded PostgreSQL; article count, each article's version and a
 * checksum of each article row (md5 of the row as text: every column) and of every table must be equal. Restoring
 * over a changed database puts it back; a file that is not a dump is refused.
 *
 * <p>The servers run from the embedded binaries of the newest major the installed pg_dump can dump: the stack's
 * PostgreSQL 17 when pg_dump is 17 or newer, else PostgreSQL 15 (Debian 12's postgresql-client is 15).
 */
class BackupRestoreTest {

    private static final int ARTICLES = 300;
    private static PgClientTools tools;
    private static EmbeddedPostgres source;

    @TempDir
    static Path dir;

    @BeforeAll
    static void sourceDatabase() throws Exception {
        tools = PgClientTools.newest().orElseThrow(() -> new IllegalStateException(
                "no pg_dump found: install postgresql-client (./newsroom test does) or set " + PgClientTools.BIN_ENV));
        source = server();
        try (Connection c = source.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            migrate(s, "article", Path.of("../article-service/src/main/resources/db/migration"));
            migrate(s, "edition", Path.of("../edition-service/src/main/resources/db/migration"));
            s.execute("""
                    insert into article.article (id, paper, edition_date, page_number, page_name, position, type,
                        headline, byline, paragraphs, item_content_hash, page_content_hash, status, version,
                        created_at, updated_at)
                    select md5('article' || i)::uuid, 'lcrb', date '2025-01-01' + (i / 20), 1 + i % 20 / 4, '要闻',
                        i % 4, 'article', '第' || i || '条 聊城新闻 “引号” ''撇号''', '记者 张' || i,
                        jsonb_build_array(jsonb_build_object('kind', 'text', 'text', repeat('正文段落。', i % 7 + 1))),
                        md5('item' || i), md5('page' || i / 4), case when i % 3 = 0 then 'PUBLISHED' else 'DRAFT' end,
                        1 + i % 5, now(), now()
                    from generate_series(1, $ARTICLES) i""".replace("$ARTICLES", Integer.toString(ARTICLES)));
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (source != null) {
            source.close();
        }
    }

    @Test
    void aDumpRestoredIntoAFreshServerHasTheSameArticles() throws Exception {
        Path dump = dir.resolve("fresh.dump");
        tools.dump(server(source), dump);
        assertTrue(PgClientTools.isCustomFormatDump(dump), "custom format");
        try (EmbeddedPostgres fresh = server()) {
            tools.restore(dump, server(fresh));
            assertEquals(ARTICLES, articles(source).size(), "articles in the source");
            assertEquals(articles(source), articles(fresh), "count, versions and checksum per article");
            assertEquals(tables(source), tables(fresh), "rows and checksum per table");
        }
    }

    @Test
    void restoringOverAChangedDatabasePutsItBack() throws Exception {
        Path dump = dir.resolve("over.dump");
        tools.dump(server(source), dump);
        try (EmbeddedPostgres copy = server()) {
            tools.restore(dump, server(copy));
            Map<String, String> before = articles(copy);
            try (Connection c = copy.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("update article.article set headline = 'changed', version = version + 1 where position = 0");
                s.execute("delete from article.article where position = 1");
            }
            tools.restore(dump, server(copy));
            assertEquals(before, articles(copy));
        }
    }

    /**
     * What {@code ./newsroom restore} and {@code backup} run: a restore into a data folder (a server started on it),
     * then a backup of that folder with no server running, is the same database.
     */
    @Test
    void theLocalCommandsRestoreIntoADataFolderAndBackItUp() throws Exception {
        Path dump = dir.resolve("local.dump");
        tools.dump(server(source), dump);
        Path dataDir = dir.resolve("pg");
        Path again = dir.resolve("again.dump");
        var previous = LocalBackup.builders;
        LocalBackup.builders = BackupRestoreTest::builder;
        try {
            LocalBackup.restore(dataDir, dump);
            LocalBackup.backup(dataDir, S3ProxyServer.freePort(), again);
        } finally {
            LocalBackup.builders = previous;
        }
        try (EmbeddedPostgres fresh = server()) {
            tools.restore(again, server(fresh));
            assertEquals(articles(source), articles(fresh));
        }
        IOException e = assertThrows(IOException.class,
                () -> LocalBackup.restore(dataDir, Files.writeString(dir.resolve("x.dump"), "PGDM")));
        assertTrue(e.getMessage().contains("not a pg_dump custom-format archive"), e.getMessage());
    }

    @Test
    void aFileThatIsNotADumpIsRefused() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "select 1;");
        IOException e = assertThrows(IOException.class, () -> tools.restore(text, server(source)));
        assertTrue(e.getMessage().contains("not a pg_dump custom-format archive"), e.getMessage());
    }

    /** @return id → "version md5(row)" of every article, in id order */
    private static Map<String, String> articles(EmbeddedPostgres pg) throws SQLException {
        Map<String, String> rows = new LinkedHashMap<>();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id, version, md5(a::text) from article.article a order by id")) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getLong(2) + " " + rs.getString(3));
            }
        }
        return rows;
    }

    /** @return schema.table → "rows md5(all rows as text, sorted)" of both schemas */
    private static Map<String, String> tables(EmbeddedPostgres pg) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            List<String> names = new java.util.ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_schema || '.' || table_name from information_schema.tables "
                    + "where table_schema in ('article', 'edition') and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String table : names) {
                try (ResultSet rs = s.executeQuery("select count(*) || ' ' || coalesce(md5(string_agg(t::text, "
                        + "E'\\n' order by t::text)), '') from " + table + " t")) {
                    rs.next();
                    tables.put(table, rs.getString(1));
                }
            }
        }
        assertTrue(tables.size() >= 8, "tables compared: " + tables.keySet());
        return tables;
    }

    /** Runs a service's Flyway migrations, in version order, in its schema (as Flyway does at the service's start). */
    private static void migrate(Statement s, String schema, Path folder) throws IOException, SQLException {
        s.execute("create schema " + schema);
        s.execute("set search_path to " + schema);
        List<Path> scripts;
        try (Stream<Path> files = Files.list(folder)) {
            scripts = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(f -> Integer.parseInt(
                            f.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1")))).toList();
        }
        assertTrue(!scripts.isEmpty(), "migrations in " + folder.toAbsolutePath());
        for (Path script : scripts) {
            s.execute(Files.readString(script));
        }
        s.execute("set search_path to public");
    }

    private static PgClientTools.Server server(EmbeddedPostgres pg) {
        return PgClientTools.Server.local(pg.getPort());
    }

    /** A throw-away server of the newest major that {@link #tools} can dump. */
    private static EmbeddedPostgres server() throws IOException {
        return builder().start();
    }

    /** A server builder for the newest major that {@link #tools} can dump. */
    private static EmbeddedPostgres.Builder builder() {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (tools.major() < 17) {
            Path jar = Path.of(System.getProperty("newsroom.pg15.binaries", "target/pg-binaries/postgres-15.jar"));
            builder.setPgBinaryResolver((system, machine) -> {
                ZipFile zip = new ZipFile(jar.toFile());
                // the jar's one archive, postgres-linux-x86_64.txz
                InputStream in = zip.getInputStream(zip.stream().filter(e -> e.getName().endsWith(".txz"))
                        .findFirst().orElseThrow(() -> new IOException("no .txz in " + jar)));
                return new java.io.FilterInputStream(in) {
                    @Override
                    public void close() throws IOException {
                        super.close();
                        zip.close();
                    }
                };
            });
        }
        return builder;
    }
}
