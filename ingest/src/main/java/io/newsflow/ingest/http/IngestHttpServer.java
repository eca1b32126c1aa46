package io.newsflow.ingest.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.events.Json;
import io.newsflow.events.Page;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.clean.PageRejectedException;
import io.newsflow.ingest.clean.ScrapedPage;
import io.newsflow.ingest.publish.PagePublisher;
import io.newsflow.ingest.publish.PagePublisher.Published;
import io.newsflow.ingest.publish.Rejection;
import io.newsflow.ingest.source.InvalidPageException;
import io.newsflow.ingest.source.RawPages;
import io.newsflow.ingest.status.StatusPage;
import io.newsflow.service.management.ManagementEndpoints;
import io.newsflow.service.management.Readiness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest HTTP API:
 * <ul>
 *   <li>{@code POST /v1/pages}: one page, as JSON {@code {url, html | text, fetched_at?}}, or as {@code text/html} /
 *       {@code text/plain} with the URL in the {@code X-Page-Url} header or the {@code url} query parameter (and
 *       optionally {@code X-Fetched-At} / {@code fetched_at});</li>
 *   <li>{@code POST /v1/pages/batch}: NDJSON, one page object per line, answered with one object
 *       {@code {accepted, rejected, results}} holding a result per line;</li>
 *   <li>{@code GET /health/live}, {@code GET /health/ready} (Kafka reachable), {@code GET /metrics} (Prometheus):
 *       the {@link ManagementEndpoints} every service serves;</li>
 *   <li>{@code GET /} and {@code GET /v1/status}: the live {@link StatusPage} (no token needed).</li>
 * </ul>
 * A page is answered 202 only once Kafka acknowledged it; every error is a JSON {@code {error, message, field?}},
 * one status per kind of fault: 400 a request that is not a page request (not JSON, not an object, a field missing
 * or of the wrong type or format), 401, 404, 405, 408, 413 over a size or count limit, 415, 422 a page the cleaner
 * rejects (its reason in {@code error}), 503 with {@code Retry-After} (Kafka did not take it in time, busy). Every
 * refused page or request is counted by reason ({@link Rejection}). {@code /v1/*} needs
 * {@code Authorization: Bearer <token>} when a token is configured.
 *
 * <p>The server is Jetty (core handlers, no servlet layer): maintained, embeddable, and the server the Kafka ecosystem
 * itself embeds (Kafka Connect's REST API), with non-blocking connections, idle timeouts and connection limits.
 * Every resource a client can hold is bounded:
 * <ul>
 *   <li>connections: at most {@link IngestConfig#maxConnections()} (more wait in the accept queue); a connection
 *       waiting for request headers holds no thread, and is closed when the headers (of its first request, or of the
 *       next one on a kept-alive connection) did not arrive within {@link IngestConfig#readTimeout()};</li>
 *   <li>the body: read as it arrives, at most the read timeout (else 408) and the size limits (else 413 as soon as
 *       a limit is crossed); a batch is cut into lines while it is read, so no more than one batch of at most
 *       {@code INGEST_MAX_BATCH_BYTES} is held per request. What is left of a refused body of declared length, up to
 *       8 MiB and 10 s, is read and dropped before the answer, so a client still sending it reads the answer; any
 *       other refused body is left unread and the connection closed after the answer;</li>
 *   <li>memory: the bodies of all requests in progress together hold at most a quarter of the heap (503
 *       {@code busy} beyond it);</li>
 *   <li>API work: {@link IngestConfig#httpThreads()} workers with a bounded queue (503 {@code busy} beyond it);</li>
 *   <li>Kafka: one deadline per request, {@link IngestConfig#ackTimeout()} from the moment its body is read and its
 *       pages cleaned, shared by every page of a batch; a page Kafka did not take by then is answered 503 with
 *       {@code Retry-After}.</li>
 * </ul>
 * {@code /health/*}, {@code /metrics} and the status page are answered on the server's own threads, never by the
 * API workers, so probes, scrapes and the page answer while every worker waits for Kafka.
 *
 * <p>Thread-safe. The request-count fields are guarded by {@code activity}.
 */
public final class IngestHttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestHttpServer.class);
    private static final Set<String> JSON_TYPES = Set.of("application/json");
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    private static final Set<String> NDJSON_TYPES = Set.of("application/x-ndjson", "application/ndjson",
            "application/jsonl", "application/jsonlines", "application/x-jsonlines");
    private static final String PAGES = "/v1/pages";
    private static final String BATCH = "/v1/pages/batch";
    private static final String SOURCE = ScrapedPage.HTTP;
    private static final String JSON = "application/json";
    private static final String RETRY_AFTER_SECONDS = "5";
    /**
     * The most of a refused request's unread body that is read and dropped before answering, and for how long, so
     * that a client still sending it gets the answer; beyond either the connection is closed after the answer.
     */
    private static final long DISCARD_BYTES = 8L * 1024 * 1024;
    private static final long DISCARD_NANOS = TimeUnit.SECONDS.toNanos(10);
    // JSON escaping can make a page's JSON body larger than the page itself
    private static final int JSON_OVERHEAD_FACTOR = 2;
    // threads of the server itself: acceptor, selector, and the health, metrics and routing work
    private static final int SERVER_THREADS = 12;
    private static final int QUEUED_REQUESTS_PER_WORKER = 4;

    private final IngestConfig config;
    private final PagePublisher publisher;
    private final RawPages rawPages;
    private final ManagementEndpoints management;
    private final StatusPage statusPage;
    private final PrometheusMeterRegistry registry;
    private final byte[] expectedAuthorization;
    private final Server server;
    private final ServerConnector connector;
    private final HeaderDeadline headerDeadline;
    private final ThreadPoolExecutor workers;
    private final BodyBudget bodyBudget = new BodyBudget(Runtime.getRuntime().maxMemory() / 4);
    private final Object activity = new Object();
    private int active;
    private boolean closing;

    /** Binds the port; {@link #start()} starts serving. */
    public IngestHttpServer(IngestConfig config, PagePublisher publisher, RawPages rawPages,
                            BooleanSupplier kafkaReachable, PrometheusMeterRegistry registry, StatusPage statusPage)
            throws IOException {
        this.config = config;
        this.statusPage = statusPage;
        this.publisher = publisher;
        this.rawPages = rawPages;
        this.management = new ManagementEndpoints(() -> kafkaReachable.getAsBoolean()
                ? Readiness.ready("Kafka is reachable") : Readiness.notReady("Kafka is not reachable"), registry::scrape);
        this.registry = registry;
        this.expectedAuthorization = config.apiToken().map(token -> ("Bearer " + token).getBytes(StandardCharsets.UTF_8))
                .orElse(null);

        QueuedThreadPool serverThreads = new QueuedThreadPool(SERVER_THREADS, 2);
        serverThreads.setName("ingest-http");
        serverThreads.setDaemon(true);
        this.server = new Server(serverThreads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setIdleTimeout(config.readTimeout().toMillis());
        this.connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(config.httpHost());
        connector.setPort(config.httpPort());
        connector.setIdleTimeout(config.readTimeout().toMillis());
        Counter closedSlow = Counter.builder("ingest.http.connections.timed.out")
                .description("connections closed because request headers did not arrive within the read timeout")
                .register(registry);
        this.headerDeadline = new HeaderDeadline(config.readTimeout(), closedSlow::increment);
        connector.addBean(headerDeadline);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(config.maxConnections(), connector));
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                dispatch(request, response, callback);
                return true;
            }
        });
        server.setErrorHandler(IngestHttpServer::jettyError);

        AtomicInteger workerCount = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(config.httpThreads(), config.httpThreads(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(config.httpThreads() * QUEUED_REQUESTS_PER_WORKER), task -> {
                    Thread thread = new Thread(task, "ingest-api-" + workerCount.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        connector.open();
    }

    public void start() {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("the ingest HTTP API did not start: " + e, e);
        }
        headerDeadline.start();
        LOG.info("ingest HTTP API listening on {}:{}", config.httpHost(), port());
        if (config.maxBatchBytes() > bodyBudget.capacity()) {
            LOG.warn("{}={} is more than the {} bytes of request bodies this service holds at once (a quarter of its"
                    + " heap): batches larger than that are refused 413", IngestConfig.INGEST_MAX_BATCH_BYTES,
                    config.maxBatchBytes(), bodyBudget.capacity());
        }
        if (openWithoutToken(config)) {
            LOG.warn("the ingest API listens on {} (reachable from other hosts) without a token: anyone who can reach"
                    + " port {} can publish pages. Set {} (or {}_FILE), or bind loopback with {}=127.0.0.1",
                    config.httpHost(), port(), IngestConfig.INGEST_API_TOKEN, IngestConfig.INGEST_API_TOKEN,
                    IngestConfig.INGEST_HTTP_HOST);
        }
    }

    /** True when the API has no token and binds an address other hosts can reach. */
    static boolean openWithoutToken(IngestConfig config) {
        if (config.apiToken().isPresent()) {
            return false;
        }
        try {
            return !InetAddress.getByName(config.httpHost()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return true;
        }
    }

    /** The bound port (useful with port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /**
     * Answers new requests 503 and waits for the requests in progress to finish (at most the ack timeout plus a
     * second), so that every page answered 202 was acknowledged; then closes the server.
     */
    @Override
    public void close() {
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
        headerDeadline.close();
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("the ingest HTTP API did not stop cleanly: {}", e.toString());
        }
        workers.shutdownNow();
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

    /** On a server thread: health and metrics are answered here, API requests handed to the workers. */
    private void dispatch(Request request, Response response, Callback callback) {
        headerDeadline.requestStarted(request.getConnectionMetaData().getConnection());
        Exchange exchange = new Exchange(request, response, callback);
        String path = exchange.path;
        if (!enter()) {
            exchange.finishWithoutActivity(new HttpProblem(503, "shutting_down", "the service is shutting down"));
            return;
        }
        if (ManagementEndpoints.PATHS.contains(path) || StatusPage.PATHS.contains(path)) {
            try {
                ManagementEndpoints.Answer answer = ManagementEndpoints.PATHS.contains(path)
                        ? management.answer(request.getMethod(), path) : statusPage.answer(request.getMethod(), path);
                answer.headers().forEach((name, value) -> response.getHeaders().put(name, value));
                exchange.send(answer.status(), answer.contentType(),
                        "HEAD".equals(request.getMethod()) ? new byte[0] : answer.body());
            } catch (RuntimeException e) {
                exchange.fail(e);
            }
            return;
        }
        try {
            workers.execute(() -> serve(exchange));
        } catch (RejectedExecutionException e) {
            exchange.sendError(new HttpProblem(503, "busy", "all " + config.httpThreads() + " request workers ("
                    + IngestConfig.INGEST_HTTP_THREADS + ") are busy and " + workers.getQueue().size()
                    + " requests wait; retry later"));
        }
    }

    /** On a worker thread. */
    private void serve(Exchange exchange) {
        try {
            route(exchange);
        } catch (HttpProblem problem) {
            if (problem.status() != 408 && !Requests.discardBody(exchange.request, DISCARD_BYTES,
                    System.nanoTime() + Math.min(config.readTimeout().toNanos(), DISCARD_NANOS))) {
                exchange.response.getHeaders().put(HttpHeader.CONNECTION, "close");
            }
            exchange.sendError(problem);
        } catch (IOException e) {
            // the client went away or broke the body off: there is nobody to answer
            LOG.info("{} {}: the request could not be read: {}", exchange.request.getMethod(), exchange.path,
                    e.getMessage());
            exchange.abort(e);
        } catch (RuntimeException e) {
            exchange.fail(e);
        }
    }

    private void route(Exchange exchange) throws HttpProblem, IOException {
        String method = exchange.request.getMethod();
        switch (exchange.path) {
            case PAGES -> {
                requireMethod(method, "POST");
                authorize(exchange);
                postPage(exchange);
            }
            case BATCH -> {
                requireMethod(method, "POST");
                authorize(exchange);
                postBatch(exchange);
            }
            default -> throw new HttpProblem(404, "not_found", "no such endpoint: " + exchange.path
                    + " (POST " + PAGES + ", POST " + BATCH + ", GET /, /v1/status, /health/live, /health/ready,"
                    + " /metrics)");
        }
    }

    private long readDeadline() {
        return System.nanoTime() + config.readTimeout().toNanos();
    }

    private void postPage(Exchange exchange) throws HttpProblem, IOException {
        Request request = exchange.request;
        Requests.MediaType type = Requests.MediaType.of(request);
        ScrapedPage page;
        if (JSON_TYPES.contains(type.base())) {
            byte[] body = Requests.readBody(request, (long) config.maxPageBytes() * JSON_OVERHEAD_FACTOR,
                    IngestConfig.INGEST_MAX_PAGE_BYTES, false, readDeadline(), config.readTimeout(), exchange.budget);
            try {
                page = rawPages.parse(body, SOURCE);
            } catch (InvalidPageException e) {
                throw problem(e);
            }
        } else if (HTML_TYPES.contains(type.base()) || type.base().equals("text/plain")) {
            page = rawBodyPage(exchange, type);
        } else {
            throw new HttpProblem(415, "unsupported_media_type", "Content-Type: expected application/json,"
                    + " text/html, application/xhtml+xml or text/plain, got " + type.raw(), "Content-Type",
                    Rejection.UNSUPPORTED_MEDIA_TYPE);
        }
        Page clean = clean(page);
        // the ack deadline starts once the body is read and cleaned: a slow upload does not eat Kafka's time
        long deadline = System.nanoTime() + config.ackTimeout().toNanos();
        Published published = await(publish(page, clean, deadline), deadline);
        exchange.sendJson(202, Json.mapper().createObjectNode().put("id", published.id()).put("url", published.url())
                .put("status", "accepted"));
    }

    private ScrapedPage rawBodyPage(Exchange exchange, Requests.MediaType type) throws HttpProblem, IOException {
        Request request = exchange.request;
        Optional<String> header = Requests.header(request, "X-Page-Url");
        String url = header.or(() -> Requests.query(request, "url"))
                .orElseThrow(() -> new HttpProblem(400, "invalid_field", "X-Page-Url: required: give the page's"
                        + " absolute http(s) URL in the X-Page-Url header or the url query parameter", "X-Page-Url",
                        Rejection.INVALID_FIELD));
        Optional<String> fetchedHeader = Requests.header(request, "X-Fetched-At");
        Instant fetchedAt = fetchedHeader.isPresent() ? Requests.instant(fetchedHeader, "X-Fetched-At")
                : Requests.instant(Requests.query(request, "fetched_at"), "fetched_at");
        try {
            url = RawPages.requireHttpUrl(url, header.isPresent() ? "X-Page-Url" : "url");
        } catch (InvalidPageException e) {
            throw problem(e);
        }
        byte[] body = Requests.readBody(request, config.maxPageBytes(), IngestConfig.INGEST_MAX_PAGE_BYTES, true,
                readDeadline(), config.readTimeout(), exchange.budget);
        ScrapedPage.Kind kind = type.base().equals("text/plain") ? ScrapedPage.Kind.TEXT : ScrapedPage.Kind.HTML;
        return new ScrapedPage(url, body, type.charset().orElse(null), kind, fetchedAt, SOURCE);
    }

    private void postBatch(Exchange exchange) throws HttpProblem, IOException {
        Request request = exchange.request;
        Requests.MediaType type = Requests.MediaType.of(request);
        if (!NDJSON_TYPES.contains(type.base())) {
            throw new HttpProblem(415, "unsupported_media_type", "Content-Type: expected application/x-ndjson"
                    + " (one JSON page object per line), got " + type.raw(), "Content-Type",
                    Rejection.UNSUPPORTED_MEDIA_TYPE);
        }
        List<LineResult> results = new ArrayList<>();
        long maxLineBytes = (long) config.maxPageBytes() * JSON_OVERHEAD_FACTOR;
        Requests.LineSplitter splitter = new Requests.LineSplitter((int) Math.min(Integer.MAX_VALUE - 8, maxLineBytes),
                new Requests.LineSplitter.Lines() {
                    @Override
                    public void line(int number, byte[] bytes, int length) throws HttpProblem {
                        LineResult result = add(number);
                        try {
                            result.page = rawPages.parse(bytes, 0, length, SOURCE);
                        } catch (InvalidPageException e) {
                            result.fail(problem(e));
                        }
                    }

                    @Override
                    public void oversized(int number, long size) throws HttpProblem {
                        add(number).fail(new HttpProblem(413, "page_too_large", "the line is " + size
                                + " bytes, over the limit of " + maxLineBytes + " bytes for one page's JSON ("
                                + JSON_OVERHEAD_FACTOR + " × " + IngestConfig.INGEST_MAX_PAGE_BYTES + ")",
                                Rejection.TOO_LARGE));
                    }

                    private LineResult add(int number) throws HttpProblem {
                        if (results.size() == config.maxBatchPages()) {
                            throw new HttpProblem(413, "too_many_pages", "the batch has more than "
                                    + config.maxBatchPages() + " pages, the limit (" + IngestConfig.INGEST_MAX_BATCH_PAGES
                                    + "); nothing of it was published", Rejection.TOO_LARGE);
                        }
                        LineResult result = new LineResult(number);
                        results.add(result);
                        return result;
                    }
                });
        Requests.readBody(request, config.maxBatchBytes(), IngestConfig.INGEST_MAX_BATCH_BYTES, false, readDeadline(),
                config.readTimeout(), exchange.budget, splitter);
        splitter.finish();
        if (results.isEmpty()) {
            throw new HttpProblem(400, "empty_batch", "the batch has no page: send one JSON page object per line",
                    Rejection.MALFORMED);
        }
        List<Page> cleaned = new ArrayList<>(results.size());
        for (LineResult result : results) {
            cleaned.add(result.page == null ? null : result.clean());
        }
        // one deadline for the whole batch, from the moment it is read and cleaned
        long deadline = System.nanoTime() + config.ackTimeout().toNanos();
        for (int i = 0; i < results.size(); i++) {
            LineResult result = results.get(i);
            if (cleaned.get(i) != null) {
                try {
                    result.pending = publish(result.page, cleaned.get(i), deadline);
                } catch (HttpProblem failure) {
                    result.fail(failure);
                }
            }
            result.page = null;
        }
        int accepted = 0;
        int unavailable = 0;
        Set<Integer> refusals = new TreeSet<>();
        for (LineResult result : results) {
            result.settle(deadline);
            if (result.status == 202) {
                accepted++;
            } else if (result.status == 503) {
                unavailable++;
            } else {
                refusals.add(result.status);
                result.problem.rejection().ifPresent(reason -> publisher.rejected(SOURCE, reason));
            }
        }
        ObjectNode response = Json.mapper().createObjectNode();
        int status;
        if (unavailable > 0) {
            status = 503;
            response.put("error", "kafka_unavailable").put("message", unavailable + " page(s) were not acknowledged by"
                    + " Kafka within " + config.ackTimeout().toMillis() + " ms; retry them (pages answered 202 are"
                    + " safely stored)");
            exchange.response.getHeaders().put(HttpHeader.RETRY_AFTER, RETRY_AFTER_SECONDS);
        } else if (accepted == 0) {
            // the lines' own status when they agree (all malformed: 400), else 422
            status = refusals.size() == 1 ? refusals.iterator().next() : 422;
            response.put("error", "no_page_accepted").put("message", "no page of the batch was accepted; see the"
                    + " result of each line");
        } else {
            status = 202;
        }
        response.put("accepted", accepted).put("rejected", results.size() - accepted);
        ArrayNode array = response.putArray("results");
        results.forEach(result -> array.add(result.toJson()));
        exchange.sendJson(status, response);
    }

    private Page clean(ScrapedPage page) throws HttpProblem {
        try {
            return publisher.clean(page);
        } catch (PageRejectedException e) {
            throw rejected(e);
        }
    }

    private CompletableFuture<Published> publish(ScrapedPage page, Page clean, long deadlineNanos)
            throws HttpProblem {
        try {
            return publisher.publish(page, clean, deadlineNanos);
        } catch (PageRejectedException e) {
            throw rejected(e);
        }
    }

    private static HttpProblem rejected(PageRejectedException e) {
        int status = e.reason() == PageRejectedException.Reason.TOO_LARGE ? 413 : 422;
        return new HttpProblem(status, "rejected_" + e.reason().name().toLowerCase(Locale.ROOT), e.getMessage());
    }

    private Published await(CompletableFuture<Published> pending, long deadlineNanos) throws HttpProblem {
        try {
            return pending.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw unavailable("Kafka did not acknowledge the page within " + config.ackTimeout().toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RecordTooLargeException) {
                // counted by the publisher
                throw new HttpProblem(413, "record_too_large", "the cleaned page is larger than Kafka accepts ("
                        + cause.getMessage() + "); the topic's max.message.bytes is below what "
                        + IngestConfig.INGEST_MAX_PAGE_BYTES + " needs");
            }
            if (cause instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw unavailable("Kafka did not take the page within " + config.ackTimeout().toMillis() + " ms: "
                        + cause.getMessage());
            }
            throw unavailable("Kafka did not acknowledge the page: " + cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while waiting for Kafka");
        }
    }

    private static HttpProblem unavailable(String message) {
        return new HttpProblem(503, "kafka_unavailable", message + "; retry later");
    }

    private static HttpProblem problem(InvalidPageException e) {
        String code = switch (e.problem()) {
            case MALFORMED -> "invalid_json";
            case INVALID -> "invalid_field";
            case TOO_LARGE -> "page_too_large";
        };
        int status = e.problem() == InvalidPageException.Problem.TOO_LARGE ? 413 : 400;
        return new HttpProblem(status, code, e.getMessage(), e.field().orElse(null), e.rejection());
    }

    private void authorize(Exchange exchange) throws HttpProblem {
        if (expectedAuthorization == null) {
            return;
        }
        String given = exchange.request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (given == null || !MessageDigest.isEqual(expectedAuthorization, given.getBytes(StandardCharsets.UTF_8))) {
            exchange.response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer");
            throw new HttpProblem(401, "unauthorized", given == null ? "this API needs an Authorization: Bearer token"
                    + " (the service's INGEST_API_TOKEN)" : "the bearer token is not valid", "Authorization",
                    Rejection.UNAUTHORIZED);
        }
    }

    private static void requireMethod(String method, String allowed) throws HttpProblem {
        if (!allowed.equals(method)) {
            throw new HttpProblem(405, "method_not_allowed", method + " is not allowed here; use " + allowed);
        }
    }

    private static String knownPath(String path) {
        return switch (path) {
            case ManagementEndpoints.LIVE, ManagementEndpoints.READY, ManagementEndpoints.METRICS, PAGES, BATCH,
                 StatusPage.PAGE, StatusPage.JSON_PATH -> path;
            default -> "other";
        };
    }

    /** {@code {error, message, field?}}. */
    private static ObjectNode errorJson(HttpProblem problem) {
        ObjectNode node = Json.mapper().createObjectNode().put("error", problem.code())
                .put("message", problem.getMessage());
        problem.field().ifPresent(field -> node.put("field", field));
        return node;
    }

    /** Requests Jetty refuses before they reach the API (bad request line, headers too large) answered as JSON. */
    private static boolean jettyError(Request request, Response response, Callback callback) {
        Object status = request.getAttribute(ErrorHandler.ERROR_STATUS);
        Object message = request.getAttribute(ErrorHandler.ERROR_MESSAGE);
        int code = status instanceof Integer value ? value : response.getStatus();
        byte[] body = Json.mapper().createObjectNode().put("error", "bad_request")
                .put("message", "the request was refused (" + code + ")" + (message == null ? "" : ": " + message))
                .toString().getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    /** One request and its answer; answered exactly once. */
    private final class Exchange {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final String path;
        private final long start = System.nanoTime();
        private final BodyBudget.Share budget = bodyBudget.share();

        Exchange(Request request, Response response, Callback callback) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            String decoded = request.getHttpURI().getDecodedPath();
            this.path = decoded == null ? "" : decoded;
        }

        void sendJson(int status, ObjectNode body) {
            send(status, JSON, body.toString().getBytes(StandardCharsets.UTF_8));
        }

        void sendError(HttpProblem problem) {
            if (problem.status() == 503) {
                response.getHeaders().put(HttpHeader.RETRY_AFTER, RETRY_AFTER_SECONDS);
            }
            problem.rejection().ifPresent(reason -> publisher.rejected(SOURCE, reason));
            sendJson(problem.status(), errorJson(problem));
        }

        void fail(Exception e) {
            LOG.error("{} {} failed", request.getMethod(), path, e);
            if (response.isCommitted()) {
                done(500);
                callback.failed(e);
                return;
            }
            response.getHeaders().remove(HttpHeader.RETRY_AFTER);
            sendError(new HttpProblem(500, "internal_error", "the service failed on this request; its log has"
                    + " the details (" + request.getMethod() + " " + path + " failed)"));
        }

        void abort(Throwable failure) {
            done(400);
            callback.failed(failure);
        }

        void send(int status, String contentType, byte[] body) {
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
            response.write(true, ByteBuffer.wrap(body), Callback.from(() -> {
                done(status);
                callback.succeeded();
            }, failure -> {
                LOG.debug("could not send the {} answer: {}", status, failure.toString());
                done(status);
                callback.failed(failure);
            }));
        }

        void finishWithoutActivity(HttpProblem problem) {
            response.setStatus(problem.status());
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
            response.getHeaders().put(HttpHeader.RETRY_AFTER, RETRY_AFTER_SECONDS);
            byte[] body = Json.mapper().createObjectNode().put("error", problem.code())
                    .put("message", problem.getMessage()).toString().getBytes(StandardCharsets.UTF_8);
            response.write(true, ByteBuffer.wrap(body), callback);
        }

        private void done(int status) {
            Timer.builder("ingest.http.requests").tag("path", knownPath(path)).tag("status", Integer.toString(status))
                    .register(registry).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            budget.close();
            headerDeadline.requestEnded(request.getConnectionMetaData().getConnection());
            exit();
        }
    }

    /** The outcome of one line of a batch; filled in by the request's worker only. */
    private final class LineResult {
        private final int line;
        private ScrapedPage page;
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
            page = null;
        }

        Page clean() {
            try {
                return IngestHttpServer.this.clean(page);
            } catch (HttpProblem failure) {
                fail(failure);
                return null;
            }
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
                node.setAll(errorJson(problem));
            }
            return node;
        }
    }
}
