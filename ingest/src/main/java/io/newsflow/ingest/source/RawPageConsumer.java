package io.newsflow.ingest.source;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.newsflow.events.Topics;
import io.newsflow.ingest.clean.PageRejectedException;
import io.newsflow.ingest.clean.ScrapedPage;
import io.newsflow.events.DeadLetter;
import io.newsflow.ingest.publish.PagePublisher;
import io.newsflow.ingest.publish.Rejection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes {@code pages.raw} for scrapers that publish there: each record becomes a page on {@code pages.clean}, or
 * a dead letter on {@code ingest.dlq} saying what was wrong. A batch's offsets are committed only after every output
 * record of the batch was acknowledged; when Kafka does not acknowledge them, the batch is read again (the pipeline
 * drops redelivered pages), so no record is ever lost.
 *
 * <p>Runs on its own thread ({@link #start()}); {@link #close()} stops it and may be called from any thread.
 */
public final class RawPageConsumer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RawPageConsumer.class);
    private static final String SOURCE = ScrapedPage.KAFKA;

    private final Consumer<byte[], byte[]> consumer;
    private final KafkaClientMetrics metrics;
    private final PagePublisher publisher;
    private final RawPages rawPages;
    private final Duration ackTimeout;
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * @param kafka      client properties; offsets are committed by this class only
     * @param group      consumer group id
     * @param ackTimeout how long to wait for a batch's output to be acknowledged before reading it again
     */
    public RawPageConsumer(Properties kafka, String group, PagePublisher publisher, RawPages rawPages,
                           Duration ackTimeout, MeterRegistry registry) {
        Properties props = new Properties();
        props.putAll(kafka);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-ingest-raw");
        props.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        this.consumer = new KafkaConsumer<>(props);
        this.metrics = new KafkaClientMetrics(consumer);
        metrics.bindTo(registry);
        this.publisher = publisher;
        publisher.expectDeadLetters(SOURCE, Stream.concat(Arrays.stream(InvalidPageException.Problem.values()),
                Arrays.stream(PageRejectedException.Reason.values())).map(Enum::name).distinct().toList());
        this.rawPages = rawPages;
        this.ackTimeout = ackTimeout;
        this.thread = new Thread(this::run, "ingest-pages-raw");
    }

    public void start() {
        thread.start();
    }

    private void run() {
        try {
            consumer.subscribe(List.of(Topics.PAGES_RAW));
            while (running) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    handle(records);
                }
            }
        } catch (WakeupException e) {
            // close() woke the poll: stop
        } catch (RuntimeException e) {
            LOG.error("pages.raw consumer stopped: {}", e.toString(), e);
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(10)));
        }
    }

    private void handle(ConsumerRecords<byte[], byte[]> records) {
        List<CompletableFuture<Void>> outputs = new ArrayList<>(records.count());
        for (ConsumerRecord<byte[], byte[]> record : records) {
            outputs.add(output(record));
        }
        try {
            CompletableFuture.allOf(outputs.toArray(CompletableFuture[]::new))
                    .get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
            consumer.commitSync(nextOffsets(records));
            LOG.info("pages.raw: {} record(s) handled and committed", records.count());
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("pages.raw: output of {} record(s) not acknowledged ({}); reading them again",
                    records.count(), e.getCause() == null ? e.toString() : e.getCause().toString());
            rewind(records);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private CompletableFuture<Void> output(ConsumerRecord<byte[], byte[]> record) {
        try {
            return publisher.publish(rawPages.parse(record.value(), SOURCE))
                    .<Void>thenApply(published -> null)
                    .exceptionallyCompose(error -> refusedToDeadLetter(record, error));
        } catch (InvalidPageException e) {
            publisher.rejected(SOURCE, e.rejection());
            return publisher.deadLetter(DeadLetter.of(DeadLetter.INGEST, record, e.problem().name(), e.getMessage()));
        } catch (PageRejectedException e) {
            return publisher.deadLetter(DeadLetter.of(DeadLetter.INGEST, record, e.reason().name(), e.getMessage()));
        } catch (RuntimeException e) {
            // hostile input must not stop the consumer: the record goes to the DLQ with the failure
            LOG.warn("record {}-{}@{} failed in the cleaner", record.topic(), record.partition(), record.offset(), e);
            publisher.rejected(SOURCE, Rejection.CLEANER_ERROR);
            return publisher.deadLetter(DeadLetter.of(DeadLetter.INGEST, record, e.getClass().getName(),
                    "the cleaner failed on this page: " + e));
        }
    }

    /**
     * A page Kafka refuses for good (e.g. too large a record) goes to the DLQ; a retriable failure (broker away)
     * fails the batch so that it is read again.
     */
    private CompletableFuture<Void> refusedToDeadLetter(ConsumerRecord<byte[], byte[]> record, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof RetriableException) {
            return CompletableFuture.failedFuture(cause);
        }
        return publisher.deadLetter(DeadLetter.of(DeadLetter.INGEST, record, cause.getClass().getName(),
                "Kafka refused the cleaned page: " + cause.getMessage()));
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<byte[], byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<byte[], byte[]>> inPartition = records.records(partition);
            offsets.put(partition, new OffsetAndMetadata(inPartition.get(inPartition.size() - 1).offset() + 1));
        }
        return offsets;
    }

    private void rewind(ConsumerRecords<byte[], byte[]> records) {
        for (TopicPartition partition : records.partitions()) {
            consumer.seek(partition, records.records(partition).get(0).offset());
        }
    }

    /** Stops consuming; a batch in progress is not committed, so it is read again by the next consumer. */
    @Override
    public void close() {
        running = false;
        if (thread.getState() == Thread.State.NEW) {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(10)));
            metrics.close();
            return;
        }
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        metrics.close();
    }
}
