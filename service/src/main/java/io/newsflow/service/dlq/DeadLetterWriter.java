package io.newsflow.service.dlq;

import io.newsflow.events.DeadLetter;
import io.newsflow.service.config.PageSizeContract;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Writes dead letters to one dead-letter topic in the {@link DeadLetter} format. {@link #send} returns only once
 * Kafka acknowledged every letter ({@code acks=all}, idempotent producer). The producer carries the page-size
 * contract's largest message, and a letter's value is cut to its record limit ({@link DeadLetter#fitTo}), so that a
 * letter is never refused for its size. Thread-safe.
 */
public final class DeadLetterWriter implements DeadLetterSink, AutoCloseable {

    private static final long ACK_TIMEOUT_SECONDS = 60;

    private final String topic;
    private final int maxValueBytes;
    private final KafkaProducer<byte[], byte[]> producer;

    /**
     * @param kafka    Kafka client properties (bootstrap servers, security)
     * @param topic    the dead-letter topic, e.g. {@code index.dlq}
     * @param clientId the producer's client id, e.g. {@code newsflow-index-dlq}
     * @param sizes    the page-size contract
     */
    public DeadLetterWriter(Map<String, Object> kafka, String topic, String clientId, PageSizeContract sizes) {
        Map<String, Object> props = new HashMap<>(kafka);
        props.putAll(sizes.producerSettings());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        this.topic = topic;
        this.maxValueBytes = sizes.maxRecordBytes();
        this.producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    @Override
    public void send(List<DeadLetter> letters) throws Exception {
        List<Future<?>> acks = new ArrayList<>(letters.size());
        for (DeadLetter letter : letters) {
            acks.add(producer.send(letter.fitTo(maxValueBytes).toRecord(topic)));
        }
        for (Future<?> ack : acks) {
            ack.get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
