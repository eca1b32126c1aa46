package io.newsflow.enrich.app;

import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.service.management.ManagementEndpoints;
import io.newsflow.service.management.ManagementServer;
import io.newsflow.service.management.Readiness;
import io.newsflow.service.config.KafkaPreflight;
import java.time.Duration;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich service: the topology of {@link EnrichTopology#build(EnrichConfig)} running on Kafka Streams, with its
 * topics ensured first. A record error never stops it (records go to the DLQ); a failed stream thread is replaced.
 * Serves {@code /health/live}, {@code /health/ready} (ready while Kafka Streams is RUNNING) and {@code /metrics}
 * (the Kafka Streams client metrics through Micrometer, {@code kafka_stream_*}, and the JVM's) on
 * {@link EnrichConfig#httpPort()}. Thread-safe.
 */
public final class EnrichService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);

    private final KafkaStreams streams;
    private final String applicationId;
    private final PrometheusMeterRegistry registry;
    private final KafkaStreamsMetrics streamsMetrics;
    private final ManagementServer management;

    private EnrichService(KafkaStreams streams, String applicationId, PrometheusMeterRegistry registry,
                          KafkaStreamsMetrics streamsMetrics, ManagementServer management) {
        this.streams = streams;
        this.applicationId = applicationId;
        this.registry = registry;
        this.streamsMetrics = streamsMetrics;
        this.management = management;
    }

    /**
     * Ensures the topics, binds the health and metrics port, then starts the streams application; returns once it
     * is starting.
     *
     * @throws IllegalStateException when {@code pages.clean} does not exist or a topic has the wrong partitions
     * @throws java.io.UncheckedIOException when the health and metrics port cannot be bound
     * @throws io.newsflow.service.config.ConfigException when Kafka refuses the login or the TLS handshake
     */
    public static EnrichService start(EnrichConfig config) throws InterruptedException {
        if (!KafkaPreflight.verify(config.kafka(), KafkaPreflight.TIMEOUT)) {
            LOG.warn("enrich {}: Kafka at {} did not answer within {} s; still trying", config.applicationId(),
                    config.kafka().get("bootstrap.servers"), KafkaPreflight.TIMEOUT.toSeconds());
        }
        try (Admin admin = Admin.create(config.streamsProperties())) {
            EnrichTopics.ensure(admin, config);
        }
        KafkaStreams streams = new KafkaStreams(EnrichTopology.build(config), config.streamsProperties());
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("enrich {}: stream thread failed, replacing it", config.applicationId(), e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
        ManagementServer management;
        try {
            management = ManagementServer.start(config.httpPort(), EnrichConfig.ENRICH_HTTP_PORT,
                    new ManagementEndpoints(() -> readiness(streams), registry::scrape));
        } catch (RuntimeException e) {
            streamsMetrics.close();
            streams.close(Duration.ZERO);
            registry.close();
            throw e;
        }
        LOG.info("enrich {} starting; health and metrics on port {}", config.applicationId(), management.port());
        streams.start();
        return new EnrichService(streams, config.applicationId(), registry, streamsMetrics, management);
    }

    private static Readiness readiness(KafkaStreams streams) {
        KafkaStreams.State state = streams.state();
        return state == KafkaStreams.State.RUNNING ? Readiness.ready("Kafka Streams " + state)
                : Readiness.notReady("Kafka Streams " + state);
    }

    /** The Kafka Streams state: RUNNING when it processes, REBALANCING while partitions move. */
    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Whether it is processing: running, not starting, rebalancing or stopped. */
    public boolean isReady() {
        return readiness(streams).ready();
    }

    public String applicationId() {
        return applicationId;
    }

    /** The port of {@code /health/live}, {@code /health/ready} and {@code /metrics}. */
    public int httpPort() {
        return management.port();
    }

    /**
     * Stops processing and leaves the consumer group, so that the partitions move at once: to the other instances,
     * or to this service's next start, which would otherwise wait for the group to time the old member out
     * (Kafka Streams stays in the group on close by default).
     */
    @Override
    public void close() {
        management.close();
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
        streamsMetrics.close();
        registry.close();
    }
}
