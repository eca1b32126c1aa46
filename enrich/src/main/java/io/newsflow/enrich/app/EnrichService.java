package io.newsflow.enrich.app;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.newsflow.service.ServiceShell;
import io.newsflow.service.management.Readiness;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich service: the topology of {@link EnrichTopology#build(EnrichConfig, int)} running on Kafka Streams, with its
 * topics ensured first. A record error never stops it (records go to the DLQ); a failed stream thread is replaced,
 * unless threads keep failing ({@link ThreadFailurePolicy}): then the client shuts down and its state is ERROR.
 * Serves {@code /health/live}, {@code /health/ready} (ready while Kafka answers and Kafka Streams is RUNNING) and {@code /metrics}
 * (the Kafka Streams client metrics through Micrometer, {@code kafka_stream_*}, and the JVM's) on
 * {@link EnrichConfig#httpPort()}. Thread-safe.
 */
public final class EnrichService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaStreams streams;
    private final String applicationId;
    private final ServiceShell shell;
    private final KafkaStreamsMetrics streamsMetrics;
    private final ThreadFailurePolicy failures;

    private EnrichService(KafkaStreams streams, String applicationId, ServiceShell shell,
                          KafkaStreamsMetrics streamsMetrics, ThreadFailurePolicy failures) {
        this.streams = streams;
        this.applicationId = applicationId;
        this.shell = shell;
        this.streamsMetrics = streamsMetrics;
        this.failures = failures;
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
        ServiceShell shell = ServiceShell.open("enrich " + config.applicationId(), config.kafka());
        int partitions;
        try (Admin admin = Admin.create(config.streamsProperties())) {
            partitions = EnrichTopics.ensure(admin, config);
        }
        KafkaStreams streams = new KafkaStreams(EnrichTopology.build(config, partitions), config.streamsProperties());
        ThreadFailurePolicy failures = new ThreadFailurePolicy(config.applicationId(), Clock.systemUTC());
        streams.setUncaughtExceptionHandler(failures);
        KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(shell.registry());
        try {
            shell.serve(config.httpHost(), config.httpPort(), EnrichConfig.ENRICH_HTTP_PORT,
                    () -> readiness(streams, failures));
        } catch (RuntimeException e) {
            streamsMetrics.close();
            streams.close(Duration.ZERO);
            shell.close();
            throw e;
        }
        LOG.info("enrich {} starting; health and metrics on port {}", config.applicationId(), shell.port());
        streams.start();
        return new EnrichService(streams, config.applicationId(), shell, streamsMetrics, failures);
    }

    /**
     * Ready while Kafka Streams runs; a client that gave up on failing stream threads says why, with the last
     * failure's causes ("No space left on device" where the state directory's disk is full).
     */
    private static Readiness readiness(KafkaStreams streams, ThreadFailurePolicy failures) {
        KafkaStreams.State state = streams.state();
        if (state == KafkaStreams.State.RUNNING) {
            return Readiness.ready("Kafka Streams " + state);
        }
        boolean gaveUp = state == KafkaStreams.State.ERROR || state == KafkaStreams.State.PENDING_ERROR;
        return Readiness.notReady("Kafka Streams " + state + failures.lastFailure().filter(why -> gaveUp)
                .map(why -> ", stream threads failed again and again; the last failure: " + why).orElse(""));
    }

    /** The last stream thread failure, each cause's type and message; empty before any. */
    public Optional<String> lastFailure() {
        return failures.lastFailure();
    }

    /** The Kafka Streams state: RUNNING when it processes, REBALANCING while partitions move. */
    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Whether it is processing: running, not starting, rebalancing or stopped. */
    public boolean isReady() {
        return readiness(streams, failures).ready();
    }

    /**
     * Pages dropped as redeliveries (same URL, same content) since this instance started: the repeats in the
     * pipeline's accounting (every page ends as an article, an update, a duplicate, a repeat or a dead letter).
     */
    public long repeats() {
        return streams.metrics().values().stream()
                .filter(m -> m.metricName().name().equals(ForwardingOutput.REDELIVERED + "-total"))
                .mapToLong(m -> ((Number) m.metricValue()).longValue())
                .sum();
    }

    public String applicationId() {
        return applicationId;
    }

    /** The port of {@code /health/live}, {@code /health/ready} and {@code /metrics}. */
    public int httpPort() {
        return shell.port();
    }

    /**
     * Stops processing and leaves the consumer group, so that the partitions move at once: to the other instances,
     * or to this service's next start, which would otherwise wait for the group to time the old member out
     * (Kafka Streams stays in the group on close by default). Waits up to 30 s for the stream threads.
     */
    @Override
    public void close() {
        close(CLOSE_TIMEOUT);
    }

    /**
     * As {@link #close()}, waiting at most {@code timeout} for the stream threads to end: for an owner who knows
     * Kafka is gone, where the threads would wait for it to the end of the timeout. Threads still running then end
     * on their own.
     */
    public void close(Duration timeout) {
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(timeout));
        streamsMetrics.close();
        shell.close();
    }
}
