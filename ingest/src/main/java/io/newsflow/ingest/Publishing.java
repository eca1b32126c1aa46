package io.newsflow.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.ingest.clean.PageCleaner;
import io.newsflow.ingest.publish.KafkaOutput;
import io.newsflow.ingest.publish.PagePublisher;
import io.newsflow.ingest.source.FileIngester;
import io.newsflow.ingest.source.RawPages;
import java.time.Clock;
import java.time.Duration;

/**
 * What every way into ingest publishes through, wired once from an {@link IngestConfig}: one idempotent producer,
 * the cleaner and publisher on top of it, the raw-page reader with the page-size limit, and the file ingester.
 * The service ({@link IngestService}) and the one-off import ({@link FileImport}) both start from it. Thread-safe;
 * {@link #close()} flushes and releases the producer.
 */
final class Publishing implements AutoCloseable {

    final KafkaOutput output;
    final PagePublisher publisher;
    final RawPages rawPages;
    final FileIngester files;

    private Publishing(KafkaOutput output, PagePublisher publisher, RawPages rawPages, FileIngester files) {
        this.output = output;
        this.publisher = publisher;
        this.rawPages = rawPages;
        this.files = files;
    }

    static Publishing open(IngestConfig config, MeterRegistry registry) {
        KafkaOutput output = new KafkaOutput(config.kafka(), config.ackTimeout(), config.sizes(), registry);
        PagePublisher publisher = new PagePublisher(new PageCleaner(config.cleaner(), Clock.systemUTC()), output,
                registry);
        RawPages rawPages = new RawPages(config.maxPageBytes());
        return new Publishing(output, publisher, rawPages, new FileIngester(publisher, rawPages, config.ackTimeout()));
    }

    @Override
    public void close() {
        output.close();
    }

    /** As {@link #close()}, waiting at most {@code timeout} for what is buffered (see {@link KafkaOutput#close}). */
    void close(Duration timeout) {
        output.close(timeout);
    }
}
