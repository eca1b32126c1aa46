package io.newsflow.enrich.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.enrich.dedup.Probe;
import io.newsflow.events.Article;
import io.newsflow.events.JsonSerde;
import io.newsflow.events.Page;
import io.newsflow.events.Topics;
import io.newsflow.events.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The size of enrich's state after many distinct pages, with its persistent (RocksDB) stores, in Kafka's test
 * driver: the term statistics are bounded by their window; the de-duplication postings hold only lookup keys written
 * within their retention (the sweep drops the others), and the article ledger grows with the articles kept. Prints
 * per store its entries, the bytes they hold (keys and values as the store writes them) and the bytes its changelog
 * received.
 *
 * <p>Runs 600 pages by default, one every {@value #DEFAULT_PAGE_SECONDS} seconds of page time (five days), and
 * advances the wall clock by a sweep interval every {@value #PAGES_PER_SWEEP} pages; {@code
 * -Denrich.state.pages=100000} measures a long run (about 40 minutes) and {@code -Denrich.state.page-seconds}
 * changes the spacing. Each page has a few words no other page has, as names and numbers are in the news. That the
 * term store forgets old generations is {@link TermFrequenciesTest}'s to show, with small windows.
 */
class EnrichStateSizeTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final String[] SITES = {"a.example", "b.example", "c.example", "d.example", "e.example"};

    private static final int DEFAULT_PAGE_SECONDS = 720;
    private static final int PAGES_PER_SWEEP = 20;

    @TempDir
    Path state;

    @Test
    void everyDistinctPageIsKeptAndTheStoresAreMeasured() {
        int pages = Integer.getInteger("enrich.state.pages", 600);
        int window = TermFrequencies.DEFAULT_WINDOW;
        int pageSeconds = Integer.getInteger("enrich.state.page-seconds", DEFAULT_PAGE_SECONDS);
        assumeTrue(pages > 0, "enrich.state.pages must be positive");
        EnrichConfig config = EnrichConfig.defaults("enrich-state", "localhost:1").withStateDir(state);
        Map<String, Long> changelogBytes = new LinkedHashMap<>();
        Map<String, Long> entries = new LinkedHashMap<>();
        Map<String, Long> liveBytes = new LinkedHashMap<>();
        long articles = 0;
        int termsHeld;
        Random random = new Random(11);
        long start = System.nanoTime();
        try (TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.build(config),
                config.streamsProperties())) {
            TestInputTopic<String, Page> in = driver.createInputTopic(Topics.PAGES_CLEAN, new StringSerializer(),
                    JsonSerde.page());
            TestOutputTopic<String, Article> out = driver.createOutputTopic(Topics.ARTICLES, new StringDeserializer(),
                    JsonSerde.article());
            Map<String, TestOutputTopic<byte[], byte[]>> changelogs = new LinkedHashMap<>();
            for (String store : stores()) {
                changelogs.put(store, driver.createOutputTopic("enrich-state-" + store + "-changelog",
                        new ByteArrayDeserializer(), new ByteArrayDeserializer()));
            }
            for (int p = 0; p < pages; p++) {
                String site = SITES[p % SITES.length];
                String url = "https://" + site + "/news/" + p;
                Page page = ItPages.page(url, "Story " + p, story(random) + " Reference " + uniqueWords(p) + ".",
                        T0.plusSeconds((long) p * pageSeconds));
                in.pipeInput(page.id(), page, page.publishedAt()); // ingested when published
                if (p % PAGES_PER_SWEEP == PAGES_PER_SWEEP - 1) {
                    driver.advanceWallClockTime(LookupProcessors.Bands.SWEEP_INTERVAL);
                }
                if (p % 500 == 499 || p == pages - 1) {
                    articles += out.readRecordsToList().size();
                    changelogs.forEach((store, topic) -> changelogBytes.merge(store, topic.readRecordsToList().stream()
                            .mapToLong(r -> (r.key() == null ? 0 : r.key().length)
                                    + (r.value() == null ? 0 : r.value().length)).sum(), Long::sum));
                    // the driver keeps every record written to any topic until it is read: drop the rest
                    for (String topic : driver.producedTopicNames()) {
                        driver.createOutputTopic(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer())
                                .readRecordsToList();
                    }
                }
                if (pages >= 10_000 && p % 10_000 == 9_999) {
                    System.out.printf(Locale.ROOT, "enrich state: %,d pages in %.0f s%n", p + 1,
                            (System.nanoTime() - start) / 1e9);
                }
            }
            KeyValueStore<String, Postings> postings = driver.getKeyValueStore(EnrichTopology.POSTINGS_STORE);
            for (long keys = liveSize(driver.getKeyValueStore(EnrichTopology.POSTINGS_STORE))[0]; keys >= 0; keys -= LookupProcessors.Bands.MIN_SWEEP) {
                driver.advanceWallClockTime(LookupProcessors.Bands.SWEEP_INTERVAL); // a whole pass over the store
            }
            Instant newest = T0.plusSeconds((long) (pages - 1) * pageSeconds);
            try (KeyValueIterator<String, Postings> it = postings.all()) {
                it.forEachRemaining(e -> {
                    Duration kept = Probe.exact(e.key) ? config.dedup().exactWindow() : config.dedup().nearWindow();
                    assertTrue(e.value.writtenAt() >= newest.minus(kept).toEpochMilli(),
                            "key " + e.key + " was not written within its retention");
                });
            }
            termsHeld = termsHeld(driver.getKeyValueStore(EnrichTopology.TERMS_STORE));
            for (String store : stores()) {
                long[] counted = liveSize(driver.getKeyValueStore(store));
                entries.put(store, counted[0]);
                liveBytes.put(store, counted[1]);
            }
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "enrich state after %,d pages, one every %d s of page time (term window %,d pages, %.0f s):%n", pages,
                pageSeconds, window,
                (System.nanoTime() - start) / 1e9));
        for (String store : stores()) {
            report.append(String.format(Locale.ROOT, "  %-16s %,11d entries %,9.1f MB live, changelog received %,9.1f MB%n",
                    store, entries.get(store), liveBytes.get(store) / 1e6, changelogBytes.get(store) / 1e6));
        }
        long live = liveBytes.values().stream().mapToLong(Long::longValue).sum();
        report.append(String.format(Locale.ROOT, "  all stores: %,.1f MB live (%,d bytes per page)%n", live / 1e6,
                live / pages));
        System.out.print(report);

        assertEquals(pages, articles, "every distinct page is an article");
        assertTrue(termsHeld > UNIQUE_WORDS * Math.min(pages, window),
                "the term store holds " + termsHeld + " terms, fewer than the recent pages' own words: " + report);
    }

    /** The distinct terms the term store counts, under their keys or in the journal not yet folded. */
    private static int termsHeld(KeyValueStore<String, byte[]> terms) {
        Set<String> held = new HashSet<>();
        try (KeyValueIterator<String, byte[]> it = terms.all()) {
            it.forEachRemaining(e -> {
                if (e.key.startsWith(TermFrequencies.JOURNAL)) {
                    held.addAll(List.of(new String(e.value, StandardCharsets.UTF_8).split("\n")));
                } else if (e.key.charAt(0) >= 1 && e.key.charAt(0) <= TermFrequencies.SLOTS) { // a term's count
                    held.add(e.key.substring(1));
                }
            });
        }
        return held.size();
    }

    private static final int UNIQUE_WORDS = 3;

    /** Words only page {@code p} has, such as a case number would be. */
    private static String uniqueWords(int p) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < UNIQUE_WORDS; k++) {
            sb.append(k == 0 ? "" : " ").append("ref").append("abc".charAt(k));
            for (int r = p; ; r /= 26) {
                sb.append((char) ('a' + r % 26));
                if (r < 26) {
                    break;
                }
            }
        }
        return sb.toString();
    }

    private static List<String> stores() {
        return List.of(EnrichTopology.ARTICLES_STORE, EnrichTopology.TERMS_STORE, EnrichTopology.POSTINGS_STORE,
                EnrichTopology.PENDING_STORE);
    }

    private static final String[] NAMES = {"Maria Okafor", "the Harbour Board", "Jon Berg", "Calder Council",
            "Ana Lima", "the Port Authority", "Li Wei", "the Rail Union"};

    /** About 250 words of news-like prose over a vocabulary wide enough that the term store sees new words. */
    private static String story(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int paragraph = 0; paragraph < 5; paragraph++) {
            for (int sentence = 0; sentence < 3; sentence++) {
                int words = 10 + random.nextInt(8);
                int name = random.nextInt(words);
                for (int w = 0; w < words; w++) {
                    String word = w == name ? NAMES[random.nextInt(NAMES.length)] : word(random);
                    sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
                }
                sb.append(". ");
            }
            sb.append("\n\n");
        }
        return sb.toString().strip();
    }

    /** A word: a third of them from a few common ones, the others from about 50,000 made-up words. */
    private static String word(Random random) {
        int rank = random.nextInt(3) == 0 ? random.nextInt(20) : random.nextInt(50_000);
        StringBuilder w = new StringBuilder();
        for (int r = rank; w.length() < 3 || r > 0; r /= 21) {
            w.append("bcdfghjklmnprstvwxyza".charAt(r % 21)).append("aeiou".charAt((r / 7) % 5));
        }
        return w.toString();
    }

    private static int json(Object value) {
        if (value instanceof Postings postings) {
            return Postings.serde(Integer.MAX_VALUE).serializer().serialize(EnrichTopology.POSTINGS_STORE, postings)
                    .length;
        }
        try {
            return Json.mapper().writeValueAsBytes(value).length;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A store's entries and the bytes its keys and values take as the store's serdes write them. */
    private static long[] liveSize(KeyValueStore<String, Object> store) {
        long[] counted = new long[2];
        try (KeyValueIterator<String, Object> all = store.all()) {
            all.forEachRemaining(e -> {
                counted[0]++;
                counted[1] += e.key.getBytes(StandardCharsets.UTF_8).length
                        + (e.value instanceof byte[] bytes ? bytes.length : json(e.value));
            });
        }
        return counted;
    }
}
