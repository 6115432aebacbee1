package io.newsroom.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A real S3 server for tests: S3Proxy ({@code org.gaul:s3proxy} jar-with-dependencies) with the
 * {@code filesystem-nio2} backend, run as a child process on 127.0.0.1 so its libraries never
 * meet the service's class path. It can be stopped and started again on the same port and
 * directory, to test what a service does while storage is down.
 *
 * <p>The jar is looked up at the system property {@code s3proxy.jar}, else at
 * {@code target/s3proxy/s3proxy.jar} (copied there by the build's {@code copy-s3proxy}
 * execution).
 */
public final class S3ProxyServer {

    /** Access key the server accepts. */
    public static final String ACCESS_KEY = "newsroom-test";
    /** Secret key the server accepts. */
    public static final String SECRET_KEY = "newsroom-test-secret";

    private static S3ProxyServer shared;

    private final int port;
    private final Path directory;
    private final Path jar;
    private Process process;

    private S3ProxyServer(int port, Path directory, Path jar) {
        this.port = port;
        this.directory = directory;
        this.jar = jar;
    }

    /**
     * A server that is not started yet and is not stopped at JVM exit (for local runs that outlive the JVM).
     *
     * @param port      TCP port on 127.0.0.1
     * @param directory folder that holds the buckets; created if missing
     * @param jar       the S3Proxy jar-with-dependencies
     * @return the server; call {@link #start()}
     */
    public static S3ProxyServer at(int port, Path directory, Path jar) {
        return new S3ProxyServer(port, directory, jar);
    }

    /** @return the server of this JVM, started on first use on a free port with an empty temp directory */
    public static synchronized S3ProxyServer shared() {
        if (shared == null) {
            try {
                shared = new S3ProxyServer(freePort(), Files.createTempDirectory("s3proxy"),
                        Path.of(System.getProperty("s3proxy.jar", "target/s3proxy/s3proxy.jar")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shared.start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    /** @return {@code http://127.0.0.1:PORT} */
    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** @return the folder that holds the buckets (one sub-folder per bucket) */
    public Path directory() {
        return directory;
    }

    /**
     * Starts the process if it is not running and waits until it accepts connections.
     *
     * @throws IllegalStateException if the jar is missing or the server does not come up in 60 s
     */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("S3Proxy jar not found at " + jar.toAbsolutePath()
                    + "; build with Maven so that the copy-s3proxy execution puts it there");
        }
        try {
            Files.createDirectories(directory);
            Path props = Files.createTempFile("s3proxy", ".properties");
            Files.writeString(props, String.join("\n",
                    "s3proxy.endpoint=" + endpoint(),
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=filesystem-nio2",
                    "jclouds.filesystem.basedir=" + directory.toAbsolutePath(),
                    ""));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            process = new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", jar.toAbsolutePath().toString(),
                    "--properties", props.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolveSibling(directory.getFileName() + ".log").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start S3Proxy", e);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Proxy exited with code " + process.exitValue());
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep(100);
            }
        }
        throw new IllegalStateException("S3Proxy did not accept connections on port " + port + " within 60 s");
    }

    /** @return the process id of the running server, or -1 when it is not running */
    public synchronized long pid() {
        return process != null && process.isAlive() ? process.pid() : -1;
    }

    /** Stops the process (the stored files stay) and waits for it to exit. */
    public synchronized void stop() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    /**
     * @return a TCP port that was free on this machine a moment ago (the OS picks it)
     * @throws IOException if no socket can be opened
     */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
