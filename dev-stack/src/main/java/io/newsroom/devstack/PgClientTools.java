package io.newsroom.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code pg_dump} and {@code pg_restore} for the local stack's backups (README "Command line", {@code ./newsroom
 * backup} and {@code restore}). The embedded PostgreSQL binaries ({@code io.zonky.test.postgres}) hold only
 * {@code initdb}, {@code pg_ctl} and {@code postgres}, so the client programs come from a PostgreSQL installation:
 * the folder {@code NEWSROOM_PG_BIN}, else the newest {@code /usr/lib/postgresql/<major>/bin} (Debian's
 * {@code postgresql-client-<major>}), else {@code PATH}. pg_dump refuses a server of a newer major version, so the
 * client's major must be at least the server's; a custom-format archive is read by a pg_restore of the same or a
 * newer major.
 *
 * @param bin   the folder holding {@code pg_dump} and {@code pg_restore}
 * @param major their major version
 */
public record PgClientTools(Path bin, int major) {

    /** Environment variable naming a folder with pg_dump and pg_restore. */
    public static final String BIN_ENV = "NEWSROOM_PG_BIN";
    /** The first bytes of every custom-format archive. */
    private static final byte[] MAGIC = "PGDMP".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

    /**
     * @param serverMajor the server's major version (e.g. 17)
     * @return the newest client tools found whose major is at least {@code serverMajor}
     * @throws IllegalStateException naming what was found and how to get a fitting pg_dump
     */
    public static PgClientTools forServer(int serverMajor) {
        List<PgClientTools> found = candidates();
        return found.stream().filter(t -> t.major() >= serverMajor).findFirst().orElseThrow(() ->
                new IllegalStateException("no pg_dump of PostgreSQL " + serverMajor + " or newer (the server is "
                        + serverMajor + "; found: " + (found.isEmpty() ? "none" : found) + "). Install "
                        + "postgresql-client-" + serverMajor + " or set " + BIN_ENV + " to the bin folder of a "
                        + "PostgreSQL " + serverMajor + "+ installation"));
    }

    /** @return the newest client tools found, if any */
    public static Optional<PgClientTools> newest() {
        return candidates().stream().findFirst();
    }

    /** @return every usable installation, {@code NEWSROOM_PG_BIN} first, then by major, newest first */
    static List<PgClientTools> candidates() {
        List<Path> dirs = new ArrayList<>();
        String env = System.getenv(BIN_ENV);
        if (env != null && !env.isBlank()) {
            dirs.add(Path.of(env));
        }
        try (Stream<Path> debian = Files.list(Path.of("/usr/lib/postgresql"))) {
            debian.map(d -> d.resolve("bin")).forEach(dirs::add);
        } catch (IOException e) {
            // not a Debian-style installation
        }
        Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":")).filter(s -> !s.isEmpty())
                .map(Path::of).forEach(dirs::add);
        List<PgClientTools> tools = new ArrayList<>();
        java.util.Set<Path> seen = new java.util.HashSet<>();
        for (Path dir : dirs) {
            if (Files.isExecutable(dir.resolve("pg_dump")) && Files.isExecutable(dir.resolve("pg_restore"))
                    && seen.add(realPath(dir.resolve("pg_dump")))) {
                version(dir.resolve("pg_dump")).ifPresent(major -> tools.add(new PgClientTools(dir, major)));
            }
        }
        List<PgClientTools> ordered = new ArrayList<>();
        if (env != null && !tools.isEmpty() && tools.get(0).bin().equals(Path.of(env))) {
            ordered.add(tools.remove(0));
        }
        tools.sort(Comparator.comparingInt(PgClientTools::major).reversed());
        ordered.addAll(tools);
        return ordered;
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath();
        }
    }

    private static Optional<Integer> version(Path program) {
        try {
            Process p = new ProcessBuilder(program.toString(), "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            Matcher m = VERSION.matcher(out);
            return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * @param file a file
     * @return whether it starts as a pg_dump custom-format archive does
     * @throws IOException if it cannot be read
     */
    public static boolean isCustomFormatDump(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(MAGIC, in.readNBytes(MAGIC.length));
        }
    }

    /**
     * Dumps a database in custom format ({@code pg_dump -Fc}, owners left out).
     *
     * @param server where the database is
     * @param out    the archive written
     * @throws IOException if pg_dump fails (its messages are in the exception)
     */
    public void dump(Server server, Path out) throws IOException {
        run(server, List.of(bin.resolve("pg_dump").toString(), "-Fc", "--no-owner", "-h", server.host(),
                "-p", Integer.toString(server.port()), "-U", server.user(), "-d", server.database(),
                "-f", out.toString()));
    }

    /**
     * Restores an archive in one transaction: the archive's objects are dropped first where they exist
     * ({@code --clean --if-exists}), and nothing changes if any statement fails.
     *
     * @param archive a custom-format archive
     * @param server  the database restored into
     * @throws IOException if the file is not a custom-format archive or pg_restore fails
     */
    public void restore(Path archive, Server server) throws IOException {
        if (!isCustomFormatDump(archive)) {
            throw new IOException(archive + " is not a pg_dump custom-format archive (made by ./newsroom backup or "
                    + "pg_dump -Fc)");
        }
        run(server, List.of(bin.resolve("pg_restore").toString(), "--clean", "--if-exists", "--no-owner",
                "--single-transaction", "--exit-on-error", "-h", server.host(), "-p", Integer.toString(server.port()),
                "-U", server.user(), "-d", server.database(), archive.toString()));
    }

    private static void run(Server server, List<String> command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(Map.of("PGPASSWORD", server.password(), "PGCONNECT_TIMEOUT", "10"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) {
                throw new IOException(Path.of(command.get(0)).getFileName() + " failed (exit " + p.exitValue() + "): "
                        + out.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroy();
            throw new IOException("interrupted", e);
        }
    }

    /**
     * A PostgreSQL database to dump or restore into.
     *
     * @param host     host name or address
     * @param port     TCP port
     * @param user     user
     * @param password password
     * @param database database name
     */
    public record Server(String host, int port, String user, String password, String database) {
        /**
         * @param port port of an embedded server on 127.0.0.1 (user, password and database {@code postgres})
         * @return the server
         */
        public static Server local(int port) {
            return new Server("127.0.0.1", port, "postgres", "postgres", "postgres");
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL " + major + " client in " + bin;
    }
}
