package io.newsflow.index.bulk;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The indexer's write metrics: documents indexed, already newer (409 on an external version), rejected to the
 * DLQ, item retries by {@link RetryReason}, bulk request latency, and the size of the batches settled.
 * Thread-safe.
 */
public final class BulkMetrics {

    final Counter indexed;
    final Counter stale;
    final Counter rejected;
    final Timer bulkLatency;
    private final Map<RetryReason, Counter> retried = new EnumMap<>(RetryReason.class);
    private final DistributionSummary batchDocs;
    private final DistributionSummary batchBytes;
    private final AtomicLong largestBatchDocs = new AtomicLong();
    private final AtomicLong largestBatchBytes = new AtomicLong();

    public BulkMetrics(MeterRegistry registry) {
        indexed = Counter.builder("newsflow.index.indexed").description("articles written to OpenSearch")
                .register(registry);
        stale = Counter.builder("newsflow.index.stale")
                .description("articles OpenSearch already held at this or a newer version (replays, reordering)")
                .register(registry);
        rejected = Counter.builder("newsflow.index.rejected").description("records sent to index.dlq")
                .register(registry);
        for (RetryReason reason : RetryReason.values()) {
            retried.put(reason, Counter.builder("newsflow.index.retried").tag("reason", reason.tag())
                    .description("bulk items retried: OpenSearch overloaded (429), the index blocked (read-only),"
                            + " failing (5xx) or unreachable").register(registry));
        }
        bulkLatency = Timer.builder("newsflow.index.bulk.latency").description("time of one bulk request")
                .publishPercentileHistogram().register(registry);
        batchDocs = DistributionSummary.builder("newsflow.index.batch.records")
                .description("records in a settled batch (at most INDEX_BULK_MAX_DOCS)").register(registry);
        batchBytes = DistributionSummary.builder("newsflow.index.batch.bytes").baseUnit("bytes")
                .description("record value bytes in a settled batch (INDEX_BULK_MAX_BYTES plus at most one record)")
                .register(registry);
    }

    /** Counts {@code items} retried for {@code reason}. */
    void retried(RetryReason reason, int items) {
        retried.get(reason).increment(items);
    }

    /** Records a batch of {@code records} records and {@code bytes} value bytes taken from Kafka and settled. */
    public void batch(int records, long bytes) {
        batchDocs.record(records);
        batchBytes.record(bytes);
        largestBatchDocs.accumulateAndGet(records, Math::max);
        largestBatchBytes.accumulateAndGet(bytes, Math::max);
    }

    public double indexed() {
        return indexed.count();
    }

    public double stale() {
        return stale.count();
    }

    public double rejected() {
        return rejected.count();
    }

    /** Item retries for any reason. */
    public double retried() {
        return retried.values().stream().mapToDouble(Counter::count).sum();
    }

    /** Item retries for {@code reason}. */
    public double retried(RetryReason reason) {
        return retried.get(reason).count();
    }

    /** The most records any batch held since start. */
    public long largestBatchRecords() {
        return largestBatchDocs.get();
    }

    /** The most record value bytes any batch held since start. */
    public long largestBatchBytes() {
        return largestBatchBytes.get();
    }
}
