package io.newsflow.service.management;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small HTTP server (the JDK's) serving only the {@link ManagementEndpoints}, for a service that has no HTTP API
 * of its own to serve them on (enrich, index; ingest serves them on its API port). It answers on a single daemon
 * thread: probes and scrapes are small and rare.
 *
 * <p>{@link #start} binds and serves; {@link #close} stops, idempotently. Thread-safe.
 */
public final class ManagementServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;

    private ManagementServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Binds {@code host} (an address or name; {@code 0.0.0.0} for every interface) on {@code port} (0: a free one)
     * and starts serving.
     *
     * @param portVariable the variable {@code port} came from, named in the error when it cannot be bound
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static ManagementServer start(String host, int port, String portVariable, ManagementEndpoints endpoints) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve /health and /metrics on " + host + ":" + port + " (" + portVariable
                    + "): " + e.getMessage(), e);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                endpoints.handle(exchange);
            }
        });
        ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "newsflow-management-" + server.getAddress().getPort());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
        return new ManagementServer(server, executor);
    }

    /** The bound port (the chosen one when started with 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
