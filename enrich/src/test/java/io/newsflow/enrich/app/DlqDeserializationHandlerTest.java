package io.newsflow.enrich.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.events.DeadLetter;
import io.newsflow.events.Topics;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

class DlqDeserializationHandlerTest {

    @Test
    void anUnreadableRecordBecomesADeadLetterWithItsBytesTheErrorAndItsSource() {
        DlqDeserializationHandler handler = new DlqDeserializationHandler();
        handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.ENRICH_DLQ));
        byte[] key = "k1".getBytes(StandardCharsets.UTF_8);
        byte[] value = "{oops".getBytes(StandardCharsets.UTF_8);
        var record = new ConsumerRecord<>(Topics.PAGES_CLEAN, 3, 42L, key, value);
        DeserializationExceptionHandler.Response response = handler.handleError(new Context(),
                record, new SerializationException("not a valid Page JSON value: Unexpected character"));
        assertEquals(DeserializationExceptionHandler.Result.RESUME, response.result());
        ProducerRecord<byte[], byte[]> dead = response.deadLetterQueueRecords().get(0);
        assertEquals(Topics.ENRICH_DLQ, dead.topic());
        assertEquals("{oops", new String(dead.value(), StandardCharsets.UTF_8));
        assertEquals("k1", new String(dead.key(), StandardCharsets.UTF_8));
        assertEquals(SerializationException.class.getName(), header(dead.headers(), DeadLetter.ERROR_CLASS));
        assertEquals("not a valid Page JSON value: Unexpected character", header(dead.headers(), DeadLetter.ERROR_MESSAGE));
        assertEquals("enrich", header(dead.headers(), DeadLetter.ERROR_STAGE));
        assertEquals(Topics.PAGES_CLEAN, header(dead.headers(), DeadLetter.SOURCE_TOPIC));
        assertEquals("3", header(dead.headers(), DeadLetter.SOURCE_PARTITION));
        assertEquals("42", header(dead.headers(), DeadLetter.SOURCE_OFFSET));
    }

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    /** Where the failed record was read, as Kafka Streams reports it. */
    private static final class Context implements ErrorHandlerContext {
        public String topic() { return Topics.PAGES_CLEAN; }
        public int partition() { return 3; }
        public long offset() { return 42L; }
        public Headers headers() { return new RecordHeaders(); }
        public String processorNodeId() { return "pages"; }
        public TaskId taskId() { return new TaskId(0, 3); }
        public long timestamp() { return 0L; }
        public byte[] sourceRawKey() { return null; }
        public byte[] sourceRawValue() { return null; }
    }
}
