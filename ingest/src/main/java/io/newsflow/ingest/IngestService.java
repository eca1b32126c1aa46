package io.newsflow.ingest;

import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.service.config.ConfigException;
import io.newsflow.service.config.KafkaPreflight;
import io.newsflow.ingest.clean.PageCleaner;
import io.newsflow.ingest.http.IngestHttpServer;
import io.newsflow.ingest.publish.KafkaHealth;
import io.newsflow.ingest.publish.KafkaOutput;
import io.newsflow.ingest.publish.PagePublisher;
import io.newsflow.ingest.source.FileIngester;
import io.newsflow.ingest.source.RawPageConsumer;
import io.newsflow.ingest.source.RawPages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service: the HTTP API and, unless disabled, the {@code pages.raw} consumer, both publishing through one
 * idempotent producer to {@code pages.clean}. {@link #start} wires everything from an {@link IngestConfig};
 * {@link #close} stops taking pages, lets requests in progress finish and flushes the producer.
 *
 * <p>Thread-safe to close from any thread (e.g. a shutdown hook).
 */
public final class IngestService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

    private final PrometheusMeterRegistry registry;
    private final KafkaOutput output;
    private final KafkaHealth health;
    private final IngestHttpServer http;
    private final Optional<RawPageConsumer> rawConsumer;
    private final FileIngester files;

    private IngestService(PrometheusMeterRegistry registry, KafkaOutput output, KafkaHealth health,
                          IngestHttpServer http, Optional<RawPageConsumer> rawConsumer, FileIngester files) {
        this.registry = registry;
        this.output = output;
        this.health = health;
        this.http = http;
        this.rawConsumer = rawConsumer;
        this.files = files;
    }

    /**
     * Starts the service.
     *
     * @throws UncheckedIOException when the HTTP port cannot be bound
     * @throws ConfigException when Kafka refuses the login or the TLS handshake (see {@link KafkaPreflight})
     */
    public static IngestService start(IngestConfig config) {
        if (!KafkaPreflight.verify(config.kafka(), KafkaPreflight.TIMEOUT)) {
            LOG.warn("Kafka at {} did not answer within {} s; starting anyway, pages are answered 503 until it does",
                    config.kafka().get("bootstrap.servers"), KafkaPreflight.TIMEOUT.toSeconds());
        }
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        KafkaOutput output = new KafkaOutput(config.kafka(), config.ackTimeout(), registry);
        KafkaHealth health = new KafkaHealth(config.kafka());
        PagePublisher publisher = new PagePublisher(new PageCleaner(config.cleaner(), Clock.systemUTC()), output, registry);
        RawPages rawPages = new RawPages(config.maxPageBytes());
        IngestHttpServer http;
        try {
            http = new IngestHttpServer(config, publisher, rawPages, health, registry);
        } catch (IOException e) {
            health.close();
            output.close();
            throw new UncheckedIOException("cannot listen on " + config.httpHost() + ":" + config.httpPort()
                    + " (INGEST_HTTP_PORT): " + e.getMessage(), e);
        }
        Optional<RawPageConsumer> consumer = config.consumeRaw()
                ? Optional.of(new RawPageConsumer(config.kafka(), config.consumerGroup(), publisher, rawPages,
                        config.ackTimeout(), registry))
                : Optional.empty();
        http.start();
        consumer.ifPresent(RawPageConsumer::start);
        return new IngestService(registry, output, health, http, consumer,
                new FileIngester(publisher, rawPages, config.ackTimeout()));
    }

    /** The HTTP port the API listens on. */
    public int httpPort() {
        return http.port();
    }

    /**
     * Publishes files, directories and WARCs through this service's producer and waits for the acknowledgements;
     * for {@code newsflow run}. One call at a time.
     */
    public synchronized FileIngester.Summary ingestFiles(List<Path> paths) {
        return files.ingest(paths);
    }

    /** The service's metrics, as served on {@code /metrics}. */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        http.close();
        rawConsumer.ifPresent(RawPageConsumer::close);
        health.close();
        output.close();
        registry.close();
    }
}
