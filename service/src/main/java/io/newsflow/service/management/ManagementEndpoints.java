package io.newsflow.service.management;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.newsflow.events.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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

    /** An answer to one management request, independent of the HTTP server that sends it. */
    public record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {
    }

    /**
     * Answers one request on one of {@link #PATHS} (404 on another path); the HTTP server sends it (without the
     * body for {@code HEAD}).
     */
    public Answer answer(String method, String path) {
        if (!PATHS.contains(path)) {
            return json(404, error("not_found", "no such endpoint: " + path + " (GET " + LIVE + ", " + READY + ", "
                    + METRICS + ")"), Map.of());
        }
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return json(405, error("method_not_allowed", method + " is not allowed here; use GET"),
                    Map.of("Allow", "GET, HEAD"));
        }
        return switch (path) {
            case LIVE -> json(200, Json.mapper().createObjectNode().put("status", "up"), Map.of());
            case READY -> {
                Readiness now = readiness.get();
                yield json(now.ready() ? 200 : 503, Json.mapper().createObjectNode()
                        .put("status", now.ready() ? "ready" : "not_ready").put("detail", now.detail()), Map.of());
            }
            default -> new Answer(200, PROMETHEUS_TEXT, metrics.get().getBytes(StandardCharsets.UTF_8), Map.of());
        };
    }

    /**
     * Answers one request on one of {@link #PATHS} (404 on another path) and returns the status sent. Does not
     * close the exchange.
     *
     * @throws IOException when the answer cannot be written
     */
    public int handle(HttpExchange exchange) throws IOException {
        Answer answer = answer(exchange.getRequestMethod(), exchange.getRequestURI().getPath());
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(answer.status(), head ? -1 : answer.body().length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        }
        return answer.status();
    }

    private static ObjectNode error(String code, String message) {
        return Json.mapper().createObjectNode().put("error", code).put("message", message);
    }

    private static Answer json(int status, ObjectNode body, Map<String, String> headers) {
        try {
            return new Answer(status, JSON, Json.mapper().writeValueAsBytes(body), headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render " + body, e);
        }
    }
}
