package io.newsflow.index.bulk;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The indexer's write metrics: documents indexed, already newer (409 on an external version), rejected to the
 * DLQ, item retries, and bulk request latency. Thread-safe.
 */
public final class BulkMetrics {

    final Counter indexed;
    final Counter stale;
    final Counter rejected;
    final Counter retried;
    final Timer bulkLatency;

    public BulkMetrics(MeterRegistry registry) {
        indexed = Counter.builder("newsflow.index.indexed").description("articles written to OpenSearch")
                .register(registry);
        stale = Counter.builder("newsflow.index.stale")
                .description("articles OpenSearch already held at this or a newer version (replays, reordering)")
                .register(registry);
        rejected = Counter.builder("newsflow.index.rejected").description("records sent to index.dlq")
                .register(registry);
        retried = Counter.builder("newsflow.index.retried")
                .description("bulk items retried after 429, 5xx or an unreachable OpenSearch").register(registry);
        bulkLatency = Timer.builder("newsflow.index.bulk.latency").description("time of one bulk request")
                .publishPercentileHistogram().register(registry);
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

    public double retried() {
        return retried.count();
    }
}
