package io.newsflow.deploy.dlq;

import io.newsflow.events.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The records of a dead-letter topic: read to see what was rejected and why, and replayed, once the cause is
 * fixed, to the topic each came from. Both stop at the end the topic had when they started, so a replay whose
 * records fail again does not loop. Not thread-safe: one per command.
 */
public final class DeadLetterTopic {

    /** Headers a replay drops: they described the failure, not the record. */
    private static final Set<String> FAILURE_HEADERS = Set.copyOf(DeadLetter.HEADERS);
    /** The header a replayed record carries: the dead-letter record it came from ({@code ingest.dlq-0@12}). */
    public static final String REPLAYED_FROM = "replayed.from";
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);

    private final Map<String, Object> clientProperties;

    /** @param clientProperties Kafka client properties (bootstrap servers, security) for both reading and writing */
    public DeadLetterTopic(Map<String, Object> clientProperties) {
        this.clientProperties = Map.copyOf(clientProperties);
    }

    /** One record of a dead-letter topic: where it sits, when it was written, and the dead letter it holds. */
    public record Entry(String topic, int partition, long offset, Instant timestamp, DeadLetter letter) {

        /** Where the record sits: {@code ingest.dlq-0@12}. */
        public String address() {
            return topic + "-" + partition + "@" + offset;
        }
    }

    /** What a replay did. */
    public record Replay(int replayed, int skipped, Map<String, Integer> byTarget) {
    }

    /**
     * Hands the first {@code max} records of {@code topic}, oldest first per partition, to {@code sink}, without a
     * consumer group: reading never moves a replay's position.
     */
    public int read(String topic, int max, Consumer<Entry> sink) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(props)) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            int n = 0;
            while (n < max && !reached(consumer, end)) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
                    if (n < max && r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        sink.accept(entry(r));
                        n++;
                    }
                }
            }
            return n;
        }
    }

    /**
     * Sends every record of {@code topic} that consumer group {@code group} has not replayed yet to the topic it
     * came from ({@code to} instead, when given), with its original key, value and headers, and commits the group's
     * position once they are acknowledged: a second replay sends only what failed since. A record that names no
     * source topic is skipped and reported to {@code skipped}, unless {@code to} is given; so is one whose value
     * was cut to fit the dead-letter topic ({@link DeadLetter#truncated()}): it no longer holds the record.
     */
    public Replay replay(String topic, String to, String group, Consumer<Entry> skipped) {
        Map<String, Object> consumerProps = new HashMap<>(clientProperties);
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, Object> producerProps = new HashMap<>(clientProperties);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        int replayed = 0;
        int skippedCount = 0;
        Map<String, Integer> byTarget = new LinkedHashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(consumerProps);
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps, new ByteArraySerializer(),
                        new ByteArraySerializer())) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
            for (TopicPartition p : partitions) {
                OffsetAndMetadata at = committed.get(p);
                if (at == null) {
                    consumer.seekToBeginning(List.of(p));
                } else {
                    consumer.seek(p, at.offset());
                }
            }
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            while (!reached(consumer, end)) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
                    TopicPartition p = new TopicPartition(r.topic(), r.partition());
                    if (r.offset() >= end.get(p)) {
                        continue;
                    }
                    Entry entry = entry(r);
                    String target = to != null ? to : entry.letter().sourceTopic();
                    if (target == null || target.isBlank() || entry.letter().truncated()) {
                        skipped.accept(entry);
                        skippedCount++;
                    } else {
                        ProducerRecord<byte[], byte[]> out = new ProducerRecord<>(target, null, r.key(), r.value());
                        for (Header h : r.headers()) {
                            if (!FAILURE_HEADERS.contains(h.key())) {
                                out.headers().add(h);
                            }
                        }
                        out.headers().add(REPLAYED_FROM, entry.address().getBytes(StandardCharsets.UTF_8));
                        sent.add(producer.send(out));
                        byTarget.merge(target, 1, Integer::sum);
                        replayed++;
                    }
                    done.put(p, new OffsetAndMetadata(r.offset() + 1));
                }
                // The position moves only past records the target topics have acknowledged: a send that failed
                // stops the replay before its record is marked replayed.
                producer.flush();
                acknowledged(sent);
                if (!done.isEmpty()) {
                    consumer.commitSync(done);
                    done.clear();
                }
            }
        }
        return new Replay(replayed, skippedCount, byTarget);
    }

    private static void acknowledged(List<Future<RecordMetadata>> sent) {
        try {
            for (Future<RecordMetadata> f : sent) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof KafkaException k ? k
                    : new KafkaException("a replayed record was not acknowledged", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptException(e);
        }
        sent.clear();
    }

    private static KafkaConsumer<byte[], byte[]> consumer(Map<String, Object> props) {
        // Asking for a topic that is not there must not create it.
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, METADATA_TIMEOUT).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        if (partitions.isEmpty()) {
            throw new IllegalArgumentException("topic " + topic + " does not exist at "
                    + clientProperties.get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG));
        }
        return partitions;
    }

    /** Whether every partition's position has reached the end it had when the command started. */
    private static boolean reached(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static Entry entry(ConsumerRecord<byte[], byte[]> r) {
        return new Entry(r.topic(), r.partition(), r.offset(), Instant.ofEpochMilli(r.timestamp()),
                DeadLetter.read(r));
    }
}
