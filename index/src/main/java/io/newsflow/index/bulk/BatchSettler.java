package io.newsflow.index.bulk;

import io.newsflow.events.DeadLetter;
import io.newsflow.service.dlq.DeadLetterSink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles a batch: writes it, sends rejected items to the dead letters, and retries the rest with {@link Backoff}
 * until every item is indexed, already newer, or dead-lettered. Only then may the caller commit the batch's
 * offsets. Items OpenSearch cannot take now (overloaded, a read-only index, failing: a {@link RetryReason}) are
 * retried however long that lasts, never dead-lettered, and counted by reason in {@link BulkMetrics}. Between
 * retries it calls {@link Pause#await}, where the Kafka consumer keeps polling with its partitions paused, so that
 * a long outage never exceeds the poll interval and triggers a rebalance.
 *
 * <p>Not thread-safe: one settler per consumer loop.
 */
public final class BatchSettler {

    private static final Logger log = LoggerFactory.getLogger(BatchSettler.class);

    /** How the settler waits between retries. */
    @FunctionalInterface
    public interface Pause {
        /**
         * Returns after about {@code delay}; throws to abandon the batch (shutdown).
         *
         * @param why what keeps the batch from being settled, in words (the last failure and its reason)
         */
        void await(Duration delay, String why) throws InterruptedException;
    }

    /** What became of a settled batch. */
    public record Settled(int indexed, int stale, int rejected, int retries) {
    }

    private final BulkWriter writer;
    private final DeadLetterSink deadLetters;
    private final Backoff backoff;
    private final BulkMetrics metrics;
    private final RandomGenerator random;

    public BatchSettler(BulkWriter writer, DeadLetterSink deadLetters, Backoff backoff, BulkMetrics metrics,
                        RandomGenerator random) {
        this.writer = writer;
        this.deadLetters = deadLetters;
        this.backoff = backoff;
        this.metrics = metrics;
        this.random = random;
    }

    /**
     * Writes {@code batch} (and {@code alreadyDead}, records that never became items, e.g. unparseable ones) until
     * all of it is settled.
     *
     * @throws InterruptedException when {@code pause} gives up; nothing of the batch may then be committed
     */
    public Settled settle(List<IndexItem> batch, List<DeadLetter> alreadyDead, Pause pause)
            throws InterruptedException {
        List<IndexItem> pending = batch;
        List<DeadLetter> undelivered = new ArrayList<>(alreadyDead);
        int indexed = 0;
        int stale = 0;
        int rejected = 0;
        int retries = 0;
        for (int attempt = 0; ; attempt++) {
            List<IndexItem> retry = new ArrayList<>();
            Map<RetryReason, Integer> reasons = new EnumMap<>(RetryReason.class);
            String lastFailure = null;
            if (!pending.isEmpty()) {
                long started = System.nanoTime();
                List<ItemResult> results = writer.write(pending);
                metrics.bulkLatency.record(Duration.ofNanos(System.nanoTime() - started));
                for (int i = 0; i < results.size(); i++) {
                    IndexItem item = pending.get(i);
                    ItemResult result = results.get(i);
                    switch (result.kind()) {
                        case INDEXED -> indexed++;
                        case STALE -> {
                            stale++;
                            log.debug("article {} v{}: OpenSearch already holds this or a newer version", item.id(),
                                    item.article().story().version());
                        }
                        case REJECTED -> {
                            log.warn("article {} v{} rejected by OpenSearch ({} {}): {}", item.id(),
                                    item.article().story().version(), result.status(), result.errorType(),
                                    result.reason());
                            undelivered.add(item.origin().deadLetter(result.errorType() == null
                                    ? "http_" + result.status() : result.errorType(), result.reason()));
                        }
                        case RETRY -> {
                            retry.add(item);
                            reasons.merge(result.retryReason(), 1, Integer::sum);
                            lastFailure = result.status() + (result.errorType() == null ? "" : " "
                                    + result.errorType()) + " " + result.reason();
                        }
                    }
                }
                metrics.indexed.increment(results.stream().filter(r -> r.kind() == ItemResult.Kind.INDEXED).count());
                metrics.stale.increment(results.stream().filter(r -> r.kind() == ItemResult.Kind.STALE).count());
            }
            if (!undelivered.isEmpty()) {
                try {
                    deadLetters.send(undelivered);
                    rejected += undelivered.size();
                    metrics.rejected.increment(undelivered.size());
                    undelivered = new ArrayList<>();
                } catch (InterruptedException e) {
                    throw e;
                } catch (Exception e) {
                    lastFailure = "dead letters not stored: " + e;
                }
            }
            if (retry.isEmpty() && undelivered.isEmpty()) {
                return new Settled(indexed, stale, rejected, retries);
            }
            Duration delay = backoff.delay(attempt, random);
            retries += retry.size();
            reasons.forEach(metrics::retried);
            String why = (retry.size() + undelivered.size()) + " of " + (batch.size() + alreadyDead.size())
                    + " articles not settled (" + reasons.entrySet().stream().map(e -> e.getKey().tag() + " "
                    + e.getValue() + "; ").collect(Collectors.joining()) + "last failure: " + lastFailure + ")";
            log.warn("{}, first {}; retry {} in {} ms", why, retry.isEmpty() ? "-" : retry.get(0).id(), attempt + 1,
                    delay.toMillis());
            pause.await(delay, why);
            pending = retry;
        }
    }
}
