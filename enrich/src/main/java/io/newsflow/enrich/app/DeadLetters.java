package io.newsflow.enrich.app;

import io.newsflow.events.DeadLetter;
import io.newsflow.events.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/** The dead letters of enrich, in the {@link DeadLetter} format, for Kafka Streams' error handlers to write. */
final class DeadLetters {

    private DeadLetters() {
    }

    static String topic(Map<String, ?> configs) {
        Object t = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        return t == null ? Topics.ENRICH_DLQ : t.toString();
    }

    static List<ProducerRecord<byte[], byte[]>> record(String dlqTopic, ErrorHandlerContext context, byte[] key,
                                                       byte[] value, Exception error) {
        return List.of(new DeadLetter(DeadLetter.ENRICH, error.getClass().getName(), error.getMessage(),
                context.topic(), context.partition(), context.offset(), key, value).toRecord(dlqTopic));
    }

    static String keyOf(byte[] key) {
        return key == null ? "(no key)" : new String(key, StandardCharsets.UTF_8);
    }
}
