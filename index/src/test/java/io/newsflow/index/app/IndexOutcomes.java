package io.newsflow.index.app;

import static org.awaitility.Awaitility.await;

import io.newsflow.events.DeadLetter;
import io.newsflow.events.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.search.Hit;

/** What the indexer left behind, for the accounting a fault test ends with. */
final class IndexOutcomes {

    private static final Duration POLL = Duration.ofMillis(200);

    private IndexOutcomes() {
    }

    /** The id of every document under {@code alias} (at most 10 000), after a refresh. */
    static List<String> documentIds(OpenSearchClient client, String alias) throws IOException {
        client.indices().refresh(r -> r.index(alias));
        return client.search(s -> s.index(alias).size(10_000).source(src -> src.fetch(false)), Object.class)
                .hits().hits().stream().map(Hit::id).toList();
    }

    /** The key of every {@code index.dlq} record, up to its current end, whose source topic is {@code sourceTopic}. */
    static List<String> deadLetterKeys(String bootstrapServers, String sourceTopic) {
        Map<String, Object> props = Map.of("bootstrap.servers", bootstrapServers, "isolation.level", "read_committed");
        List<String> keys = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.INDEX_DLQ).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    if (sourceTopic.equals(DeadLetter.read(record).sourceTopic())) {
                        keys.add(record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8));
                    }
                }
                return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
            });
        }
        return keys;
    }
}
