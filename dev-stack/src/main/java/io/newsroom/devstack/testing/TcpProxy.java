package io.newsroom.devstack.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on 127.0.0.1 to a target port that a test can take down and bring back on the same port: an outage of
 * the service behind it as its clients see one (connections refused, open connections cut), without stopping the
 * service itself. Used to take PostgreSQL away from a running Quarkus application ({@link ProxiedPostgresResource}).
 */
public final class TcpProxy implements AutoCloseable {

    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private volatile int port;

    /** @param targetPort the port on 127.0.0.1 to relay to */
    public TcpProxy(int targetPort) {
        this.targetPort = targetPort;
    }

    /** @return the port clients connect to (the same after {@link #down()} and {@link #up()}) */
    public int port() {
        return port;
    }

    /**
     * Starts accepting connections (on a free port the first time, then on the same port).
     *
     * @return this proxy
     * @throws UncheckedIOException when the port cannot be bound
     */
    public synchronized TcpProxy up() {
        if (server != null) {
            return this;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            port = socket.getLocalPort();
            server = socket;
            Thread accept = new Thread(() -> accept(socket), "tcp-proxy-" + port);
            accept.setDaemon(true);
            accept.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses new connections and cuts every open one, as a server that went away. */
    public synchronized void down() {
        ServerSocket socket = server;
        server = null;
        closeQuietly(socket);
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    /** @return whether the proxy accepts connections */
    public boolean isUp() {
        return server != null;
    }

    @Override
    public void close() {
        down();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(target);
                pump(client, target);
                pump(target, client);
            } catch (IOException closedOrRefused) {
                // the proxy was taken down, or the target refused: the client sees its connection closed
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException cut) {
                // one side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "tcp-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // already closed
            }
        }
    }
}
