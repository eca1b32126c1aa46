package io.newsflow.index.app;

import io.newsflow.events.DlqHeaders;
import io.newsflow.events.Topics;
import io.newsflow.index.bulk.DeadLetter;
import io.newsflow.index.bulk.DeadLetters;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Writes dead letters to {@code index.dlq}: the original key and value bytes with the {@link DlqHeaders}
 * ({@code error.stage=index}). {@link #send} returns only once Kafka acknowledged every letter ({@code acks=all},
 * idempotent producer). Thread-safe.
 */
final class KafkaDeadLetters implements DeadLetters, AutoCloseable {

    static final String STAGE = "index";

    private final KafkaProducer<byte[], byte[]> producer;

    KafkaDeadLetters(Map<String, Object> kafka) {
        Map<String, Object> props = new HashMap<>(kafka);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-index-dlq");
        this.producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    @Override
    public void send(List<DeadLetter> letters) throws Exception {
        List<Future<?>> acks = new ArrayList<>(letters.size());
        for (DeadLetter letter : letters) {
            acks.add(producer.send(record(letter)));
        }
        for (Future<?> ack : acks) {
            ack.get(60, TimeUnit.SECONDS);
        }
    }

    static ProducerRecord<byte[], byte[]> record(DeadLetter letter) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(DlqHeaders.ERROR_CLASS, utf8(letter.errorClass()));
        headers.add(DlqHeaders.ERROR_MESSAGE, utf8(letter.message()));
        headers.add(DlqHeaders.ERROR_STAGE, utf8(STAGE));
        headers.add(DlqHeaders.SOURCE_TOPIC, utf8(letter.origin().topic()));
        headers.add(DlqHeaders.SOURCE_PARTITION, utf8(Integer.toString(letter.origin().partition())));
        headers.add(DlqHeaders.SOURCE_OFFSET, utf8(Long.toString(letter.origin().offset())));
        return new ProducerRecord<>(Topics.INDEX_DLQ, null, letter.origin().key(), letter.origin().value(), headers);
    }

    private static byte[] utf8(String s) {
        return String.valueOf(s).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
    }
}
