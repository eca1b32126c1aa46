package io.newsflow.enrich.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What enrich does when a stream thread dies: replace it, unless threads keep dying. Record errors never kill a
 * thread (the DLQ handlers take them); what does is a fault outside any one record (a broker that fenced the
 * producer, a lost state directory) or a record Kafka refused to store. The first kind usually clears: Kafka
 * Streams' guidance is {@code REPLACE_THREAD} for it. The second does not: the replacement resumes from the last
 * commit, meets the same record and dies the same way. So a thread is replaced at most {@link #MAX_REPLACEMENTS}
 * times within {@link #WINDOW}; the next failure shuts the client down ({@code SHUTDOWN_CLIENT}), the service
 * reports ERROR on {@code /health/ready} and {@code newsflow enrich} exits with status 1, for the operator or the
 * orchestrator to see, instead of a thread dying on the same record forever. Thread-safe.
 */
final class ThreadFailurePolicy implements StreamsUncaughtExceptionHandler {

    static final int MAX_REPLACEMENTS = 3;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(ThreadFailurePolicy.class);

    private final String applicationId;
    private final Clock clock;
    private final Deque<Instant> failures = new ArrayDeque<>();
    private String lastFailure;

    ThreadFailurePolicy(String applicationId, Clock clock) {
        this.applicationId = applicationId;
        this.clock = clock;
    }

    @Override
    public synchronized StreamThreadExceptionResponse handle(Throwable failure) {
        Instant now = clock.instant();
        failures.addLast(now);
        lastFailure = describe(failure);
        while (failures.peekFirst().isBefore(now.minus(WINDOW))) {
            failures.removeFirst();
        }
        if (failures.size() > MAX_REPLACEMENTS) {
            LOG.error("enrich {}: stream thread failed {} times within {} min; shutting down instead of replacing it"
                    + " again (the last failure follows)", applicationId, failures.size(), WINDOW.toMinutes(), failure);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        LOG.error("enrich {}: stream thread failed ({} of {} replacements within {} min), replacing it", applicationId,
                failures.size(), MAX_REPLACEMENTS, WINDOW.toMinutes(), failure);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }

    /**
     * What the last failure was, for {@code /health/ready}: each cause's type and message, outermost first
     * ("ProcessorStateException: Error while putting key/value into store enrich-articles; caused by
     * RocksDBException: ...: No space left on device"); empty before any.
     */
    synchronized Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    /** Each cause once, outermost first; a cause that repeats the one it wraps word for word is left out. */
    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        String previous = null;
        for (Throwable t : Causes.of(failure)) {
            String cause = t.getClass().getSimpleName() + ": " + t.getMessage();
            if (!cause.equals(previous)) {
                text.append(previous == null ? "" : "; caused by ").append(cause);
            }
            previous = cause;
        }
        return text.toString();
    }
}
