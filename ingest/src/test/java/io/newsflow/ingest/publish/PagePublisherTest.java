package io.newsflow.ingest.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.clean.CleanerConfig;
import io.newsflow.ingest.clean.PageCleaner;
import io.newsflow.ingest.clean.PageRejectedException;
import io.newsflow.ingest.clean.ScrapedPage;
import io.newsflow.ingest.source.RawPageConsumer;
import io.newsflow.ingest.source.RawPages;
import io.newsflow.events.Page;
import io.newsflow.events.PageKeys;
import io.newsflow.service.config.PageSizeContract;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.Test;

class PagePublisherTest {

    /**
     * The counters that alerts watch with {@code increase()} are there at zero from the start, so the first failure
     * and the first dead letter of each kind are an increase, not a series that appears with its first value.
     */
    @Test
    void theFailureAndDeadLetterCountersStartAtZero() {
        Properties kafka = new Properties();
        kafka.put("bootstrap.servers", "127.0.0.1:9");
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (KafkaOutput output = new KafkaOutput(kafka, Duration.ofMillis(100),
                new PageSizeContract(PageSizeContract.MIN_PAGE_BYTES), registry)) {
            PagePublisher publisher = new PagePublisher(new PageCleaner(CleanerConfig.defaults(), Clock.systemUTC()),
                    output, registry);
            try (RawPageConsumer consumer = new RawPageConsumer(kafka, "g", publisher, new RawPages(1_024),
                    Duration.ofSeconds(1), registry)) {
                for (String source : List.of("http", "kafka", "file", "warc")) {
                    Counter failed = registry.find("ingest.pages.failed").tag("source", source).counter();
                    assertEquals(0.0, failed == null ? -1 : failed.count(), source);
                }
                for (String reason : List.of("MALFORMED", "INVALID", "TOO_LARGE", "NO_CONTENT")) {
                    Counter letters = registry.find("ingest.dlq.records").tag("source", "kafka")
                            .tag("reason", reason).counter();
                    assertEquals(0.0, letters == null ? -1 : letters.count(), reason);
                }
            }
        }
    }

    /**
     * Closed with a short timeout, as when the broker is known to be gone, the output fails every page it holds
     * instead of waiting for a broker: none is left without an outcome, and the close takes the timeout, not the
     * 30 s it gives a broker that may come back.
     */
    @Test
    void closedWithAShortTimeoutTheOutputFailsEveryPageItHolds() throws Exception {
        Properties kafka = new Properties();
        kafka.put("bootstrap.servers", "127.0.0.1:9");
        KafkaOutput output = new KafkaOutput(kafka, Duration.ofSeconds(20),
                new PageSizeContract(PageSizeContract.MIN_PAGE_BYTES), new SimpleMeterRegistry());
        List<CompletableFuture<RecordMetadata>> acks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            acks.add(output.publish(page("https://example.org/held-" + i, "Held page " + i + "."),
                    System.nanoTime() + Duration.ofMinutes(5).toNanos()));
        }
        long closing = System.nanoTime();

        output.close(Duration.ofSeconds(1));

        Duration took = Duration.ofNanos(System.nanoTime() - closing);
        assertTrue(took.compareTo(Duration.ofSeconds(20)) < 0, "close took " + took);
        for (CompletableFuture<RecordMetadata> ack : acks) {
            ExecutionException failed = assertThrows(ExecutionException.class, () -> ack.get(30, TimeUnit.SECONDS));
            Throwable cause = failed.getCause();
            assertTrue(cause instanceof KafkaException || cause instanceof IllegalStateException, cause.toString());
        }
    }

    /**
     * A cleaned page larger than {@code pages.clean} may carry is refused as too large before anything is sent, with
     * a message that names the sizes; nothing reaches Kafka (the producer here has no broker to reach).
     */
    @Test
    void aCleanedPageOverThePageRecordLimitIsRefusedAsTooLargeBeforeItIsSent() {
        PageSizeContract contract = new PageSizeContract(PageSizeContract.MIN_PAGE_BYTES);
        Properties kafka = new Properties();
        kafka.put("bootstrap.servers", "127.0.0.1:9");
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (KafkaOutput output = new KafkaOutput(kafka, Duration.ofMillis(100), contract, registry)) {
            PagePublisher publisher = new PagePublisher(new PageCleaner(CleanerConfig.defaults(), Clock.systemUTC()),
                    output, registry);
            String text = "A sentence of plain words about the river port and the council vote.\n\n"
                    .repeat(contract.maxPageRecordBytes() / 60);

            PageRejectedException e = assertThrows(PageRejectedException.class, () -> publisher.publish(
                    ScrapedPage.ofString("https://example.org/long", text, ScrapedPage.Kind.TEXT, null, "http")));

            assertEquals(PageRejectedException.Reason.TOO_LARGE, e.reason());
            assertTrue(e.getMessage().contains("over the record limit of " + contract.maxPageRecordBytes() + " bytes"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("INGEST_MAX_PAGE_BYTES"), e.getMessage());
        }
    }

    private static Page page(String url, String text) {
        return new Page(PageKeys.id(url), url, url, "example.org", null, null, null, null, null, "en", text, List.of(),
                PageKeys.contentHash(text), null, Instant.now(), "file", null);
    }
}
