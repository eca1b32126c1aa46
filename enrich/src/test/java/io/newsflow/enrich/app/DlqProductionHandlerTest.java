package io.newsflow.enrich.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.events.DeadLetter;
import io.newsflow.events.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProcessorStateException;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.SerializationExceptionOrigin;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

/**
 * Enrich's handlers for records it cannot process or write. The reported stall began with Kafka Streams' own
 * dead-letter handler failing on "Invalid timestamp: -1" (a record with no timestamp of its own); these letters never
 * use one.
 */
class DlqProductionHandlerTest {

    private static final Map<String, Object> CONFIG = Map.of(
            StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.ENRICH_DLQ,
            EnrichConfig.MAX_RECORD_BYTES_CONFIG, "1000");

    @Test
    void aRecordOverTheLimitSendsItsSourceToTheDlqCutToFitAndProcessingGoesOn() {
        DlqProductionHandler handler = new DlqProductionHandler();
        handler.configure(CONFIG);
        byte[] source = "p".repeat(3_000).getBytes(StandardCharsets.UTF_8);
        ProductionExceptionHandler.Response response = handler.handleSerializationError(
                new Context(Topics.PAGES_CLEAN, 2, 17, -1, "page-1".getBytes(StandardCharsets.UTF_8), source),
                new ProducerRecord<>(Topics.ARTICLES, "page-1", "an article"),
                new RecordTooLargeException("Article of 4000 bytes is over the record limit of 1000 bytes"),
                SerializationExceptionOrigin.VALUE);

        assertEquals(ProductionExceptionHandler.Result.RESUME, response.result());
        ProducerRecord<byte[], byte[]> dead = response.deadLetterQueueRecords().get(0);
        assertEquals(Topics.ENRICH_DLQ, dead.topic());
        assertNull(dead.timestamp(), "the letter must not carry the failed record's timestamp");
        assertEquals("page-1", new String(dead.key(), StandardCharsets.UTF_8));
        assertEquals(1_000, dead.value().length);
        assertEquals("3000", header(dead.headers(), DeadLetter.VALUE_TRUNCATED));
        assertEquals(RecordTooLargeException.class.getName(), header(dead.headers(), DeadLetter.ERROR_CLASS));
        assertTrue(header(dead.headers(), DeadLetter.ERROR_MESSAGE).startsWith("Article of 4000 bytes is over"));
        assertEquals("17", header(dead.headers(), DeadLetter.SOURCE_OFFSET));
    }

    @Test
    void aWriteWithNoSourceRecordStillMakesALetter() {
        DlqProductionHandler handler = new DlqProductionHandler();
        handler.configure(CONFIG);
        ProductionExceptionHandler.Response response = handler.handleSerializationError(
                new Context(null, -1, -1, -1, null, null), new ProducerRecord<>("x-changelog", "k", "v"),
                new RecordTooLargeException("too large"), SerializationExceptionOrigin.VALUE);

        assertEquals(ProductionExceptionHandler.Result.RESUME, response.result());
        ProducerRecord<byte[], byte[]> dead = response.deadLetterQueueRecords().get(0);
        assertNull(dead.headers().lastHeader(DeadLetter.SOURCE_TOPIC));
        assertEquals("too large", header(dead.headers(), DeadLetter.ERROR_MESSAGE));
    }

    @Test
    void aSendKafkaRefusesFailsTheThreadUnderExactlyOnceAndATransientOneIsRetried() {
        DlqProductionHandler handler = new DlqProductionHandler();
        handler.configure(CONFIG);
        Context context = new Context(Topics.PAGES_CLEAN, 0, 1, -1, null, null);
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.ARTICLES, new byte[1], new byte[10]);

        assertEquals(ProductionExceptionHandler.Result.FAIL,
                handler.handleError(context, record, new RecordTooLargeException("refused")).result());
        assertEquals(ProductionExceptionHandler.Result.RETRY,
                handler.handleError(context, record, new NotEnoughReplicasException("later")).result());
    }

    @Test
    void aProcessingFailureOfARecordWithoutTimestampBecomesALetter() {
        DlqProcessingHandler handler = new DlqProcessingHandler();
        handler.configure(CONFIG);
        ProcessingExceptionHandler.Response response = handler.handleError(
                new Context(Topics.PAGES_CLEAN, 1, 5, -1, "k".getBytes(StandardCharsets.UTF_8),
                        "{}".getBytes(StandardCharsets.UTF_8)),
                new Record<>("k", "v", 0L), new IllegalStateException("broken"));

        assertEquals(ProcessingExceptionHandler.Result.RESUME, response.result());
        ProducerRecord<byte[], byte[]> dead = response.deadLetterQueueRecords().get(0);
        assertNull(dead.timestamp());
        assertEquals("{}", new String(dead.value(), StandardCharsets.UTF_8));
        assertEquals("broken", header(dead.headers(), DeadLetter.ERROR_MESSAGE));
    }

    @Test
    void aStateStoreThatCannotWriteFailsTheThreadAndDeadLettersNothingForItIsNoFaultOfTheRecord() {
        DlqProcessingHandler handler = new DlqProcessingHandler();
        handler.configure(CONFIG);
        Context context = new Context(Topics.PAGES_CLEAN, 1, 5, -1, "k".getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        // as RocksDB reports a full disk under Kafka Streams' store, which the metered store wraps once more
        ProcessorStateException full = new ProcessorStateException("Error while putting key/value into store"
                + " enrich-postings", new ProcessorStateException("Error while putting key/value into store"
                + " enrich-postings", new IOException("While appending to file: 000012.sst: No space left on"
                + " device")));

        ProcessingExceptionHandler.Response failed = handler.handleError(context, new Record<>("k", "v", 0L), full);
        assertEquals(ProcessingExceptionHandler.Result.FAIL, failed.result());
        assertTrue(failed.deadLetterQueueRecords().isEmpty(), failed.deadLetterQueueRecords().toString());
        ProcessingExceptionHandler.Response closed = handler.handleError(context, new Record<>("k", "v", 0L),
                new InvalidStateStoreException("Store enrich-articles is currently closed."));
        assertEquals(ProcessingExceptionHandler.Result.FAIL, closed.result());
        // a failure of the record itself, wrapped by Kafka Streams, is still dead-lettered
        assertEquals(ProcessingExceptionHandler.Result.RESUME, handler.handleError(context,
                new Record<>("k", "v", 0L), new StreamsException(new IllegalStateException("broken"))).result());
    }

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private record Context(String topic, int partition, long offset, long timestamp, byte[] sourceRawKey,
                           byte[] sourceRawValue) implements ErrorHandlerContext {
        public Headers headers() {
            return new RecordHeaders();
        }

        public String processorNodeId() {
            return "articles";
        }

        public TaskId taskId() {
            return new TaskId(0, partition < 0 ? 0 : partition);
        }
    }
}
