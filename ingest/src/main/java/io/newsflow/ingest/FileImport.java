package io.newsflow.ingest;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.source.FileIngester;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A one-off import of files, directories and WARCs into {@code pages.clean} without the HTTP API: what
 * {@code newsflow ingest-files} runs. Not thread-safe; close it to flush and release the producer.
 */
public final class FileImport implements AutoCloseable {

    private final Publishing publishing;

    private FileImport(Publishing publishing) {
        this.publishing = publishing;
    }

    /** Connects a producer with {@code config}'s Kafka settings and limits. */
    public static FileImport open(IngestConfig config) {
        return new FileImport(Publishing.open(config, new SimpleMeterRegistry()));
    }

    /** Publishes every page under {@code paths} and waits until Kafka acknowledged them. */
    public FileIngester.Summary ingest(List<Path> paths) {
        return publishing.files.ingest(paths);
    }

    /** As {@link #ingest(List)}, the pages saved from {@code baseUrl} (see {@link FileIngester#ingest(List, URI)}). */
    public FileIngester.Summary ingest(List<Path> paths, URI baseUrl) {
        return publishing.files.ingest(paths, baseUrl);
    }

    /** As {@link #ingest(List, URI)}, telling {@code listener} how far it is (see {@link FileIngester.Progress}). */
    public FileIngester.Summary ingest(List<Path> paths, URI baseUrl, Consumer<FileIngester.Progress> listener) {
        return publishing.files.ingest(paths, baseUrl, listener);
    }

    @Override
    public void close() {
        publishing.close();
    }
}
