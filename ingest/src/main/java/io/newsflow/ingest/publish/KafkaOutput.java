package io.newsflow.ingest.publish;

import io.newsflow.events.DeadLetter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.newsflow.events.JsonSerde;
import io.newsflow.events.Page;
import io.newsflow.events.Topics;
import io.newsflow.service.config.PageSizeContract;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Everything ingest writes to Kafka: cleaned pages to {@code pages.clean}, keyed by page id, and dead letters to
 * {@code ingest.dlq}. One idempotent producer with {@code acks=all}, so an acknowledged record is on every in-sync
 * replica and a retried send is never written twice. The producer sends every record of the page-size contract; a
 * cleaned page larger than the contract's page record is refused before it is sent.
 *
 * <p>A send can block its caller for up to {@code max.block.ms} (no metadata while Kafka is unreachable, a full
 * buffer). {@link #publish(Page, long)} therefore hands sends to one sender thread and lets the caller wait only
 * until its deadline: an HTTP request answers in time whatever Kafka does, and the pages of a batch share one
 * deadline instead of blocking {@code max.block.ms} each. A page still queued for the sender when its deadline has
 * passed is not sent at all.
 *
 * <p>Thread-safe (one shared producer). Futures complete on the producer's I/O thread or the sender thread: callers
 * must not block there.
 */
public final class KafkaOutput implements AutoCloseable {

    private final JsonSerde<Page> pages;
    private final int maxDeadLetterBytes;
    private final Producer<byte[], byte[]> producer;
    private final KafkaClientMetrics metrics;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "ingest-kafka-sender");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param kafka      client properties (bootstrap servers, security); delivery guarantees are set here
     * @param maxBlock   longest a send may block the caller while Kafka is unreachable (metadata, full buffer)
     * @param sizes      the page-size contract: the largest cleaned page, and what the producer must carry
     */
    public KafkaOutput(Properties kafka, Duration maxBlock, PageSizeContract sizes, MeterRegistry registry) {
        this.pages = JsonSerde.page().limitedTo(sizes.maxPageRecordBytes());
        this.maxDeadLetterBytes = sizes.maxRecordBytes();
        Properties props = new Properties();
        props.putAll(kafka);
        props.putAll(sizes.producerSettings());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(maxBlock.toMillis()));
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-ingest");
        props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        this.producer = new KafkaProducer<>(props);
        this.metrics = new KafkaClientMetrics(producer);
        metrics.bindTo(registry);
    }

    /**
     * Sends a cleaned page to {@code pages.clean}; completes when every in-sync replica has it.
     *
     * @throws RecordTooLargeException when the page, as JSON, is larger than the contract's page record; nothing is
     *                                 sent
     */
    public CompletableFuture<RecordMetadata> publish(Page page) {
        byte[] value = pages.serialize(Topics.PAGES_CLEAN, page);
        return send(new ProducerRecord<>(Topics.PAGES_CLEAN, page.id().getBytes(StandardCharsets.UTF_8), value));
    }

    /**
     * Sends a cleaned page to {@code pages.clean} from the sender thread, unless {@code deadlineNanos} (a
     * {@link System#nanoTime()} instant) has passed before the page's turn; then the future fails with a
     * {@link TimeoutException} and nothing is sent. Never blocks the caller.
     *
     * @throws RecordTooLargeException when the page, as JSON, is larger than the contract's page record; nothing is
     *                                 sent
     */
    public CompletableFuture<RecordMetadata> publish(Page page, long deadlineNanos) {
        byte[] value = pages.serialize(Topics.PAGES_CLEAN, page);
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.PAGES_CLEAN,
                page.id().getBytes(StandardCharsets.UTF_8), value);
        CompletableFuture<RecordMetadata> acked = new CompletableFuture<>();
        try {
            sender.execute(() -> {
                if (System.nanoTime() - deadlineNanos >= 0) {
                    acked.completeExceptionally(new TimeoutException("not handed to Kafka before the deadline: the"
                            + " producer was blocked (Kafka unreachable or its buffer full)"));
                    return;
                }
                send(record).whenComplete((metadata, error) -> {
                    if (error == null) {
                        acked.complete(metadata);
                    } else {
                        acked.completeExceptionally(error);
                    }
                });
            });
        } catch (RejectedExecutionException e) {
            acked.completeExceptionally(new KafkaException("the producer is closed"));
        }
        return acked;
    }

    /** Sends a record ingest could not use to {@code ingest.dlq}, with its error headers. */
    public CompletableFuture<RecordMetadata> deadLetter(DeadLetter letter) {
        return send(letter.fitTo(maxDeadLetterBytes).toRecord(Topics.INGEST_DLQ));
    }

    private CompletableFuture<RecordMetadata> send(ProducerRecord<byte[], byte[]> record) {
        CompletableFuture<RecordMetadata> acked = new CompletableFuture<>();
        try {
            producer.send(record, (metadata, error) -> {
                if (error == null) {
                    acked.complete(metadata);
                } else {
                    acked.completeExceptionally(error);
                }
            });
        } catch (KafkaException | IllegalStateException e) {
            // send() throws instead of failing the future for some errors; a closed producer's, IllegalStateException
            acked.completeExceptionally(e);
        }
        return acked;
    }

    /** Sends everything buffered and waits for it (at most 30 s), then releases the producer. */
    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }

    /**
     * As {@link #close()}, waiting at most {@code timeout} for the buffered pages, then as long again for the
     * producer: a short one where the broker is known to be gone, and nothing buffered can reach it.
     */
    public void close(Duration timeout) {
        sender.shutdown();
        try {
            // a queued page is sent or refused within its deadline plus one max.block.ms
            sender.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        metrics.close();
        producer.close(timeout);
    }
}
