package io.newsflow.ingest.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.events.Json;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.clean.PageRejectedException;
import io.newsflow.ingest.clean.ScrapedPage;
import io.newsflow.ingest.publish.PagePublisher;
import io.newsflow.ingest.publish.PagePublisher.Published;
import io.newsflow.ingest.source.InvalidPageException;
import io.newsflow.ingest.source.RawPages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest HTTP API on the JDK's built-in server:
 * <ul>
 *   <li>{@code POST /v1/pages}: one page, as JSON {@code {url, html | text, fetched_at?}}, or as {@code text/html} /
 *       {@code text/plain} with the URL in the {@code X-Page-Url} header or the {@code url} query parameter (and
 *       optionally {@code X-Fetched-At} / {@code fetched_at});</li>
 *   <li>{@code POST /v1/pages/batch}: NDJSON, one page object per line, with a result per line;</li>
 *   <li>{@code GET /health/live}, {@code GET /health/ready} (Kafka reachable), {@code GET /metrics} (Prometheus).</li>
 * </ul>
 * A page is answered 202 only once Kafka acknowledged it; every error is a JSON {@code {error, message}} with
 * 400, 401, 404, 405, 413, 415, 422 or 503. {@code /v1/*} needs {@code Authorization: Bearer <token>} when a token
 * is configured.
 *
 * <p>Thread-safe; requests are served by a fixed pool of {@link IngestConfig#httpThreads()} threads.
 */
public final class IngestHttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestHttpServer.class);
    private static final Set<String> JSON_TYPES = Set.of("application/json");
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    private static final Set<String> NDJSON_TYPES = Set.of("application/x-ndjson", "application/ndjson",
            "application/jsonl", "application/jsonlines", "application/x-jsonlines");
    private static final String PAGES = "/v1/pages";
    private static final String BATCH = "/v1/pages/batch";
    private static final String SOURCE = "http";
    private static final long DRAIN_LIMIT = 64L << 20;
    // JSON escaping can make a page's JSON body larger than the page itself
    private static final int JSON_OVERHEAD_FACTOR = 2;

    private final IngestConfig config;
    private final PagePublisher publisher;
    private final RawPages rawPages;
    private final BooleanSupplier kafkaReachable;
    private final PrometheusMeterRegistry registry;
    private final byte[] expectedAuthorization;
    private final HttpServer server;
    private final ExecutorService executor;

    /** Binds the port; {@link #start()} starts serving. */
    public IngestHttpServer(IngestConfig config, PagePublisher publisher, RawPages rawPages,
                            BooleanSupplier kafkaReachable, PrometheusMeterRegistry registry) throws IOException {
        this.config = config;
        this.publisher = publisher;
        this.rawPages = rawPages;
        this.kafkaReachable = kafkaReachable;
        this.registry = registry;
        this.expectedAuthorization = config.apiToken().map(token -> ("Bearer " + token).getBytes(StandardCharsets.UTF_8))
                .orElse(null);
        this.server = HttpServer.create(new InetSocketAddress(config.httpHost(), config.httpPort()), 0);
        this.executor = Executors.newFixedThreadPool(config.httpThreads());
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    public void start() {
        server.start();
        LOG.info("ingest HTTP API listening on {}:{}", config.httpHost(), port());
    }

    /** The bound port (useful with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops accepting requests and lets requests in progress finish (at most the ack timeout plus a second). */
    @Override
    public void close() {
        server.stop((int) Math.max(1, config.ackTimeout().toSeconds() + 1));
        executor.shutdown();
        try {
            executor.awaitTermination(config.ackTimeout().toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) {
        long start = System.nanoTime();
        String path = exchange.getRequestURI().getPath();
        int status;
        try {
            status = route(exchange, path);
        } catch (HttpProblem problem) {
            status = problem.status();
            respondError(exchange, problem);
        } catch (RuntimeException | IOException e) {
            LOG.error("{} {} failed", exchange.getRequestMethod(), path, e);
            status = 500;
            respondError(exchange, new HttpProblem(500, "internal_error", "the request failed: " + e));
        } finally {
            exchange.close();
        }
        Timer.builder("ingest.http.requests").tag("path", knownPath(path)).tag("status", Integer.toString(status))
                .register(registry).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }

    private int route(HttpExchange exchange, String path) throws HttpProblem, IOException {
        String method = exchange.getRequestMethod();
        switch (path) {
            case "/health/live" -> {
                requireMethod(method, "GET");
                return respond(exchange, 200, Json.mapper().createObjectNode().put("status", "up"));
            }
            case "/health/ready" -> {
                requireMethod(method, "GET");
                boolean ready = kafkaReachable.getAsBoolean();
                ObjectNode body = Json.mapper().createObjectNode().put("status", ready ? "ready" : "not_ready");
                if (!ready) {
                    body.put("message", "Kafka is not reachable");
                }
                return respond(exchange, ready ? 200 : 503, body);
            }
            case "/metrics" -> {
                requireMethod(method, "GET");
                return respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8",
                        registry.scrape().getBytes(StandardCharsets.UTF_8));
            }
            case PAGES -> {
                requireMethod(method, "POST");
                authorize(exchange);
                return postPage(exchange);
            }
            case BATCH -> {
                requireMethod(method, "POST");
                authorize(exchange);
                return postBatch(exchange);
            }
            default -> throw new HttpProblem(404, "not_found", "no such endpoint: " + path
                    + " (POST " + PAGES + ", POST " + BATCH + ", GET /health/live, /health/ready, /metrics)");
        }
    }

    private int postPage(HttpExchange exchange) throws HttpProblem, IOException {
        long deadline = System.nanoTime() + config.ackTimeout().toNanos();
        MediaType type = MediaType.of(exchange);
        ScrapedPage page;
        if (JSON_TYPES.contains(type.base())) {
            byte[] body = readBody(exchange, (long) config.maxPageBytes() * JSON_OVERHEAD_FACTOR, "INGEST_MAX_PAGE_BYTES");
            try {
                page = rawPages.parse(body, SOURCE);
            } catch (InvalidPageException e) {
                throw problem(e);
            }
        } else if (HTML_TYPES.contains(type.base()) || type.base().equals("text/plain")) {
            page = rawBodyPage(exchange, type);
        } else {
            throw new HttpProblem(415, "unsupported_media_type", "Content-Type must be application/json, text/html,"
                    + " application/xhtml+xml or text/plain; got " + type.raw());
        }
        Published published = await(publish(page), deadline);
        ObjectNode body = Json.mapper().createObjectNode().put("id", published.id()).put("url", published.url())
                .put("status", "accepted");
        return respond(exchange, 202, body);
    }

    private ScrapedPage rawBodyPage(HttpExchange exchange, MediaType type) throws HttpProblem, IOException {
        String url = header(exchange, "X-Page-Url").or(() -> query(exchange, "url"))
                .orElseThrow(() -> new HttpProblem(400, "missing_url", "give the page's URL in the X-Page-Url header"
                        + " or the url query parameter"));
        Instant fetchedAt = instant(header(exchange, "X-Fetched-At").or(() -> query(exchange, "fetched_at")));
        try {
            url = RawPages.requireHttpUrl(url);
        } catch (InvalidPageException e) {
            throw problem(e);
        }
        byte[] body = readBody(exchange, config.maxPageBytes(), "INGEST_MAX_PAGE_BYTES");
        ScrapedPage.Kind kind = type.base().equals("text/plain") ? ScrapedPage.Kind.TEXT : ScrapedPage.Kind.HTML;
        return new ScrapedPage(url, body, type.charset().orElse(null), kind, fetchedAt, SOURCE);
    }

    private int postBatch(HttpExchange exchange) throws HttpProblem, IOException {
        long deadline = System.nanoTime() + config.ackTimeout().toNanos();
        MediaType type = MediaType.of(exchange);
        if (!NDJSON_TYPES.contains(type.base())) {
            throw new HttpProblem(415, "unsupported_media_type", "Content-Type must be application/x-ndjson"
                    + " (one JSON page object per line); got " + type.raw());
        }
        byte[] body = readBody(exchange, config.maxBatchBytes(), "INGEST_MAX_BATCH_BYTES");
        List<int[]> lines = lines(body);
        if (lines.isEmpty()) {
            throw new HttpProblem(400, "empty_batch", "the batch has no page: send one JSON page object per line");
        }
        if (lines.size() > config.maxBatchPages()) {
            throw new HttpProblem(413, "too_many_pages", "the batch has " + lines.size() + " pages, over the limit of "
                    + config.maxBatchPages() + " (INGEST_MAX_BATCH_PAGES)");
        }
        List<LineResult> results = new ArrayList<>(lines.size());
        for (int[] line : lines) {
            results.add(submitLine(body, line));
        }
        int accepted = 0;
        int unavailable = 0;
        for (LineResult result : results) {
            result.settle(deadline);
            if (result.status == 202) {
                accepted++;
            } else if (result.status == 503) {
                unavailable++;
            }
        }
        ObjectNode response = Json.mapper().createObjectNode();
        int status;
        if (unavailable > 0) {
            status = 503;
            response.put("error", "kafka_unavailable").put("message", unavailable + " page(s) were not acknowledged by"
                    + " Kafka within " + config.ackTimeout().toMillis() + " ms; retry them (pages answered 202 are"
                    + " safely stored)");
            exchange.getResponseHeaders().set("Retry-After", "5");
        } else if (accepted == 0) {
            status = 422;
            response.put("error", "no_page_accepted").put("message", "no page of the batch was accepted; see results");
        } else {
            status = 202;
        }
        response.put("accepted", accepted).put("rejected", results.size() - accepted);
        ArrayNode array = response.putArray("results");
        results.forEach(result -> array.add(result.toJson()));
        return respond(exchange, status, response);
    }

    private LineResult submitLine(byte[] body, int[] line) {
        LineResult result = new LineResult(line[0]);
        try {
            result.pending = publish(rawPages.parse(body, line[1], line[2] - line[1], SOURCE));
        } catch (InvalidPageException e) {
            result.fail(problem(e));
        } catch (HttpProblem e) {
            result.fail(e);
        }
        return result;
    }

    private CompletableFuture<Published> publish(ScrapedPage page) throws HttpProblem {
        try {
            return publisher.publish(page);
        } catch (PageRejectedException e) {
            int status = e.reason() == PageRejectedException.Reason.TOO_LARGE ? 413 : 422;
            throw new HttpProblem(status, "rejected_" + e.reason().name().toLowerCase(Locale.ROOT), e.getMessage());
        }
    }

    private Published await(CompletableFuture<Published> pending, long deadlineNanos) throws HttpProblem {
        try {
            return pending.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw unavailable("Kafka did not acknowledge the page within " + config.ackTimeout().toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RecordTooLargeException) {
                throw new HttpProblem(413, "record_too_large", "the cleaned page is larger than Kafka accepts: "
                        + cause.getMessage());
            }
            throw unavailable("Kafka did not acknowledge the page: " + cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while waiting for Kafka");
        }
    }

    private static HttpProblem unavailable(String message) {
        return new HttpProblem(503, "kafka_unavailable", message + "; retry later");
    }

    private static HttpProblem problem(InvalidPageException e) {
        return switch (e.problem()) {
            case MALFORMED -> new HttpProblem(400, "invalid_json", e.getMessage());
            case INVALID -> new HttpProblem(422, "invalid_page", e.getMessage());
            case TOO_LARGE -> new HttpProblem(413, "page_too_large", e.getMessage());
        };
    }

    private void authorize(HttpExchange exchange) throws HttpProblem {
        if (expectedAuthorization == null) {
            return;
        }
        String given = exchange.getRequestHeaders().getFirst("Authorization");
        if (given == null || !MessageDigest.isEqual(expectedAuthorization, given.getBytes(StandardCharsets.UTF_8))) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
            throw new HttpProblem(401, "unauthorized", given == null ? "this API needs an Authorization: Bearer token"
                    : "the bearer token is not valid");
        }
    }

    private static void requireMethod(String method, String allowed) throws HttpProblem {
        if (!allowed.equals(method)) {
            throw new HttpProblem(405, "method_not_allowed", method + " is not allowed here; use " + allowed);
        }
    }

    /**
     * Reads the request body, refusing one larger than {@code limit} bytes without keeping it. The rest of a refused
     * body is read and dropped (up to {@link #DRAIN_LIMIT}): a server that closes a connection with unread request
     * bytes makes the client's TCP stack discard the 413 answer as the connection is reset.
     */
    private static byte[] readBody(HttpExchange exchange, long limit, String variable) throws HttpProblem, IOException {
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
    private static List<int[]> lines(byte[] body) {
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

    private static Optional<String> header(HttpExchange exchange, String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name)).filter(v -> !v.isBlank())
                .map(String::strip);
    }

    private static Optional<String> query(HttpExchange exchange, String name) {
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

    private static Instant instant(Optional<String> value) throws HttpProblem {
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

    private static String knownPath(String path) {
        return switch (path) {
            case "/health/live", "/health/ready", "/metrics", PAGES, BATCH -> path;
            default -> "other";
        };
    }

    private int respond(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        return respond(exchange, status, "application/json", Json.mapper().writeValueAsBytes(body));
    }

    private static int respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
        return status;
    }

    private void respondError(HttpExchange exchange, HttpProblem problem) {
        if (problem.status() == 503) {
            exchange.getResponseHeaders().set("Retry-After", "5");
        }
        try {
            respond(exchange, problem.status(), Json.mapper().createObjectNode().put("error", problem.code())
                    .put("message", problem.getMessage()));
        } catch (IOException e) {
            LOG.debug("could not send the {} answer: {}", problem.status(), e.toString());
        }
    }

    /** A request's Content-Type: its base type in lower case and its charset parameter. */
    private record MediaType(String raw, String base, Optional<Charset> charset) {

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

    /** The outcome of one line of a batch; filled in by the request thread only. */
    private final class LineResult {
        private final int line;
        private CompletableFuture<Published> pending;
        private Published published;
        private int status;
        private HttpProblem problem;

        LineResult(int line) {
            this.line = line;
        }

        void fail(HttpProblem failure) {
            status = failure.status();
            problem = failure;
        }

        void settle(long deadlineNanos) {
            if (pending == null) {
                return;
            }
            try {
                published = await(pending, deadlineNanos);
                status = 202;
            } catch (HttpProblem failure) {
                fail(failure);
            }
        }

        ObjectNode toJson() {
            ObjectNode node = Json.mapper().createObjectNode().put("line", line).put("status", status);
            if (published != null) {
                node.put("id", published.id()).put("url", published.url());
            } else {
                node.put("error", problem.code()).put("message", problem.getMessage());
            }
            return node;
        }
    }
}
