package io.newsflow.enrich.app;

import io.newsflow.events.DlqHeaders;
import io.newsflow.events.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/** Builds the dead-letter records of enrich: original key and value bytes plus the {@link DlqHeaders}. */
final class DeadLetters {

    static final String STAGE = "enrich";

    private DeadLetters() {
    }

    static String topic(Map<String, ?> configs) {
        Object t = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        return t == null ? Topics.ENRICH_DLQ : t.toString();
    }

    static List<ProducerRecord<byte[], byte[]>> record(String dlqTopic, ErrorHandlerContext context, byte[] key,
                                                       byte[] value, Exception error) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(DlqHeaders.ERROR_CLASS, bytes(error.getClass().getName()));
        headers.add(DlqHeaders.ERROR_MESSAGE, bytes(String.valueOf(error.getMessage())));
        headers.add(DlqHeaders.ERROR_STAGE, bytes(STAGE));
        headers.add(DlqHeaders.SOURCE_TOPIC, bytes(context.topic()));
        headers.add(DlqHeaders.SOURCE_PARTITION, bytes(Integer.toString(context.partition())));
        headers.add(DlqHeaders.SOURCE_OFFSET, bytes(Long.toString(context.offset())));
        return List.of(new ProducerRecord<>(dlqTopic, null, key, value, headers));
    }

    static String keyOf(byte[] key) {
        return key == null ? "(no key)" : new String(key, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
    }
}
