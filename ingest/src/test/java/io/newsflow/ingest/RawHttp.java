package io.newsflow.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * A client on a bare socket, for what an HTTP client library does not let a test do: send headers or a body at a
 * chosen pace, or stop sending a body half-way and still read the answer.
 */
final class RawHttp implements AutoCloseable {

    /** A parsed answer. */
    record Answer(int status, String headers, String body) {

        String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private volatile long sent;

    RawHttp(int port, Duration readTimeout) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.setSoTimeout((int) readTimeout.toMillis());
        out = socket.getOutputStream();
        in = socket.getInputStream();
    }

    void send(String text) throws IOException {
        send(text.getBytes(StandardCharsets.UTF_8));
    }

    void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        sent += bytes.length;
    }

    /** Sends {@code bytes} as one chunk of a {@code Transfer-Encoding: chunked} body. */
    void sendChunk(byte[] bytes) throws IOException {
        send(Integer.toHexString(bytes.length) + "\r\n");
        send(bytes);
        send("\r\n");
    }

    /** Bytes written so far. */
    long sent() {
        return sent;
    }

    /** Reads one answer (status line, headers, a {@code Content-Length} body); fails on a closed connection. */
    Answer read() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the server closed the connection before answering");
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        int status = Integer.parseInt(text.substring(9, 12));
        String headers = text.substring(text.indexOf("\r\n") + 2);
        int length = 0;
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring("content-length:".length()).strip());
            }
        }
        byte[] body = in.readNBytes(length);
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    /**
     * Waits until the server closes the connection (end of stream or reset), discarding anything it sends; false
     * when it is still open after the socket's read timeout.
     */
    boolean awaitClosedByServer() throws IOException {
        try {
            while (in.read() >= 0) {
                // discard
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
