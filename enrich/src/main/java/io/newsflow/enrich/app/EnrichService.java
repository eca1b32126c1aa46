package io.newsflow.enrich.app;

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
     */
    public static EnrichService start(EnrichConfig config) throws InterruptedException {
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

    /**
     * Stops processing and leaves the consumer group, so that the partitions move at once: to the other instances,
     * or to this service's next start, which would otherwise wait for the group to time the old member out
     * (Kafka Streams stays in the group on close by default).
     */
    @Override
    public void close() {
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
    }
}
