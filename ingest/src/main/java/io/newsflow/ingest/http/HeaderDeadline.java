package io.newsflow.ingest.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a connection that does not deliver a request's headers within the read timeout, counted from when it
 * opened or its previous answer was sent. Jetty's idle timeout alone does not stop a client that trickles a byte a
 * second (slowloris): every byte makes the connection active again. A connection waiting here holds no thread.
 *
 * <p>Registered on the connector as a {@link Connection.Listener}; the API tells it when a request starts and when
 * its answer is sent. Thread-safe.
 */
final class HeaderDeadline implements Connection.Listener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HeaderDeadline.class);

    private final long timeoutNanos;
    private final Runnable onClosed;
    // connections waiting for request headers, with the System.nanoTime() they started waiting
    private final Map<Connection, Long> waiting = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "ingest-http-header-deadline");
        thread.setDaemon(true);
        return thread;
    });

    /** @param onClosed called once per connection closed for being too slow */
    HeaderDeadline(Duration timeout, Runnable onClosed) {
        this.timeoutNanos = timeout.toNanos();
        this.onClosed = onClosed;
    }

    void start() {
        long period = Math.max(50, Math.min(1_000, TimeUnit.NANOSECONDS.toMillis(timeoutNanos) / 10));
        sweeper.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public void onOpened(Connection connection) {
        waiting.put(connection, System.nanoTime());
    }

    @Override
    public void onClosed(Connection connection) {
        waiting.remove(connection);
    }

    /** The headers of a request arrived on {@code connection}. */
    void requestStarted(Connection connection) {
        waiting.remove(connection);
    }

    /** The answer was sent: the connection now waits for the headers of its next request. */
    void requestEnded(Connection connection) {
        if (connection.getEndPoint().isOpen()) {
            waiting.put(connection, System.nanoTime());
        }
    }

    private void sweep() {
        long now = System.nanoTime();
        waiting.forEach((connection, since) -> {
            if (!connection.getEndPoint().isOpen()) {
                waiting.remove(connection, since);
            } else if (now - since > timeoutNanos && waiting.remove(connection, since)) {
                LOG.debug("closing {}: no complete request headers within {} ms", connection.getEndPoint()
                        .getRemoteSocketAddress(), TimeUnit.NANOSECONDS.toMillis(timeoutNanos));
                onClosed.run();
                connection.getEndPoint().close();
            }
        });
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}
