package io.newsflow.deploy.run;

import io.newsflow.service.status.TopicCounter;
import io.newsflow.service.status.TopicCounter.Counts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Counts what the pipeline did since it was created, by reading its topics as a monitoring consumer would
 * (read_committed, from the end offsets at creation, so that a second run on the same data counts only its own
 * records), and tells whether every stage has caught up. What a record counts as is {@link TopicCounter}'s, the
 * status page's own. Thread-safe.
 */
final class PipelineProgress implements AutoCloseable {

    private static final Duration METADATA_WAIT = Duration.ofSeconds(30);

    private final Admin admin;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread reader;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final TopicCounter counter = new TopicCounter();

    PipelineProgress(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-run-progress");
        this.admin = Admin.create(props);
        this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TopicCounter.TOPICS) {
            partitionsOf(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        this.reader = new Thread(this::read, "newsflow-run-progress");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * The partitions of {@code topic}, which may have just been created: a broker whose metadata has not caught up
     * with the controller yet answers that it has none, and a topic read without its partitions would never count.
     */
    private List<PartitionInfo> partitionsOf(String topic) {
        long deadline = System.nanoTime() + METADATA_WAIT.toNanos();
        List<PartitionInfo> partitions = consumer.partitionsFor(topic);
        while (partitions.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            partitions = consumer.partitionsFor(topic);
        }
        if (partitions.isEmpty()) {
            throw new IllegalStateException("Kafka names no partition of " + topic + " after " + METADATA_WAIT);
        }
        return partitions;
    }

    private void read() {
        try {
            while (!closed.get()) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    counter.count(record.topic(), record.value());
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** What the topics say happened since start (sorted by the status page's {@link TopicCounter}). */
    Counts counts() {
        return counter.counts();
    }

    /**
     * What consumer group {@code groupId} still has to process: for every partition of every topic it reads and of
     * {@code input}, whether its committed offset has reached the last stable offset. Empty when it has caught up.
     */
    Optional<String> behind(String groupId, String input) throws InterruptedException {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            admin.describeTopics(List.of(input)).allTopicNames().get(10, TimeUnit.SECONDS).get(input).partitions()
                    .forEach(p -> latest.put(new TopicPartition(input, p.partition()), OffsetSpec.latest()));
            var ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                    .get(10, TimeUnit.SECONDS);
            for (var end : ends.entrySet()) {
                OffsetAndMetadata done = committed.get(end.getKey());
                long position = done == null ? 0 : done.offset();
                if (position < end.getValue().offset()) {
                    return Optional.of(groupId + " is at offset " + position + " of " + end.getValue().offset()
                            + " on " + end.getKey());
                }
            }
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            return Optional.of("cannot read the offsets of " + groupId + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            consumer.wakeup();
            try {
                reader.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            admin.close(Duration.ofSeconds(5));
        }
    }
}
