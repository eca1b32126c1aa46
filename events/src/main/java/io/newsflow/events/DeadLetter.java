package io.newsflow.events;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
 * {@code source.*} headers, never the text "null". The message is never empty: it falls back to the error class,
 * and never longer than {@value #MAX_MESSAGE_CHARS} characters.
 *
 * <p>A letter must fit its topic like any record: {@link #fitTo} cuts a value larger than the page-size contract
 * allows, and the letter then says so ({@code error.value.truncated} holds the original size, and the message ends
 * with it). A truncated letter is evidence, not a record to replay.
 *
 * @param stage           the stage that gave up on the record: {@link #INGEST}, {@link #ENRICH} or {@link #INDEX}
 * @param errorClass      what kind of error: an exception class name, a rejection reason or an OpenSearch error type
 * @param errorMessage    what was wrong, in words an operator can act on
 * @param sourceTopic     the topic the record was read from, or null
 * @param sourcePartition its partition, or -1
 * @param sourceOffset    its offset, or -1
 * @param key             the original key bytes, or null
 * @param value           the original value bytes (their first bytes when truncated), or null
 * @param valueTruncatedFrom the size in bytes of the original value when {@code value} holds only its start, else -1
 */
public record DeadLetter(String stage, String errorClass, String errorMessage, String sourceTopic,
                         int sourcePartition, long sourceOffset, byte[] key, byte[] value, long valueTruncatedFrom) {

    public static final String INGEST = "ingest";
    public static final String ENRICH = "enrich";
    public static final String INDEX = "index";

    public static final String ERROR_CLASS = "error.class";
    public static final String ERROR_MESSAGE = "error.message";
    public static final String ERROR_STAGE = "error.stage";
    public static final String SOURCE_TOPIC = "source.topic";
    public static final String SOURCE_PARTITION = "source.partition";
    public static final String SOURCE_OFFSET = "source.offset";
    /** Present only on a letter whose value was cut to fit its topic: the original value's size in bytes. */
    public static final String VALUE_TRUNCATED = "error.value.truncated";
    /** Every header this format adds; a replay drops them, since they describe the failure, not the record. */
    public static final List<String> HEADERS = List.of(ERROR_CLASS, ERROR_MESSAGE, ERROR_STAGE, SOURCE_TOPIC,
            SOURCE_PARTITION, SOURCE_OFFSET, VALUE_TRUNCATED);
    /** The longest error message a letter carries (an exception message may quote a whole record). */
    public static final int MAX_MESSAGE_CHARS = 4_000;
    /** The largest key a letter carries: record keys are ids; a longer one is cut like a value. */
    public static final int MAX_KEY_BYTES = 16 << 10;

    public DeadLetter {
        if (stage == null || stage.isBlank()) {
            throw new IllegalArgumentException("a dead letter names its stage");
        }
        errorClass = errorClass == null || errorClass.isBlank() ? "unknown" : errorClass;
        errorMessage = errorMessage == null || errorMessage.isBlank() ? errorClass : errorMessage;
        if (errorMessage.length() > MAX_MESSAGE_CHARS) {
            errorMessage = errorMessage.substring(0, MAX_MESSAGE_CHARS - 1) + "\u2026";
        }
        if (valueTruncatedFrom < 0) {
            valueTruncatedFrom = -1;
        }
        if (sourceTopic == null) {
            sourcePartition = -1;
            sourceOffset = -1;
        }
    }

    /** A letter holding the whole original value. */
    public DeadLetter(String stage, String errorClass, String errorMessage, String sourceTopic, int sourcePartition,
                      long sourceOffset, byte[] key, byte[] value) {
        this(stage, errorClass, errorMessage, sourceTopic, sourcePartition, sourceOffset, key, value, -1);
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
                header(h, SOURCE_TOPIC), (int) number(partition), number(offset), record.key(), record.value(),
                number(header(h, VALUE_TRUNCATED)));
    }

    /** Whether {@link #value()} holds only the start of the original value. */
    public boolean truncated() {
        return valueTruncatedFrom >= 0;
    }

    /**
     * This letter with a value of at most {@code maxValueBytes} bytes and a key of at most {@value #MAX_KEY_BYTES}:
     * itself when both fit, else a letter holding their first bytes, whose message and {@value #VALUE_TRUNCATED}
     * header say the value was cut and from what size.
     */
    public DeadLetter fitTo(int maxValueBytes) {
        boolean valueFits = value == null || value.length <= maxValueBytes;
        boolean keyFits = key == null || key.length <= MAX_KEY_BYTES;
        if (valueFits && keyFits) {
            return this;
        }
        byte[] cutKey = keyFits ? key : Arrays.copyOf(key, MAX_KEY_BYTES);
        if (valueFits) {
            return new DeadLetter(stage, errorClass, errorMessage, sourceTopic, sourcePartition, sourceOffset, cutKey,
                    value, valueTruncatedFrom);
        }
        long original = truncated() ? valueTruncatedFrom : value.length;
        String note = " [value truncated from " + original + " to " + maxValueBytes + " bytes to fit the topic]";
        String message = errorMessage.length() + note.length() > MAX_MESSAGE_CHARS
                ? errorMessage.substring(0, MAX_MESSAGE_CHARS - note.length() - 1) + "\u2026" + note
                : errorMessage + note;
        return new DeadLetter(stage, errorClass, message, sourceTopic, sourcePartition, sourceOffset, cutKey,
                Arrays.copyOf(value, maxValueBytes), original);
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
        if (truncated()) {
            add(headers, VALUE_TRUNCATED, Long.toString(valueTruncatedFrom));
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
