package io.newsflow.ingest.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reading the parts of an HTTP request the API needs: bounded bodies, NDJSON lines, headers, query, media type. */
final class Requests {

    /** How much of a refused body is still read, so that the client receives the 413 answer. */
    private static final long DRAIN_LIMIT = 64L << 20;

    private Requests() {
    }

    /**
     * Reads the request body, refusing one larger than {@code limit} bytes without keeping it. The rest of a refused
     * body is read and dropped (up to {@link #DRAIN_LIMIT}): a server that closes a connection with unread request
     * bytes makes the client's TCP stack discard the 413 answer as the connection is reset.
     */
    static byte[] readBody(HttpExchange exchange, long limit, String variable) throws HttpProblem, IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        try (InputStream in = exchange.getRequestBody()) {
            if (length != null && contentLength(length) > limit) {
                drain(in);
                throw tooLarge(contentLength(length), limit, variable);
            }
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                drain(in);
                throw tooLarge(body.length, limit, variable);
            }
            return body;
        }
    }

    private static long contentLength(String header) throws HttpProblem {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            throw new HttpProblem(400, "bad_content_length", "Content-Length is not a number: " + header);
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long drained = 0;
        int read;
        while (drained < DRAIN_LIMIT && (read = in.read(buffer)) >= 0) {
            drained += read;
        }
    }

    private static HttpProblem tooLarge(long size, long limit, String variable) {
        return new HttpProblem(413, "payload_too_large", "the request body is " + (size > limit ? "over " : "")
                + limit + " bytes, the limit (" + variable + ")");
    }

    /** {@code [lineNumber, start, end)} of every non-blank line. */
    static List<int[]> lines(byte[] body) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '\n') {
                int end = i > start && body[i - 1] == '\r' ? i - 1 : i;
                if (!isBlank(body, start, end)) {
                    lines.add(new int[] {number, start, end});
                }
                start = i + 1;
                number++;
            }
        }
        return lines;
    }

    private static boolean isBlank(byte[] bytes, int start, int end) {
        for (int i = start; i < end; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    static Optional<String> header(HttpExchange exchange, String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name)).filter(v -> !v.isBlank())
                .map(String::strip);
    }

    static Optional<String> query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
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

    static Instant instant(Optional<String> value) throws HttpProblem {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(value.get());
        } catch (DateTimeParseException e) {
            throw new HttpProblem(400, "invalid_fetched_at", "the fetch time must be an ISO-8601 UTC instant such as"
                    + " 2026-01-31T08:00:00Z; got " + value.get());
        }
    }

    /** A request's Content-Type: its base type in lower case and its charset parameter. */
    record MediaType(String raw, String base, Optional<Charset> charset) {

        static MediaType of(HttpExchange exchange) throws HttpProblem {
            String raw = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
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
                        throw new HttpProblem(415, "unsupported_charset", "unknown charset in Content-Type: " + name);
                    }
                }
            }
            return new MediaType(raw.isBlank() ? "(none)" : raw, base, charset);
        }
    }
}
