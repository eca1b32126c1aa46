package io.newsflow.ingest;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.events.Topics;
import io.newsflow.ingest.http.IngestHttpServer;
import io.newsflow.ingest.publish.KafkaHealth;
import io.newsflow.ingest.source.FileIngester;
import io.newsflow.ingest.source.RawPageConsumer;
import io.newsflow.ingest.status.StatusPage;
import io.newsflow.service.ServiceShell;
import io.newsflow.service.config.ConfigException;
import io.newsflow.service.config.Env;
import io.newsflow.service.config.KafkaPreflight;
import io.newsflow.service.config.PageSizeContract;
import io.newsflow.service.status.PipelineStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
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

    private final ServiceShell shell;
    private final Publishing publishing;
    private final KafkaHealth health;
    private final IngestHttpServer http;
    private final StatusPage statusPage;
    private final Optional<RawPageConsumer> rawConsumer;

    private IngestService(ServiceShell shell, Publishing publishing, KafkaHealth health, IngestHttpServer http,
                          StatusPage statusPage, Optional<RawPageConsumer> rawConsumer) {
        this.shell = shell;
        this.publishing = publishing;
        this.health = health;
        this.http = http;
        this.statusPage = statusPage;
        this.rawConsumer = rawConsumer;
    }

    /**
     * Starts the service; its status page finds enrich's and index's consumer groups under the names
     * {@code ENRICH_APPLICATION_ID} and {@code INDEX_GROUP_ID} give in the process environment (or their defaults).
     *
     * @see #start(IngestConfig, PipelineStatus.Settings)
     */
    public static IngestService start(IngestConfig config) {
        return start(config, PipelineStatus.Settings.from(Env.system(), config.kafka()));
    }

    /**
     * Starts the service.
     *
     * @throws UncheckedIOException when the HTTP port cannot be bound
     * @throws ConfigException when Kafka refuses the login or the TLS handshake (see {@link KafkaPreflight}), or
     *                         {@code pages.clean} or {@code ingest.dlq} cannot be made to carry the page-size contract
     */
    public static IngestService start(IngestConfig config, PipelineStatus.Settings status) {
        ServiceShell shell = ServiceShell.open("ingest", config.kafka());
        try {
            if (shell.kafkaAnswered()) {
                raiseTopicLimits(config);
            } else {
                // the API serves at once, answering 503 until Kafka is back, rather than after another wait
                LOG.warn("max.message.bytes of {} and {} not checked, Kafka did not answer (needs {} bytes for {}={})",
                        Topics.PAGES_CLEAN, Topics.INGEST_DLQ, config.sizes().maxMessageBytes(),
                        PageSizeContract.INGEST_MAX_PAGE_BYTES, config.sizes().maxPageBytes());
            }
        } catch (ConfigException e) {
            shell.close();
            throw e;
        }
        PrometheusMeterRegistry registry = shell.registry();
        Publishing publishing = Publishing.open(config, registry);
        KafkaHealth health = new KafkaHealth(config.kafka());
        StatusPage statusPage = new StatusPage(status, registry);
        IngestHttpServer http;
        try {
            http = new IngestHttpServer(config, publishing.publisher, publishing.rawPages, health, registry,
                    statusPage);
        } catch (IOException e) {
            statusPage.close();
            health.close();
            publishing.close();
            shell.close();
            throw new UncheckedIOException("cannot listen on " + config.httpHost() + ":" + config.httpPort()
                    + " (" + IngestConfig.INGEST_HTTP_PORT + "): " + e.getMessage(), e);
        }
        Optional<RawPageConsumer> consumer = config.consumeRaw()
                ? Optional.of(new RawPageConsumer(config.kafka(), config.consumerGroup(), publishing.publisher,
                        publishing.rawPages, config.ackTimeout(), registry))
                : Optional.empty();
        statusPage.start();
        http.start();
        consumer.ifPresent(RawPageConsumer::start);
        return new IngestService(shell, publishing, health, http, statusPage, consumer);
    }

    /** Makes {@code pages.clean} and {@code ingest.dlq}, when they exist, carry the page-size contract. */
    private static void raiseTopicLimits(IngestConfig config) {
        try (Admin admin = Admin.create(config.kafka())) {
            config.sizes().raiseTopicLimits(admin, List.of(Topics.PAGES_CLEAN, Topics.INGEST_DLQ));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
        return publishing.files.ingest(paths);
    }

    /** As {@link #ingestFiles(List)}, the pages saved from {@code baseUrl} (see {@link FileIngester#ingest(List, URI)}). */
    public synchronized FileIngester.Summary ingestFiles(List<Path> paths, URI baseUrl) {
        return publishing.files.ingest(paths, baseUrl);
    }

    /** As {@link #ingestFiles(List, URI)}, telling {@code listener} how far it is (see {@link FileIngester.Progress}). */
    public synchronized FileIngester.Summary ingestFiles(List<Path> paths, URI baseUrl,
                                                         Consumer<FileIngester.Progress> listener) {
        return publishing.files.ingest(paths, baseUrl, listener);
    }

    /** The service's metrics, as served on {@code /metrics}. */
    public PrometheusMeterRegistry registry() {
        return shell.registry();
    }

    @Override
    public void close() {
        close(publishing::close);
    }

    /**
     * As {@link #close()}, waiting at most {@code timeout} for the pages buffered for Kafka: a short one when the
     * broker is known to be gone, and nothing buffered can reach it.
     */
    public void close(Duration timeout) {
        close(() -> publishing.close(timeout));
    }

    private void close(Runnable closePublishing) {
        http.close();
        statusPage.close();
        rawConsumer.ifPresent(RawPageConsumer::close);
        health.close();
        closePublishing.run();
        shell.close();
    }
}
