package io.newsflow.ingest.publish;

import io.newsflow.events.DeadLetter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.events.Page;
import io.newsflow.events.Topics;
import io.newsflow.ingest.clean.PageCleaner;
import io.newsflow.ingest.clean.PageRejectedException;
import io.newsflow.ingest.clean.ScrapedPage;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path of every page into {@code pages.clean}, whatever its source: clean it, send it, count it.
 * Thread-safe; it never mutates the pages it is given.
 */
public final class PagePublisher {

    private static final Logger LOG = LoggerFactory.getLogger(PagePublisher.class);

    /** A page Kafka has acknowledged: its id and where it was written. */
    public record Published(String id, String url, int partition, long offset) {
    }

    private final PageCleaner cleaner;
    private final KafkaOutput output;
    private final MeterRegistry registry;

    public PagePublisher(PageCleaner cleaner, KafkaOutput output, MeterRegistry registry) {
        this.cleaner = cleaner;
        this.output = output;
        this.registry = registry;
        // at zero from the start: an alert on increase() sees the first failure, not a series that appears with it
        for (String source : ScrapedPage.SOURCES) {
            Counter.builder("ingest.pages.published").tag("source", source).register(registry);
            Counter.builder("ingest.pages.failed").tag("source", source).register(registry);
        }
    }

    /**
     * Starts {@code ingest_dlq_records_total} at zero for each error class a source may send to {@code ingest.dlq},
     * so that an alert on its increase sees the first letter of each.
     */
    public void expectDeadLetters(String source, List<String> errorClasses) {
        for (String errorClass : errorClasses) {
            Counter.builder("ingest.dlq.records").tag("source", source).tag("reason", errorClass).register(registry);
        }
    }

    /**
     * Cleans {@code page} and sends it; the future completes once Kafka acknowledged it, or fails with the
     * producer's error.
     *
     * @throws PageRejectedException when the cleaner rejects the page, or the cleaned page is larger than
     *                               the page-size contract lets {@code pages.clean} carry; nothing is sent
     */
    public CompletableFuture<Published> publish(ScrapedPage page) throws PageRejectedException {
        Page clean = clean(page);
        try {
            return published(page, clean, output.publish(clean));
        } catch (RecordTooLargeException e) {
            throw tooLarge(page, e);
        }
    }

    /**
     * Cleans {@code page}, counting a rejection; sends nothing.
     *
     * @throws PageRejectedException when the cleaner rejects the page
     */
    public Page clean(ScrapedPage page) throws PageRejectedException {
        try {
            return cleaner.clean(page);
        } catch (PageRejectedException e) {
            rejected(page.source(), Rejection.of(e.reason()));
            LOG.debug("page {} rejected ({}): {}", page.url(), e.reason(), e.getMessage());
            throw e;
        }
    }

    /**
     * Hands a page {@link #clean cleaned} from {@code page} to Kafka without blocking: the future completes once
     * Kafka acknowledged it, or fails with a Kafka {@code TimeoutException}, nothing sent, when the producer could
     * not take the page before {@code deadlineNanos} (a {@link System#nanoTime()} instant). The pages of one request
     * share its deadline.
     *
     * @throws PageRejectedException when the cleaned page is larger than the page-size contract lets
     *                               {@code pages.clean} carry; nothing is sent
     */
    public CompletableFuture<Published> publish(ScrapedPage page, Page clean, long deadlineNanos)
            throws PageRejectedException {
        try {
            return published(page, clean, output.publish(clean, deadlineNanos));
        } catch (RecordTooLargeException e) {
            throw tooLarge(page, e);
        }
    }

    private PageRejectedException tooLarge(ScrapedPage page, RecordTooLargeException e) {
        rejected(page.source(), Rejection.TOO_LARGE);
        LOG.debug("page {} rejected after cleaning: {}", page.url(), e.getMessage());
        return new PageRejectedException(PageRejectedException.Reason.TOO_LARGE, "the cleaned page is too large"
                + " to publish: " + e.getMessage() + " (set by INGEST_MAX_PAGE_BYTES)");
    }

    private CompletableFuture<Published> published(ScrapedPage page, Page clean,
                                                   CompletableFuture<RecordMetadata> sent) {
        return sent.handle((metadata, error) -> {
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                if (cause instanceof RecordTooLargeException) {
                    // the broker refused it for good: the page is rejected, not waiting for Kafka
                    rejected(page.source(), Rejection.TOO_LARGE);
                } else {
                    count("ingest.pages.failed", page.source(), null);
                }
                LOG.debug("page {} ({}) not acknowledged by Kafka: {}", clean.id(), clean.url(), error.toString());
                throw new CompletionException(error instanceof CompletionException ? error.getCause() : error);
            }
            count("ingest.pages.published", page.source(), null);
            LOG.debug("page {} ({}) published at {}-{}", clean.id(), clean.url(), metadata.partition(),
                    metadata.offset());
            return new Published(clean.id(), clean.url(), metadata.partition(), metadata.offset());
        });
    }

    /**
     * Counts a page (or a whole request) refused for {@code reason} in {@code ingest_pages_rejected_total}. Every
     * source calls it for the refusals it finds itself; the cleaner's and Kafka's size refusals are counted here.
     */
    public void rejected(String source, Rejection reason) {
        count("ingest.pages.rejected", source, reason.tag());
    }

    /** Sends a record of {@code pages.raw} that could not be used to {@code ingest.dlq}, counted by error class. */
    public CompletableFuture<Void> deadLetter(DeadLetter letter) {
        count("ingest.dlq.records", ScrapedPage.KAFKA, letter.errorClass());
        LOG.warn("record {} to {}: {} ({})", letter.source(), Topics.INGEST_DLQ, letter.errorMessage(),
                letter.errorClass());
        return output.deadLetter(letter).thenApply(metadata -> null);
    }

    private void count(String name, String source, String reason) {
        Counter.Builder counter = Counter.builder(name).tag("source", source);
        if (reason != null) {
            counter.tag("reason", reason);
        }
        counter.register(registry).increment();
    }
}
