package io.newsflow.testkit;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a whole topic from the beginning, committed records only, without a consumer group: for integration tests
 * that assert what a service wrote. Each call reads afresh.
 */
public final class TopicReader {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private TopicReader() {
    }

    /**
     * Reads {@code topic} until the records read so far satisfy {@code until} (at most 60 s, else the test fails),
     * and returns them.
     */
    public static List<ConsumerRecord<String, String>> readUntil(String bootstrap, String topic,
                                                                 Predicate<List<ConsumerRecord<String, String>>> until) {
        return read(bootstrap, topic, (consumer, records) -> until.test(records));
    }

    /**
     * Reads every committed record of {@code topic} written so far: up to each partition's last stable offset as
     * read when called (at most 60 s, else the test fails).
     */
    public static List<ConsumerRecord<String, String>> readAll(String bootstrap, String topic) {
        Map<TopicPartition, Long> ends = new HashMap<>();
        return read(bootstrap, topic, (consumer, records) -> {
            if (ends.isEmpty()) {
                ends.putAll(consumer.endOffsets(consumer.assignment(), TIMEOUT));
            }
            return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
        });
    }

    /** Reads every partition of {@code topic} from the beginning, committed records only, until {@code done}. */
    private static List<ConsumerRecord<String, String>> read(String bootstrap, String topic,
            BiPredicate<KafkaConsumer<String, String>, List<ConsumerRecord<String, String>>> done) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            await().atMost(TIMEOUT).until(() -> !consumer.partitionsFor(topic).isEmpty());
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).collect(Collectors.toList());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(TIMEOUT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return done.test(consumer, records);
            });
        }
        return records;
    }

    /** Reads {@code topic} until a record satisfies {@code match}, and returns the matching ones read by then. */
    public static List<ConsumerRecord<String, String>> readMatching(String bootstrap, String topic,
                                                                    Predicate<ConsumerRecord<String, String>> match,
                                                                    int atLeast) {
        return readUntil(bootstrap, topic, records -> records.stream().filter(match).count() >= atLeast).stream()
                .filter(match).toList();
    }
}
