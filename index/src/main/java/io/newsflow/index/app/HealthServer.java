package io.newsflow.index.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.events.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * {@code GET /health} (200 when {@link Health#isUp()}, else 503; JSON {@code {state, detail}}) and
 * {@code GET /metrics} (Prometheus text) on the JDK's HTTP server. Thread-safe.
 */
final class HealthServer implements AutoCloseable {

    private final HttpServer server;

    HealthServer(int port, Supplier<Health> health, Supplier<String> metrics) throws IOException {
        try {
            server = HttpServer.create(new InetSocketAddress(port), 0);
        } catch (IOException e) {
            throw new IOException("cannot serve /health and /metrics on port " + port + " (INDEX_HTTP_PORT): "
                    + e.getMessage(), e);
        }
        server.createContext("/health", exchange -> {
            Health now = health.get();
            byte[] body = Json.mapper().writeValueAsBytes(now);
            respond(exchange, now.isUp() ? 200 : 503, "application/json", body);
        });
        server.createContext("/metrics", exchange -> respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8",
                metrics.get().getBytes(StandardCharsets.UTF_8)));
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) {
        try (exchange; OutputStream out = exchange.getResponseBody()) {
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, body.length);
            out.write(body);
        } catch (IOException e) {
            // the client went away: nobody is left to tell
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
