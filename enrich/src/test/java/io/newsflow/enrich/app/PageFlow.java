package io.newsflow.enrich.app;

import io.newsflow.events.JsonSerde;
import io.newsflow.events.Page;
import io.newsflow.events.Topics;
import io.newsflow.testkit.PageAccounting;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A steady flow into {@code pages.clean}, as ingest publishes it, for the fault tests (the "driver" of Kafka's
 * streams system tests): mostly new articles, then exact copies of earlier ones under new URLs, repeats of an
 * earlier page (same URL, same content), and now and then a record that is not a page at all. Once every text was
 * used, the texts come round again under new URLs: more exact copies. One submission per {@code pace} on a thread
 * of its own, until {@link #stop()} (or {@link #MAX_SUBMISSIONS}); every submission Kafka acknowledged is entered in
 * the {@link #accounting()}.
 *
 * <p>Unlike Kafka's driver, the flow keeps at most {@code window} pages without an outcome: it keeps pace with the
 * service however busy the machine is, and while no instance runs it pauses after {@code window} more pages.
 *
 * <p>Thread-safe.
 */
final class PageFlow implements AutoCloseable {

    /** A bound on the flow, whatever happens to the test. */
    private static final int MAX_SUBMISSIONS = 3000;
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private final String run;
    private final List<String> texts;
    private final KafkaProducer<String, byte[]> producer;
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "page-flow");
        thread.setDaemon(true);
        return thread;
    });
    private final Duration pace;
    private final Outcomes outcomes;
    private final int window;
    private final PageAccounting accounting = new PageAccounting();
    private final List<String> acceptedIds = new ArrayList<>();
    /** Every page submitted as a story (not as a copy or a repeat). */
    private final List<Page> stories = new ArrayList<>();
    private final List<Page> pages = new ArrayList<>();
    private int next;
    private int nextText;
    private int copies;
    private volatile Throwable failure;

    /**
     * A flow of pages whose articles use {@code texts} in turn, on URLs made unique by {@code run}, with at most
     * {@code window} of them not yet in {@code outcomes}.
     */
    PageFlow(String bootstrap, String run, List<String> texts, Duration pace, Outcomes outcomes, int window) {
        this.run = run;
        this.texts = List.copyOf(texts);
        this.pace = pace;
        this.outcomes = outcomes;
        this.window = window;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    /** Starts the flow; returns at once. */
    void start() {
        ticks.scheduleAtFixedRate(this::submitNext, 0, pace.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Submissions acknowledged so far. */
    synchronized int accepted() {
        return acceptedIds.size();
    }

    /** The page ids of the submissions acknowledged from the {@code from}-th (0-based) on, in order. */
    synchronized List<String> idsFrom(int from) {
        return List.copyOf(acceptedIds.subList(Math.min(from, acceptedIds.size()), acceptedIds.size()));
    }

    PageAccounting accounting() {
        return accounting;
    }

    /** Stops after the submission in progress; fails when a submission was not acknowledged. */
    void stop() throws InterruptedException {
        ticks.shutdown();
        if (!ticks.awaitTermination(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the page flow did not stop within 60 s");
        }
        if (failure != null) {
            throw new IllegalStateException("a page was not acknowledged by Kafka", failure);
        }
    }

    @Override
    public void close() throws InterruptedException {
        ticks.shutdownNow();
        ticks.awaitTermination(10, TimeUnit.SECONDS);
        producer.close(Duration.ofSeconds(10));
    }

    private void submitNext() {
        try {
            if (outcomes.read().unsettled(accounting.pageIds()) >= window) {
                return;
            }
            synchronized (this) {
                if (!submit(next)) {
                    ticks.shutdown();
                }
                next++;
            }
        } catch (ExecutionException | RuntimeException e) {
            failure = e;
            ticks.shutdown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Submits the {@code n}-th record; false once the flow has reached its bound. */
    private boolean submit(int n) throws ExecutionException, InterruptedException {
        if (n >= MAX_SUBMISSIONS) {
            return false;
        }
        if (n % 25 == 24) {
            String key = "not-a-page-" + run + "-" + n;
            String value = "{\"id\": " + n + ", \"url\": [";
            send(key, value.getBytes(StandardCharsets.UTF_8), value);
            return true;
        }
        if (n % 7 == 6 && pages.size() >= 3) {
            send(pages.get(pages.size() - 3));
            return true;
        }
        if (n % 4 == 3 && stories.size() >= 2) {
            // alternately a fresh story (often still in flight) and an older one
            Page original = copies % 2 == 0 ? stories.get(stories.size() - 2)
                    : stories.get((copies / 2) % stories.size());
            copies++;
            Page copy = ItPages.page("https://copy" + n + ".example/" + run, "copy " + n, original.text(),
                    original.publishedAt().plusSeconds(1800));
            send(copy);
            return true;
        }
        int text = nextText++ % texts.size();
        Page page = ItPages.page("https://origin" + n + ".example/" + run, "story " + n, texts.get(text),
                T0.plusSeconds(60L * n));
        stories.add(page);
        send(page);
        return true;
    }

    private void send(Page page) throws ExecutionException, InterruptedException {
        pages.add(page);
        send(page.id(), JsonSerde.page().serializer().serialize(Topics.PAGES_CLEAN, page), page.contentHash());
    }

    private void send(String key, byte[] value, String content) throws ExecutionException, InterruptedException {
        producer.send(new ProducerRecord<>(Topics.PAGES_CLEAN, key, value)).get();
        accounting.accepted(key, content);
        acceptedIds.add(key);
    }
}
