package org.connectedcouncils.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An HTTP/1.1 request written by hand on a socket, for bodies no client library sends: a declared length far over
 * the limit, or a chunked body that never ends. A writer thread sends the body while the answer is read, so a
 * server that answers early is heard; the writer counts what it got onto the wire.
 */
public final class RawHttp {

    /** The answer's status and body text, and how many body bytes the writer had sent when the answer came. */
    public record Answer(int status, String body, long bodyBytesSent) {
    }

    private RawHttp() {
    }

    /**
     * POSTs {@code bodyBytes} bytes of JSON ({@code {"name":"xxx…}) as {@code user}: with that Content-Length, or
     * chunked when {@code chunked}. The bytes are made as they are sent; an endless body is Long.MAX_VALUE.
     */
    public static Answer post(URI uri, String user, long bodyBytes, boolean chunked) {
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\n"
                    + RequestActor.HEADER + ": " + user + "\r\nContent-Type: application/json\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + bodyBytes + "\r\n")
                    + "Connection: close\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            AtomicLong sent = new AtomicLong();
            Thread writer = new Thread(() -> writeBody(out, bodyBytes, chunked, sent), "raw-http-body");
            writer.setDaemon(true);
            writer.start();
            byte[] answer = readAll(socket.getInputStream());
            long sentWhenAnswered = sent.get();
            socket.close();
            writer.join(10_000);
            return parse(new String(answer, StandardCharsets.UTF_8), sentWhenAnswered);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void writeBody(OutputStream out, long total, boolean chunked, AtomicLong sent) {
        byte[] block = new byte[16 * 1024];
        Arrays.fill(block, (byte) 'x');
        byte[] start = "{\"name\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, block, 0, start.length);
        try {
            boolean first = true;
            while (sent.get() < total) {
                int n = (int) Math.min(block.length, total - sent.get());
                if (chunked) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(block, 0, n);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                sent.addAndGet(n);
                if (first) {
                    Arrays.fill(block, 0, start.length, (byte) 'x');
                    first = false;
                }
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        } catch (IOException e) {
            // the server answered and closed: expected for a refused body
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                answer.write(buffer, 0, n);
            }
        } catch (IOException e) {
            if (answer.size() == 0) {
                throw e;
            }
            // the connection was reset after the answer came: keep what was read
        }
        return answer.toByteArray();
    }

    private static Answer parse(String raw, long sent) {
        int status = Integer.parseInt(raw.substring(9, 12));
        int bodyAt = raw.indexOf("\r\n\r\n");
        String headers = raw.substring(0, bodyAt).toLowerCase(java.util.Locale.ROOT);
        String body = raw.substring(bodyAt + 4);
        if (headers.contains("transfer-encoding: chunked")) {
            body = unchunk(body);
        }
        return new Answer(status, body, sent);
    }

    private static String unchunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
