package io.newsflow.events;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * A record a stage could not use, as it lies on that stage's dead-letter topic ({@code ingest.dlq},
 * {@code enrich.dlq}, {@code index.dlq}): the original key and value bytes, unchanged, and headers that say what was
 * wrong and where the record came from. This is the one definition of that format; every stage writes it with
 * {@link #toRecord} and every reader parses it with {@link #read}.
 *
 * <p>Absent values are absent headers: a letter without a source (a page posted over HTTP has no topic) carries no
 * {@code source.*} headers, never the text "null". The message is never empty: it falls back to the error class.
 *
 * @param stage           the stage that gave up on the record: {@link #INGEST}, {@link #ENRICH} or {@link #INDEX}
 * @param errorClass      what kind of error: an exception class name, a rejection reason or an OpenSearch error type
 * @param errorMessage    what was wrong, in words an operator can act on
 * @param sourceTopic     the topic the record was read from, or null
 * @param sourcePartition its partition, or -1
 * @param sourceOffset    its offset, or -1
 * @param key             the original key bytes, or null
 * @param value           the original value bytes, or null
 */
public record DeadLetter(String stage, String errorClass, String errorMessage, String sourceTopic,
                         int sourcePartition, long sourceOffset, byte[] key, byte[] value) {

    public static final String INGEST = "ingest";
    public static final String ENRICH = "enrich";
    public static final String INDEX = "index";

    public static final String ERROR_CLASS = "error.class";
    public static final String ERROR_MESSAGE = "error.message";
    public static final String ERROR_STAGE = "error.stage";
    public static final String SOURCE_TOPIC = "source.topic";
    public static final String SOURCE_PARTITION = "source.partition";
    public static final String SOURCE_OFFSET = "source.offset";
    /** Every header this format adds; a replay drops them, since they describe the failure, not the record. */
    public static final List<String> HEADERS = List.of(ERROR_CLASS, ERROR_MESSAGE, ERROR_STAGE, SOURCE_TOPIC,
            SOURCE_PARTITION, SOURCE_OFFSET);

    public DeadLetter {
        if (stage == null || stage.isBlank()) {
            throw new IllegalArgumentException("a dead letter names its stage");
        }
        errorClass = errorClass == null || errorClass.isBlank() ? "unknown" : errorClass;
        errorMessage = errorMessage == null || errorMessage.isBlank() ? errorClass : errorMessage;
        if (sourceTopic == null) {
            sourcePartition = -1;
            sourceOffset = -1;
        }
    }

    /** The dead letter of a consumed record that {@code stage} could not use. */
    public static DeadLetter of(String stage, ConsumerRecord<byte[], byte[]> record, String errorClass,
                                String errorMessage) {
        return new DeadLetter(stage, errorClass, errorMessage, record.topic(), record.partition(), record.offset(),
                record.key(), record.value());
    }

    /** Reads the dead letter a record of a dead-letter topic holds; missing headers read as absent values. */
    public static DeadLetter read(ConsumerRecord<byte[], byte[]> record) {
        Headers h = record.headers();
        String stage = header(h, ERROR_STAGE);
        String partition = header(h, SOURCE_PARTITION);
        String offset = header(h, SOURCE_OFFSET);
        return new DeadLetter(stage == null ? "unknown" : stage, header(h, ERROR_CLASS), header(h, ERROR_MESSAGE),
                header(h, SOURCE_TOPIC), (int) number(partition), number(offset), record.key(), record.value());
    }

    /** The headers this letter is written with. */
    public Headers headers() {
        RecordHeaders headers = new RecordHeaders();
        add(headers, ERROR_CLASS, errorClass);
        add(headers, ERROR_MESSAGE, errorMessage);
        add(headers, ERROR_STAGE, stage);
        if (sourceTopic != null) {
            add(headers, SOURCE_TOPIC, sourceTopic);
            add(headers, SOURCE_PARTITION, Integer.toString(sourcePartition));
            add(headers, SOURCE_OFFSET, Long.toString(sourceOffset));
        }
        return headers;
    }

    /** The record to write to {@code dlqTopic}: the original key and value with {@link #headers()}. */
    public ProducerRecord<byte[], byte[]> toRecord(String dlqTopic) {
        return new ProducerRecord<>(dlqTopic, null, null, key, value, headers());
    }

    /** Where the failed record sat, {@code pages.raw-0@12}, or {@code (no source)}. */
    public String source() {
        return sourceTopic == null ? "(no source)" : sourceTopic + "-" + sourcePartition + "@" + sourceOffset;
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String header(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static long number(String s) {
        try {
            return s == null ? -1 : Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
