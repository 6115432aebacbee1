package io.newsroom.devstack.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 exchange over a plain socket, for requests an HTTP client library will not send or cannot survive: a
 * body the server refuses before reading it (the client would fail writing the rest), a malformed request line.
 */
public final class RawHttp {

    /**
     * What the server answered.
     *
     * @param status  the status code
     * @param headers the headers, names in lower case
     * @param body    the body as UTF-8 (read until the connection closes or Content-Length bytes)
     */
    public record Answer(int status, Map<String, String> headers, String body) {
    }

    private RawHttp() {
    }

    /**
     * @param port    the server's port on 127.0.0.1
     * @param request the request's bytes, exactly as sent (request line, headers, blank line, any body)
     * @return the answer
     * @throws UncheckedIOException when no status line came back within 10 s
     */
    public static Answer exchange(int port, byte[] request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int headEnd = -1;
            int contentLength = -1;
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    received.write(buffer, 0, n);
                    String text = received.toString(StandardCharsets.ISO_8859_1);
                    if (headEnd < 0 && (headEnd = text.indexOf("\r\n\r\n")) >= 0) {
                        contentLength = contentLength(text.substring(0, headEnd));
                    }
                    if (headEnd >= 0 && contentLength >= 0 && received.size() >= headEnd + 4 + contentLength) {
                        break;
                    }
                }
            } catch (SocketTimeoutException | java.net.SocketException closedOrSilent) {
                // answer what came
            }
            String text = received.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            if (!text.startsWith("HTTP/1.") || end < 0) {
                throw new UncheckedIOException(new IOException("no HTTP answer: " + text));
            }
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring(15).trim());
            }
        }
        return -1;
    }
}
