package io.newsflow.ingest.publish;

import io.newsflow.events.DlqHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * A record ingest could not turn into a page, as it goes to {@code ingest.dlq}: the original key and value bytes
 * and what was wrong with them, in the {@link DlqHeaders} headers.
 *
 * @param key             the original key, or null
 * @param value           the original value, or null
 * @param errorClass      what kind of error, e.g. the exception class or a rejection reason
 * @param errorMessage    what was wrong, in words an operator can act on
 * @param sourceTopic     the topic the record was read from
 * @param sourcePartition its partition
 * @param sourceOffset    its offset
 */
public record DeadLetter(byte[] key, byte[] value, String errorClass, String errorMessage, String sourceTopic,
                         int sourcePartition, long sourceOffset) {

    static final String STAGE = "ingest";

    /** The dead letter of a consumed record that failed with {@code error}. */
    public static DeadLetter of(ConsumerRecord<byte[], byte[]> record, String errorClass, String errorMessage) {
        return new DeadLetter(record.key(), record.value(), errorClass, errorMessage, record.topic(),
                record.partition(), record.offset());
    }

    List<Header> headers() {
        List<Header> headers = new ArrayList<>();
        headers.add(header(DlqHeaders.ERROR_CLASS, errorClass));
        headers.add(header(DlqHeaders.ERROR_MESSAGE, errorMessage));
        headers.add(header(DlqHeaders.ERROR_STAGE, STAGE));
        headers.add(header(DlqHeaders.SOURCE_TOPIC, sourceTopic));
        headers.add(header(DlqHeaders.SOURCE_PARTITION, Integer.toString(sourcePartition)));
        headers.add(header(DlqHeaders.SOURCE_OFFSET, Long.toString(sourceOffset)));
        return List.copyOf(headers);
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, String.valueOf(value).getBytes(StandardCharsets.UTF_8));
    }
}
