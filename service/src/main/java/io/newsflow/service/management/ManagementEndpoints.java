package io.newsflow.service.management;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.newsflow.events.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The health and metrics endpoints every newsflow service serves, the same way:
 * <ul>
 *   <li>{@code GET /health/live}: 200 {@code {"status":"up"}} while the process answers at all;</li>
 *   <li>{@code GET /health/ready}: 200 {@code {"status":"ready","detail":...}} when the service can do its work,
 *       503 {@code {"status":"not_ready","detail":...}} when it cannot;</li>
 *   <li>{@code GET /metrics}: the service's metrics in the Prometheus text format.</li>
 * </ul>
 * Another method is answered 405 and another path 404, both as JSON {@code {error, message}}.
 *
 * <p>This is the second deliberate exception to "{@code events} holds no logic" (the first is
 * {@link io.newsflow.service.config.Env}): the three services must answer probes and scrapes identically, and
 * {@code events} is the one module they all share. It has no metrics library dependency: a service passes the
 * text its own registry renders.
 *
 * <p>Immutable and thread-safe as long as the suppliers are.
 */
public final class ManagementEndpoints {

    public static final String LIVE = "/health/live";
    public static final String READY = "/health/ready";
    public static final String METRICS = "/metrics";
    /** The paths {@link #handle} answers. */
    public static final Set<String> PATHS = Set.of(LIVE, READY, METRICS);

    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private static final String JSON = "application/json";

    private final Supplier<Readiness> readiness;
    private final Supplier<String> metrics;

    /**
     * @param readiness asked on every {@code /health/ready}; keep it cheap (cache a remote check)
     * @param metrics   the Prometheus text, rendered on every {@code /metrics}
     */
    public ManagementEndpoints(Supplier<Readiness> readiness, Supplier<String> metrics) {
        this.readiness = Objects.requireNonNull(readiness, "readiness");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /**
     * Answers one request on one of {@link #PATHS} (404 on another path) and returns the status sent. Does not
     * close the exchange.
     *
     * @throws IOException when the answer cannot be written
     */
    public int handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (!PATHS.contains(path)) {
            return respond(exchange, 404, error("not_found", "no such endpoint: " + path + " (GET " + LIVE + ", "
                    + READY + ", " + METRICS + ")"));
        }
        if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            return respond(exchange, 405, error("method_not_allowed", exchange.getRequestMethod()
                    + " is not allowed here; use GET"));
        }
        return switch (path) {
            case LIVE -> respond(exchange, 200, Json.mapper().createObjectNode().put("status", "up"));
            case READY -> {
                Readiness now = readiness.get();
                yield respond(exchange, now.ready() ? 200 : 503, Json.mapper().createObjectNode()
                        .put("status", now.ready() ? "ready" : "not_ready").put("detail", now.detail()));
            }
            default -> respond(exchange, 200, PROMETHEUS_TEXT, metrics.get().getBytes(StandardCharsets.UTF_8));
        };
    }

    private static ObjectNode error(String code, String message) {
        return Json.mapper().createObjectNode().put("error", code).put("message", message);
    }

    private static int respond(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        return respond(exchange, status, JSON, Json.mapper().writeValueAsBytes(body));
    }

    private static int respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        return status;
    }
}
