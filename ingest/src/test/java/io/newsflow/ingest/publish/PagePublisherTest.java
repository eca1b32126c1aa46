package io.newsflow.ingest.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.clean.CleanerConfig;
import io.newsflow.ingest.clean.PageCleaner;
import io.newsflow.ingest.clean.PageRejectedException;
import io.newsflow.ingest.clean.ScrapedPage;
import io.newsflow.service.config.PageSizeContract;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PagePublisherTest {

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
}
