package io.newsflow.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.clean.PageCleaner;
import io.newsflow.ingest.publish.KafkaOutput;
import io.newsflow.ingest.publish.PagePublisher;
import io.newsflow.ingest.source.FileIngester;
import io.newsflow.ingest.source.RawPages;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A one-off import of files, directories and WARCs into {@code pages.clean} without the HTTP API: what
 * {@code newsflow ingest-files} runs. Not thread-safe; close it to flush and release the producer.
 */
public final class FileImport implements AutoCloseable {

    private final KafkaOutput output;
    private final FileIngester files;

    private FileImport(KafkaOutput output, FileIngester files) {
        this.output = output;
        this.files = files;
    }

    /** Connects a producer with {@code config}'s Kafka settings and limits. */
    public static FileImport open(IngestConfig config) {
        MeterRegistry registry = new SimpleMeterRegistry();
        KafkaOutput output = new KafkaOutput(config.kafka(), config.ackTimeout(), registry);
        PagePublisher publisher = new PagePublisher(new PageCleaner(config.cleaner(), Clock.systemUTC()), output, registry);
        return new FileImport(output, new FileIngester(publisher, new RawPages(config.maxPageBytes()),
                config.ackTimeout()));
    }

    /** Publishes every page under {@code paths} and waits until Kafka acknowledged them. */
    public FileIngester.Summary ingest(List<Path> paths) {
        return files.ingest(paths);
    }

    @Override
    public void close() {
        output.close();
    }
}
