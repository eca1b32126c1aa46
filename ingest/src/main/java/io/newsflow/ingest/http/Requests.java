package io.newsflow.ingest.http;

import io.newsflow.ingest.publish.Rejection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reading the parts of an HTTP request the API needs: bodies read as they arrive, bounded in size and in time, NDJSON
 * cut into lines while it is read, headers, query, media type.
 */
final class Requests {

    private Requests() {
    }

    /** Receives the body of a request as it arrives, a buffer at a time. */
    @FunctionalInterface
    interface BodySink {
        void accept(ByteBuffer data) throws HttpProblem;
    }

    /**
     * Reads the request body into {@code sink} as it arrives. A body larger than {@code limit} bytes is refused (413
     * naming {@code variable}; {@code page_too_large} when {@code page}, the body being the page itself, else
     * {@code payload_too_large}) as soon as its size is known, from {@code Content-Length} or once that many bytes
     * were read; the rest is not read. A body not received before {@code deadlineNanos} (a {@link System#nanoTime()}
     * instant) is refused 408. Every byte read is taken from {@code budget} (503 or 413 when it runs out).
     *
     * @return the number of bytes read
     */
    static long readBody(Request request, long limit, String variable, boolean page, long deadlineNanos,
                         Duration readTimeout, BodyBudget.Share budget, BodySink sink) throws HttpProblem, IOException {
        long declared = request.getLength();
        if (declared > limit) {
            throw tooLarge(declared, limit, variable, page);
        }
        long read = 0;
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                awaitContent(request, deadlineNanos, readTimeout);
                continue;
            }
            if (Content.Chunk.isFailure(chunk)) {
                Throwable failure = chunk.getFailure();
                if (failure instanceof TimeoutException) {
                    throw readTimeout(readTimeout);
                }
                throw new IOException("the request body could not be read: " + failure, failure);
            }
            try {
                ByteBuffer data = chunk.getByteBuffer();
                read += data.remaining();
                if (read > limit) {
                    throw tooLarge(read, limit, variable, page);
                }
                if (data.hasRemaining()) {
                    budget.take(data.remaining());
                    sink.accept(data);
                }
            } finally {
                chunk.release();
            }
            if (chunk.isLast()) {
                return read;
            }
        }
    }

    /** Reads the whole body, at most {@code limit} bytes (see the streaming {@code readBody}). */
    static byte[] readBody(Request request, long limit, String variable, boolean page, long deadlineNanos,
                           Duration readTimeout, BodyBudget.Share budget) throws HttpProblem, IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream((int) Math.min(Math.max(request.getLength(), 0), limit));
        readBody(request, limit, variable, page, deadlineNanos, readTimeout, budget, data -> {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            body.write(bytes, 0, bytes.length);
        });
        return body.toByteArray();
    }

    /**
     * Reads and drops what is left of a refused request's body, at most {@code maxBytes} and until
     * {@code deadlineNanos}, so that a client still sending it reads the answer instead of a reset connection (the
     * same bounded "swallow" Tomcat does). Only a body of declared length is read: not one declared larger than
     * that, nor a chunked one (it may never end), nor one the client holds back until told to continue
     * ({@code Expect: 100-continue}; it is never sent).
     *
     * @return whether the whole body was read, so the connection can carry the next request
     */
    static boolean discardBody(Request request, long maxBytes, long deadlineNanos) {
        long declared = request.getLength();
        if (declared < 0 || declared > maxBytes
                || request.getHeaders().contains(HttpHeader.EXPECT, "100-continue")) {
            return false;
        }
        long read = 0;
        try {
            while (read <= maxBytes) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    awaitContent(request, deadlineNanos, Duration.ZERO);
                    continue;
                }
                try {
                    if (Content.Chunk.isFailure(chunk)) {
                        return false;
                    }
                    read += chunk.remaining();
                    if (chunk.isLast()) {
                        return read <= maxBytes;
                    }
                } finally {
                    chunk.release();
                }
            }
            return false;
        } catch (HttpProblem | IOException e) {
            return false;
        }
    }

    private static void awaitContent(Request request, long deadlineNanos, Duration readTimeout)
            throws HttpProblem, IOException {
        CompletableFuture<Void> available = new CompletableFuture<>();
        request.demand(() -> available.complete(null));
        try {
            available.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw readTimeout(readTimeout);
        } catch (ExecutionException e) {
            throw new IOException("the request body could not be read", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the request body", e);
        }
    }

    private static HttpProblem readTimeout(Duration readTimeout) {
        return new HttpProblem(408, "request_timeout", "the request body was not received within "
                + readTimeout.toMillis() + " ms (INGEST_HTTP_READ_TIMEOUT_MS)", Rejection.TIMEOUT);
    }

    private static HttpProblem tooLarge(long size, long limit, String variable, boolean page) {
        return new HttpProblem(413, page ? "page_too_large" : "payload_too_large",
                (page ? "the page" : "the request body") + " is " + (size > limit ? "over " : "") + limit
                        + " bytes, the limit (" + variable + ")", Rejection.TOO_LARGE);
    }

    /**
     * Cuts NDJSON into lines as it arrives, keeping only the line being read: a line longer than the limit is
     * skipped as it is read and reported by its size; blank lines are skipped. Line numbers count every line.
     * Not thread-safe.
     */
    static final class LineSplitter implements BodySink {

        /** Receives the lines. */
        interface Lines {
            /** A non-blank line: {@code bytes[0, length)}, without its line end; the array is reused afterwards. */
            void line(int number, byte[] bytes, int length) throws HttpProblem;

            /** A line over the limit; its bytes were not kept. */
            void oversized(int number, long size) throws HttpProblem;
        }

        private final int maxLineBytes;
        private final Lines lines;
        private byte[] buffer = new byte[8 * 1024];
        private int length;
        private long size;
        private boolean oversized;
        private boolean endsWithCr;
        private int number = 1;

        LineSplitter(int maxLineBytes, Lines lines) {
            this.maxLineBytes = maxLineBytes;
            this.lines = lines;
        }

        @Override
        public void accept(ByteBuffer data) throws HttpProblem {
            // a line's bytes are found by one scan for its end and copied at once, not byte by byte
            while (data.hasRemaining()) {
                int from = data.position();
                int limit = data.limit();
                int end = from;
                while (end < limit && data.get(end) != '\n') {
                    end++;
                }
                int count = end - from;
                if (count > 0) {
                    size += count;
                    endsWithCr = data.get(end - 1) == '\r';
                    // one byte more than the limit is kept, for a '\r' before the '\n'
                    if (oversized) {
                        // the line's bytes are not kept, only counted
                    } else if (length + (long) count > maxLineBytes + 1L) {
                        oversized = true;
                        length = 0;
                    } else {
                        if (length + count > buffer.length) {
                            buffer = Arrays.copyOf(buffer, (int) Math.min((long) maxLineBytes + 1,
                                    Math.max(length + count, buffer.length * 2L)));
                        }
                        data.get(from, buffer, length, count);
                        length += count;
                    }
                }
                if (end < limit) {
                    data.position(end + 1);
                    endLine();
                } else {
                    data.position(limit);
                }
            }
        }

        /** Ends the last line, which needs no line end. */
        void finish() throws HttpProblem {
            endLine();
        }

        private void endLine() throws HttpProblem {
            int end = length > 0 && buffer[length - 1] == '\r' ? length - 1 : length;
            if (oversized || end > maxLineBytes) {
                lines.oversized(number, endsWithCr ? size - 1 : size);
            } else if (!isBlank(buffer, end)) {
                lines.line(number, buffer, end);
            }
            length = 0;
            size = 0;
            oversized = false;
            endsWithCr = false;
            number++;
        }

        private static boolean isBlank(byte[] bytes, int end) {
            for (int i = 0; i < end; i++) {
                if (bytes[i] != ' ' && bytes[i] != '\t') {
                    return false;
                }
            }
            return true;
        }
    }

    static Optional<String> header(Request request, String name) {
        return Optional.ofNullable(request.getHeaders().get(name)).filter(v -> !v.isBlank()).map(String::strip);
    }

    static Optional<String> query(Request request, String name) {
        String query = request.getHttpURI().getQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name) && eq >= 0) {
                return Optional.of(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8))
                        .filter(v -> !v.isBlank());
            }
        }
        return Optional.empty();
    }

    /** The instant in {@code value}, given in the header or query parameter {@code name}; null when absent. */
    static Instant instant(Optional<String> value, String name) throws HttpProblem {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(value.get());
        } catch (DateTimeParseException e) {
            throw new HttpProblem(400, "invalid_field", name + ": expected an ISO-8601 instant such as"
                    + " 2026-03-01T12:00:00Z, got \"" + value.get() + "\"", name, Rejection.INVALID_FIELD);
        }
    }

    /** A request's Content-Type: its base type in lower case and its charset parameter. */
    record MediaType(String raw, String base, Optional<Charset> charset) {

        static MediaType of(Request request) throws HttpProblem {
            String raw = Optional.ofNullable(request.getHeaders().get("Content-Type")).orElse("");
            String[] parts = raw.split(";");
            String base = parts[0].strip().toLowerCase(Locale.ROOT);
            Optional<Charset> charset = Optional.empty();
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip();
                if (parameter.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    String name = parameter.substring("charset=".length()).replace("\"", "").strip();
                    try {
                        charset = Optional.of(Charset.forName(name));
                    } catch (IllegalArgumentException e) {
                        throw new HttpProblem(415, "unsupported_charset", "Content-Type: unknown charset \"" + name
                                + "\"; use a charset such as utf-8", "Content-Type", Rejection.UNSUPPORTED_MEDIA_TYPE);
                    }
                }
            }
            return new MediaType(raw.isBlank() ? "(none)" : raw, base, charset);
        }
    }
}
