package io.newsflow.ingest.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.events.Json;
import io.newsflow.service.management.ManagementEndpoints;
import io.newsflow.service.management.Readiness;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.clean.PageRejectedException;
import io.newsflow.ingest.clean.ScrapedPage;
import io.newsflow.ingest.publish.PagePublisher;
import io.newsflow.ingest.publish.PagePublisher.Published;
import io.newsflow.ingest.source.InvalidPageException;
import io.newsflow.ingest.source.RawPages;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 *   <li>{@code GET /health/live}, {@code GET /health/ready} (Kafka reachable), {@code GET /metrics} (Prometheus):
 *       the {@link ManagementEndpoints} every service serves.</li>
 * </ul>
 * A page is answered 202 only once Kafka acknowledged it; every error is a JSON {@code {error, message}} with
 * 400, 401, 404, 405, 413, 415, 422 or 503. {@code /v1/*} needs {@code Authorization: Bearer <token>} when a token
 * is configured.
 *
 * <p>Thread-safe; requests are served by a fixed pool of {@link IngestConfig#httpThreads()} threads. The
 * request-count fields are guarded by {@code activity}.
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
    // JSON escaping can make a page's JSON body larger than the page itself
    private static final int JSON_OVERHEAD_FACTOR = 2;

    private final IngestConfig config;
    private final PagePublisher publisher;
    private final RawPages rawPages;
    private final ManagementEndpoints management;
    private final PrometheusMeterRegistry registry;
    private final byte[] expectedAuthorization;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Object activity = new Object();
    private int active;
    private boolean closing;

    /** Binds the port; {@link #start()} starts serving. */
    public IngestHttpServer(IngestConfig config, PagePublisher publisher, RawPages rawPages,
                            BooleanSupplier kafkaReachable, PrometheusMeterRegistry registry) throws IOException {
        this.config = config;
        this.publisher = publisher;
        this.rawPages = rawPages;
        this.management = new ManagementEndpoints(() -> kafkaReachable.getAsBoolean()
                ? Readiness.ready("Kafka is reachable") : Readiness.notReady("Kafka is not reachable"), registry::scrape);
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

    /**
     * Answers new requests 503 and waits for the requests in progress to finish (at most the ack timeout plus a
     * second), so that every page answered 202 was acknowledged; then closes the server.
     */
    @Override
    public void close() {
        // HttpServer.stop(delay) of JDK 17 always waits the whole delay, so requests in progress are counted here
        synchronized (activity) {
            closing = true;
            long deadline = System.nanoTime() + config.ackTimeout().toNanos() + TimeUnit.SECONDS.toNanos(1);
            try {
                while (active > 0 && System.nanoTime() < deadline) {
                    activity.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        server.stop(0);
        executor.shutdownNow();
    }

    private boolean enter() {
        synchronized (activity) {
            if (closing) {
                return false;
            }
            active++;
            return true;
        }
    }

    private void exit() {
        synchronized (activity) {
            active--;
            activity.notifyAll();
        }
    }

    private void handle(HttpExchange exchange) {
        if (!enter()) {
            respondError(exchange, new HttpProblem(503, "shutting_down", "the service is shutting down"));
            exchange.close();
            return;
        }
        try {
            handleActive(exchange);
        } finally {
            exit();
        }
    }

    private void handleActive(HttpExchange exchange) {
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
            case ManagementEndpoints.LIVE, ManagementEndpoints.READY, ManagementEndpoints.METRICS -> {
                return management.handle(exchange);
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
        Requests.MediaType type = Requests.MediaType.of(exchange);
        ScrapedPage page;
        if (JSON_TYPES.contains(type.base())) {
            byte[] body = Requests.readBody(exchange, (long) config.maxPageBytes() * JSON_OVERHEAD_FACTOR, IngestConfig.INGEST_MAX_PAGE_BYTES);
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

    private ScrapedPage rawBodyPage(HttpExchange exchange, Requests.MediaType type) throws HttpProblem, IOException {
        String url = Requests.header(exchange, "X-Page-Url").or(() -> Requests.query(exchange, "url"))
                .orElseThrow(() -> new HttpProblem(400, "missing_url", "give the page's URL in the X-Page-Url header"
                        + " or the url query parameter"));
        Instant fetchedAt = Requests.instant(Requests.header(exchange, "X-Fetched-At").or(() -> Requests.query(exchange, "fetched_at")));
        try {
            url = RawPages.requireHttpUrl(url);
        } catch (InvalidPageException e) {
            throw problem(e);
        }
        byte[] body = Requests.readBody(exchange, config.maxPageBytes(), IngestConfig.INGEST_MAX_PAGE_BYTES);
        ScrapedPage.Kind kind = type.base().equals("text/plain") ? ScrapedPage.Kind.TEXT : ScrapedPage.Kind.HTML;
        return new ScrapedPage(url, body, type.charset().orElse(null), kind, fetchedAt, SOURCE);
    }

    private int postBatch(HttpExchange exchange) throws HttpProblem, IOException {
        long deadline = System.nanoTime() + config.ackTimeout().toNanos();
        Requests.MediaType type = Requests.MediaType.of(exchange);
        if (!NDJSON_TYPES.contains(type.base())) {
            throw new HttpProblem(415, "unsupported_media_type", "Content-Type must be application/x-ndjson"
                    + " (one JSON page object per line); got " + type.raw());
        }
        byte[] body = Requests.readBody(exchange, config.maxBatchBytes(), IngestConfig.INGEST_MAX_BATCH_BYTES);
        List<int[]> lines = Requests.lines(body);
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


    private static String knownPath(String path) {
        return switch (path) {
            case ManagementEndpoints.LIVE, ManagementEndpoints.READY, ManagementEndpoints.METRICS, PAGES, BATCH -> path;
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
