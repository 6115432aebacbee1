package io.newsroom.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 exchange over a plain socket to 127.0.0.1, sending the request's bytes exactly as given (a request
 * target no URI class accepts, a NUL in a header, a body the server refuses before reading it) and reading the answer
 * until the server closes the connection (the request asks for {@code Connection: close}). Unlike dev-stack's
 * {@code RawHttp}, a write the server cuts short (it answered 413 and closed) is not an error: the answer is read.
 */
final class RawExchange {

    /**
     * What the server answered.
     *
     * @param status  the status code
     * @param headers the headers, names in lower case
     * @param body    the body as UTF-8 (de-chunked)
     */
    record Answer(int status, Map<String, String> headers, String body) {

        /** @return the header's value, or the empty string */
        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    private RawExchange() {
    }

    /**
     * @param port      the server's port on 127.0.0.1
     * @param request   the whole request (request line, headers, blank line, body)
     * @param timeoutMs how long to wait for the answer, in milliseconds
     * @return the answer
     * @throws IOException when no status line came back
     */
    static Answer exchange(int port, byte[] request, int timeoutMs) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(timeoutMs);
            OutputStream out = socket.getOutputStream();
            try {
                for (int at = 0; at < request.length; at += 65536) {
                    out.write(request, at, Math.min(65536, request.length - at));
                }
                out.flush();
            } catch (IOException cutShort) {
                // the server answered before reading everything and closed: read what it said
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    received.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException | java.net.SocketException closedOrSilent) {
                // answer what came
            }
            return parse(received.toByteArray());
        }
    }

    private static Answer parse(byte[] raw) throws IOException {
        String head = new String(raw, StandardCharsets.ISO_8859_1);
        int end = head.indexOf("\r\n\r\n");
        if (!head.startsWith("HTTP/1.") || end < 0) {
            throw new IOException("no HTTP answer: " + head.substring(0, Math.min(200, head.length())));
        }
        String[] lines = head.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        } else if (headers.containsKey("content-length")) {
            int length = Integer.parseInt(headers.get("content-length"));
            body = java.util.Arrays.copyOf(body, Math.min(length, body.length));
        }
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOfCrlf(body, at);
            if (lineEnd < 0) {
                break;
            }
            String size = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int n = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
            if (n == 0) {
                break;
            }
            int start = lineEnd + 2;
            out.write(body, start, Math.min(n, body.length - start));
            at = start + n + 2;
        }
        return out.toByteArray();
    }

    private static int indexOfCrlf(byte[] b, int from) {
        for (int i = from; i + 1 < b.length; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
