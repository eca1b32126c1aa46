package io.newsflow.deploy.run;

import io.newsflow.events.Article;
import io.newsflow.events.JsonSerde;
import io.newsflow.events.Topics;
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
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Counts what the pipeline did since it was created, by reading its topics as a monitoring consumer would
 * (read_committed, from the end offsets at creation), and tells whether every stage has caught up. Thread-safe.
 */
final class PipelineProgress implements AutoCloseable {

    /**
     * What the topics say happened since start: pages on {@code pages.clean}, article events by kind, duplicates,
     * enrich's dead letters (pages it could not process) and the other stages' dead letters.
     */
    record Counts(long ingested, long created, long updated, long syndicated, long duplicates, long enrichDeadLetters,
                  long otherDeadLetters) {
    }

    private static final List<String> WATCHED = List.of(Topics.PAGES_CLEAN, Topics.ARTICLES, Topics.ARTICLES_DUPLICATES,
            Topics.INGEST_DLQ, Topics.ENRICH_DLQ, Topics.INDEX_DLQ);

    private static final Duration METADATA_WAIT = Duration.ofSeconds(30);

    private final Admin admin;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread reader;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Map<String, Long> perTopic = new HashMap<>();
    private long created;
    private long updated;
    private long syndicated;

    PipelineProgress(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-run-progress");
        this.admin = Admin.create(props);
        this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : WATCHED) {
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
                    count(record);
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private synchronized void count(ConsumerRecord<byte[], byte[]> record) {
        perTopic.merge(record.topic(), 1L, Long::sum);
        if (record.topic().equals(Topics.ARTICLES)) {
            try {
                switch (JsonSerde.article().deserialize(record.topic(), record.value()).story().event()) {
                    case Article.CREATED -> created++;
                    case Article.UPDATED -> updated++;
                    case Article.SYNDICATED -> syndicated++;
                    default -> { }
                }
            } catch (SerializationException e) {
                // the indexer sends such a record to index.dlq, which is counted there
            }
        }
    }

    synchronized Counts counts() {
        return new Counts(perTopic.getOrDefault(Topics.PAGES_CLEAN, 0L), created, updated, syndicated,
                perTopic.getOrDefault(Topics.ARTICLES_DUPLICATES, 0L), perTopic.getOrDefault(Topics.ENRICH_DLQ, 0L),
                perTopic.getOrDefault(Topics.INGEST_DLQ, 0L) + perTopic.getOrDefault(Topics.INDEX_DLQ, 0L));
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
