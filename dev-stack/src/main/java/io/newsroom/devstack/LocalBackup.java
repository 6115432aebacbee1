package io.newsroom.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database half of {@code ./newsroom backup DIR} and {@code ./newsroom restore FILE} (the script copies the S3
 * folder and refuses a restore while the stack runs). Usage:
 * <ul>
 *   <li>{@code LocalBackup backup DATA_DIR PORT FILE}: dumps the local stack's database ({@code pg_dump -Fc}) into
 *       FILE, from the server on 127.0.0.1:PORT when it answers, else from a server started on DATA_DIR for the
 *       dump and stopped after it;</li>
 *   <li>{@code LocalBackup restore DATA_DIR FILE}: restores FILE into the database of DATA_DIR (a server started
 *       for it), in one transaction.</li>
 * </ul>
 * The client programs come from {@link PgClientTools}: their major version must be at least the server's.
 */
public final class LocalBackup {

    /** How the servers on the data folder are built: the class path's binaries (tests may use others). */
    static java.util.function.Supplier<EmbeddedPostgres.Builder> builders = EmbeddedPostgres::builder;

    private LocalBackup() {
    }

    /**
     * @param args {@code backup DATA_DIR PORT FILE} or {@code restore DATA_DIR FILE}
     * @throws Exception nothing expected: failures are printed and end the JVM with exit code 1
     */
    public static void main(String[] args) throws Exception {
        try {
            if (args.length == 4 && args[0].equals("backup")) {
                backup(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
            } else if (args.length == 3 && args[0].equals("restore")) {
                restore(Path.of(args[1]), Path.of(args[2]));
            } else {
                System.err.println("usage: LocalBackup backup DATA_DIR PORT FILE | restore DATA_DIR FILE");
                System.exit(2);
            }
        } catch (IOException | IllegalStateException | SQLException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * @param dataDir the local stack's database folder ({@code .newsroom/pg})
     * @param port    the port the stack's server listens on when it runs
     * @param file    the archive to write
     * @throws IOException  if there is no database or the dump fails
     * @throws SQLException if the server's version cannot be read
     */
    static void backup(Path dataDir, int port, Path file) throws IOException, SQLException {
        PgClientTools.Server running = PgClientTools.Server.local(port);
        if (answers(running)) {
            PgClientTools.forServer(serverMajor(running)).dump(running, file);
            return;
        }
        requireDatabase(dataDir);
        try (EmbeddedPostgres pg = start(dataDir)) {
            PgClientTools.Server server = PgClientTools.Server.local(pg.getPort());
            PgClientTools.forServer(serverMajor(server)).dump(server, file);
        }
    }

    /**
     * @param dataDir the local stack's database folder (created if missing)
     * @param file    a custom-format archive
     * @throws IOException  if the file is not an archive or the restore fails (the database is then unchanged)
     * @throws SQLException if the server's version cannot be read
     */
    static void restore(Path dataDir, Path file) throws IOException, SQLException {
        if (!Files.isRegularFile(file) || !PgClientTools.isCustomFormatDump(file)) {
            throw new IOException(file + " is not a pg_dump custom-format archive (made by ./newsroom backup)");
        }
        Files.createDirectories(dataDir);
        try (EmbeddedPostgres pg = start(dataDir)) {
            PgClientTools.Server server = PgClientTools.Server.local(pg.getPort());
            PgClientTools.forServer(serverMajor(server)).restore(file, server);
        }
    }

    private static void requireDatabase(Path dataDir) throws IOException {
        if (!Files.isRegularFile(dataDir.resolve("PG_VERSION"))) {
            throw new IOException("no local database in " + dataDir + ": run ./newsroom demo first");
        }
    }

    private static EmbeddedPostgres start(Path dataDir) throws IOException {
        return builders.get().setDataDirectory(dataDir).setCleanDataDirectory(false).start();
    }

    private static boolean answers(PgClientTools.Server server) {
        try (Connection c = connect(server)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * @param server a running server
     * @return its major version
     * @throws SQLException if it cannot be asked
     */
    static int serverMajor(PgClientTools.Server server) throws SQLException {
        try (Connection c = connect(server); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("show server_version_num")) {
            rs.next();
            return Integer.parseInt(rs.getString(1)) / 10000;
        }
    }

    private static Connection connect(PgClientTools.Server server) throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection("jdbc:postgresql://" + server.host() + ":" + server.port() + "/"
                + server.database(), server.user(), server.password());
    }
}
