package io.newsflow.enrich.app;

import io.newsflow.events.config.KafkaPreflight;
import java.time.Duration;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich service: the topology of {@link EnrichTopology#build(EnrichConfig)} running on Kafka Streams, with its
 * topics ensured first. A record error never stops it (records go to the DLQ); a failed stream thread is replaced.
 * Thread-safe.
 */
public final class EnrichService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);

    private final KafkaStreams streams;
    private final String applicationId;

    private EnrichService(KafkaStreams streams, String applicationId) {
        this.streams = streams;
        this.applicationId = applicationId;
    }

    /**
     * Ensures the topics, then starts the streams application; returns once it is starting.
     *
     * @throws IllegalStateException when {@code pages.clean} does not exist or a topic has the wrong partitions
     * @throws io.newsflow.events.config.ConfigException when Kafka refuses the login or the TLS handshake
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
        LOG.info("enrich {} starting", config.applicationId());
        streams.start();
        return new EnrichService(streams, config.applicationId());
    }

    /** The Kafka Streams state: RUNNING when it processes, REBALANCING while partitions move. */
    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Whether it is processing: running, not starting, rebalancing or stopped. */
    public boolean isReady() {
        return streams.state() == KafkaStreams.State.RUNNING;
    }

    public String applicationId() {
        return applicationId;
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
    }
}
