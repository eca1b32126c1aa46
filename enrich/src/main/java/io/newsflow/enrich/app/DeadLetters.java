package io.newsflow.enrich.app;

import io.newsflow.events.DeadLetter;
import io.newsflow.events.Topics;
import io.newsflow.service.config.PageSizeContract;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * The dead letters of enrich, in the {@link DeadLetter} format, for Kafka Streams' error handlers to write: the
 * source record that led to the failure, where it was read, and what went wrong. A letter never depends on the
 * failed record's timestamp (a record written outside processing, such as a changelog flush, has none) and always
 * fits its topic: a value over the record limit is cut, and the letter says so.
 */
final class DeadLetters {

    private final String topic;
    private final int maxValueBytes;

    private DeadLetters(String topic, int maxValueBytes) {
        this.topic = topic;
        this.maxValueBytes = maxValueBytes;
    }

    /** The DLQ topic and record limit of the Kafka Streams configuration a handler is configured with. */
    static DeadLetters configured(Map<String, ?> configs) {
        Object t = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        Object limit = configs.get(EnrichConfig.MAX_RECORD_BYTES_CONFIG);
        return new DeadLetters(t == null ? Topics.ENRICH_DLQ : t.toString(),
                limit == null ? PageSizeContract.defaults().maxRecordBytes() : Integer.parseInt(limit.toString()));
    }

    String topic() {
        return topic;
    }

    /** The letter of the source record {@code context} was handling when {@code error} happened. */
    List<ProducerRecord<byte[], byte[]>> of(ErrorHandlerContext context, byte[] key, byte[] value, Exception error) {
        DeadLetter letter = new DeadLetter(DeadLetter.ENRICH, error.getClass().getName(), error.getMessage(),
                context.topic(), context.partition(), context.offset(), key, value);
        return List.of(letter.fitTo(maxValueBytes).toRecord(topic));
    }

    static String keyOf(byte[] key) {
        if (key == null) {
            return "(no key)";
        }
        String s = new String(key, 0, Math.min(key.length, 200), StandardCharsets.UTF_8);
        return key.length > 200 ? s + "\u2026" : s;
    }
}
