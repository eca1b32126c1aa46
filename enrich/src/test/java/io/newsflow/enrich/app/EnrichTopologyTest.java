package io.newsflow.enrich.app;

import static io.newsflow.enrich.TestPages.T0;
import static io.newsflow.enrich.TestPages.fixture;
import static io.newsflow.enrich.TestPages.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.dedup.BandIndex;
import io.newsflow.events.Article;
import io.newsflow.events.DeadLetter;
import io.newsflow.events.Duplicate;
import io.newsflow.events.Enrichment;
import io.newsflow.events.JsonSerde;
import io.newsflow.events.Page;
import io.newsflow.events.Story;
import io.newsflow.events.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The enrich topology, rule by rule, in Kafka's test driver. */
class EnrichTopologyTest {

    private static final String BRIDGE = fixture("dedup/bridge.txt");
    private static final String LIBRARY = fixture("dedup/library.txt");

    @TempDir
    Path state;

    private TopologyTestDriver driver;
    private TestInputTopic<String, Page> pages;
    private TestInputTopic<String, byte[]> rawPages;
    private TestOutputTopic<String, Article> articles;
    private TestOutputTopic<String, Duplicate> duplicates;
    private TestOutputTopic<byte[], byte[]> dlq;

    @BeforeEach
    void start() {
        EnrichConfig config = EnrichConfig.defaults("enrich-test", "localhost:1").withStateDir(state);
        driver = new TopologyTestDriver(EnrichTopology.build(config), config.streamsProperties());
        pages = driver.createInputTopic(Topics.PAGES_CLEAN, new StringSerializer(), JsonSerde.page());
        rawPages = driver.createInputTopic(Topics.PAGES_CLEAN, new StringSerializer(), new ByteArraySerializer());
        articles = driver.createOutputTopic(Topics.ARTICLES, new StringDeserializer(), JsonSerde.article());
        duplicates = driver.createOutputTopic(Topics.ARTICLES_DUPLICATES, new StringDeserializer(), JsonSerde.duplicate());
        dlq = driver.createOutputTopic(Topics.ENRICH_DLQ, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void send(Page page) {
        pages.pipeInput(page.id(), page);
    }

    /** Sends a page ingested at {@code ingestedAt}: its record's timestamp. */
    private void sendAt(Page page, Instant ingestedAt) {
        pages.pipeInput(page.id(), page, ingestedAt);
    }

    @Test
    void aNewPageBecomesACreatedArticleWithItsEnrichment() {
        Page page = page("https://a.example/bridge", "Harbour bridge closes to lorries", BRIDGE + "\n\n(Reuters)", T0);
        send(page);
        List<Article> out = articles.readValuesToList();
        assertEquals(1, out.size());
        Story story = out.get(0).story();
        assertEquals(Article.CREATED, story.event());
        assertEquals(page.id(), story.storyId());
        assertEquals(1, story.version());
        assertEquals(1, story.revision());
        Enrichment found = out.get(0).enrichment();
        assertEquals("en", found.language());
        assertTrue(found.languageConfidence() > 0.5, "confidence " + found.languageConfidence());
        assertEquals("Reuters", found.wire());
        assertTrue(found.entities().people().contains("Maria Okafor"), found.entities().toString());
        assertTrue(found.keywords().contains("bridge"), found.keywords().toString());
        assertTrue(found.summary().startsWith("The regional council voted on Tuesday"), found.summary());
        assertTrue(found.summary().length() <= 300);
        assertTrue(found.wordCount() > 200);
        assertTrue(duplicates.isEmpty());
    }

    @Test
    void aRedeliveredPageEmitsNothing() {
        Page page = page("https://a.example/bridge", "Bridge", BRIDGE, T0);
        send(page);
        send(page);
        assertEquals(1, articles.readValuesToList().size());
        assertTrue(duplicates.isEmpty());
    }

    @Test
    void newContentAtAKnownUrlIsAnUpdatedArticleWithTheNextRevisionAndVersion() {
        send(page("https://a.example/bridge", "Bridge", BRIDGE, T0));
        send(page("https://a.example/bridge", "Bridge", BRIDGE + "\n\nCorrection: the bridge opened in 1963.", T0));
        List<Article> out = articles.readValuesToList();
        assertEquals(List.of(Article.CREATED, Article.UPDATED),
                out.stream().map(Article::story).map(Story::event).toList());
        assertEquals(2, out.get(1).story().revision());
        assertEquals(2, out.get(1).story().version());
    }

    @Test
    void theSameTextAtAnotherUrlIsAnExactDuplicateAndSyndicatesTheArticle() {
        Page first = page("https://a.example/bridge", "Bridge", BRIDGE, T0);
        send(first);
        send(page("https://b.example/copy", "Bridge copy", BRIDGE, T0.plusSeconds(60)));
        List<Article> out = articles.readValuesToList();
        assertEquals(List.of(Article.CREATED, Article.SYNDICATED),
                out.stream().map(Article::story).map(Story::event).toList());
        Article syndicated = out.get(1);
        assertEquals(first.id(), syndicated.id());
        assertEquals(2, syndicated.story().version());
        assertEquals(1, syndicated.story().duplicateCount());
        Duplicate dup = duplicates.readValue();
        assertEquals(Duplicate.EXACT, dup.method());
        assertEquals(first.id(), dup.duplicateOf());
        assertEquals(first.id(), dup.storyId());
        assertEquals("https://a.example/bridge", dup.duplicateOfUrl());
    }

    @Test
    void aNearCopyInOtherBoilerplateIsANearDuplicate() {
        Page first = page("https://a.example/bridge", "Bridge", BRIDGE, T0);
        send(first);
        send(page("https://b.example/copy", "Lorries banned from harbour bridge",
                "Advertisement\n\n" + BRIDGE.replace("on Tuesday", "late on Tuesday") + "\n\n(AP)\n\nMost read",
                T0.plusSeconds(3600)));
        Duplicate dup = duplicates.readValue();
        assertEquals(Duplicate.NEAR, dup.method());
        assertEquals(first.id(), dup.storyId());
        assertTrue(dup.similarity() > 0.5 && dup.similarity() < 1, "similarity " + dup.similarity());
    }

    @Test
    void aCopyFarOutsideTheWindowsIsANewArticle() {
        send(page("https://a.example/bridge", "Bridge", BRIDGE, T0));
        send(page("https://b.example/bridge", "Bridge", BRIDGE, T0.plus(Duration.ofDays(40))));
        assertEquals(List.of(Article.CREATED, Article.CREATED),
                articles.readValuesToList().stream().map(Article::story).map(Story::event).toList());
        assertTrue(duplicates.isEmpty());
    }

    @Test
    void lookupKeysNobodyWroteForTheirRetentionAreSweptAndTheOthersStay() {
        KeyValueStore<String, Postings> postings = driver.getKeyValueStore(EnrichTopology.POSTINGS_STORE);
        // each page ingested when it was published
        sendAt(page("https://a.example/bridge", "Bridge", BRIDGE, T0), T0);
        Set<String> bridgeKeys = keys(postings);
        Set<String> bridgeHash = bridgeKeys.stream().filter(k -> k.startsWith("h:")).collect(Collectors.toSet());
        assertEquals(1, bridgeHash.size());
        assertTrue(bridgeKeys.size() > 10, bridgeKeys.toString());
        driver.advanceWallClockTime(LookupProcessors.Bands.SWEEP_INTERVAL);
        assertEquals(bridgeKeys, keys(postings), "nothing has left its window yet");

        // five days on: the bridge page's bands and lead anchors (3-day window) go, its content hash (30 days) stays
        sendAt(page("https://c.example/library", "Library", LIBRARY, T0.plus(Duration.ofDays(5))),
                T0.plus(Duration.ofDays(5)));
        Set<String> libraryKeys = keys(postings);
        libraryKeys.removeAll(bridgeKeys);
        driver.advanceWallClockTime(LookupProcessors.Bands.SWEEP_INTERVAL);
        Set<String> left = keys(postings);
        assertTrue(left.containsAll(libraryKeys), "the newest page's keys stay");
        left.retainAll(bridgeKeys);
        assertEquals(bridgeHash, left);

        // the content hash still finds the exact copy within its window
        sendAt(page("https://b.example/bridge", "Bridge", BRIDGE, T0.plus(Duration.ofDays(6))),
                T0.plus(Duration.ofDays(6)));
        List<Duplicate> copies = duplicates.readValuesToList();
        assertEquals(1, copies.size());
        assertEquals(Duplicate.EXACT, copies.get(0).method());
        assertEquals("https://a.example/bridge", copies.get(0).duplicateOfUrl());

        // 40 days on, past every window: only the new page's keys are left
        sendAt(page("https://d.example/bridge", "Bridge", BRIDGE, T0.plus(Duration.ofDays(40))),
                T0.plus(Duration.ofDays(40)));
        Set<String> latest = keys(postings);
        driver.advanceWallClockTime(LookupProcessors.Bands.SWEEP_INTERVAL);
        driver.advanceWallClockTime(LookupProcessors.Bands.SWEEP_INTERVAL);
        assertEquals(lookupKeys(bridgeKeys), lookupKeys(keys(postings)),
                "the same text's keys, filed by the newest page only");
        assertEquals(1, keys(postings).size() - lookupKeys(keys(postings)).size(), "the newest page's fingerprint");
        assertTrue(latest.size() > bridgeKeys.size());
        try (KeyValueIterator<String, Postings> it = postings.all()) {
            it.forEachRemaining(e -> assertEquals(List.of("https://d.example/bridge"),
                    e.value.postings().stream().map(p -> p.doc().url()).toList()));
        }
    }

    @Test
    void aKeyAnEarlierVersionWroteIsStampedByTheSweepAndRetainedFromThen() {
        KeyValueStore<String, Postings> postings = driver.getKeyValueStore(EnrichTopology.POSTINGS_STORE);
        sendAt(page("https://a.example/bridge", "Bridge", BRIDGE, T0), T0);
        String legacy = "b:0:legacy";
        postings.put(legacy, new Postings(postings.get(keys(postings).iterator().next()).postings(), null));

        driver.advanceWallClockTime(LookupProcessors.Bands.SWEEP_INTERVAL);
        assertEquals(T0.toEpochMilli(), postings.get(legacy).writtenAt(), "stamped with the task's time");

        sendAt(page("https://c.example/library", "Library", LIBRARY, T0.plus(Duration.ofDays(4))),
                T0.plus(Duration.ofDays(4)));
        driver.advanceWallClockTime(LookupProcessors.Bands.SWEEP_INTERVAL);
        assertEquals(null, postings.get(legacy), "gone once its retention (3 days for a band) has passed");
    }

    @Test
    void retentionRunsOnIngestTimeSoAnOldStoryScrapedNowStillFindsItsCopies() {
        Instant now = T0.plus(Duration.ofDays(30));
        Instant longAgo = T0.minus(Duration.ofDays(300));
        // an old story and a fresh page, ingested a minute apart, then swept
        sendAt(page("https://a.example/bridge", "Bridge", BRIDGE, longAgo), now);
        sendAt(page("https://c.example/library", "Library", LIBRARY, now), now.plusSeconds(60));
        driver.advanceWallClockTime(LookupProcessors.Bands.SWEEP_INTERVAL);
        // another paper's copy of the old story, ingested a minute later
        sendAt(page("https://b.example/bridge", "Bridge", BRIDGE, longAgo), now.plusSeconds(120));

        List<Duplicate> copies = duplicates.readValuesToList();
        assertEquals(1, copies.size(), "the copy finds the old story: its keys were written a minute ago");
        assertEquals("https://a.example/bridge", copies.get(0).duplicateOfUrl());
    }

    private static Set<String> keys(KeyValueStore<String, Postings> store) {
        Set<String> keys = new TreeSet<>();
        try (KeyValueIterator<String, Postings> it = store.all()) {
            it.forEachRemaining(e -> keys.add(e.key));
        }
        return keys;
    }

    /** The keys pages are looked up by: all but those their fingerprints are kept under. */
    private static Set<String> lookupKeys(Set<String> keys) {
        return keys.stream().filter(k -> !k.startsWith(BandIndex.FINGERPRINT_KEY_PREFIX)).collect(Collectors.toSet());
    }

    @Test
    void aLookupKeysBandPartitionIsTheOneKafkaGivesARecordKeyedByIt() {
        StringSerializer serializer = new StringSerializer();
        for (int partitions : new int[] {1, 3, 4, 12}) {
            for (String key : List.of("h:3f2a", "b:0:1c9e", "b:23:ffff", "a:harbour bridge", "é:ü", "")) {
                assertEquals(org.apache.kafka.clients.producer.internals.BuiltInPartitioner.partitionForKey(
                                serializer.serialize("probes", key), partitions),
                        EnrichTopology.bandPartition(key, partitions), key + " of " + partitions);
            }
        }
    }

    @Test
    void versionsOfAnArticleIncreaseWithEveryEvent() {
        Page first = page("https://a.example/bridge", "Bridge", BRIDGE, T0);
        send(first);
        send(page("https://b.example/1", "Copy", BRIDGE, T0.plusSeconds(60)));
        send(page("https://a.example/bridge", "Bridge", BRIDGE + "\n\nUpdated at noon.", T0.plusSeconds(120)));
        send(page("https://c.example/2", "Copy", BRIDGE + "\n\n(AFP)", T0.plusSeconds(180)));
        List<Article> out = articles.readValuesToList().stream().filter(a -> a.id().equals(first.id())).toList();
        assertEquals(List.of(1L, 2L, 3L, 4L), out.stream().map(Article::story).map(Story::version).toList());
        assertEquals(List.of(Article.CREATED, Article.SYNDICATED, Article.UPDATED, Article.SYNDICATED),
                out.stream().map(Article::story).map(Story::event).toList());
        assertEquals(2, out.get(3).story().duplicateCount());
        assertEquals(2, out.get(3).story().revision());
    }

    @Test
    void anUnreadableRecordIsSkippedAndProcessingGoesOn() {
        // the test driver does not produce deserialization dead letters; DlqDeserializationHandlerTest checks the
        // record and EnrichIT the real path
        rawPages.pipeInput("bad-key", "{not json".getBytes(StandardCharsets.UTF_8));
        send(page("https://a.example/bridge", "Bridge", BRIDGE, T0));
        assertEquals(1, articles.readValuesToList().size());
    }

    @Test
    void aPageThatCannotBeProcessedGoesToTheDlqSayingWhyAndProcessingGoesOn() {
        Page noHash = new Page("id-1", "https://a.example/x", null, null, null, "t", null, T0, null, "en", "text",
                null, null, T0, T0, "http", null);
        pages.pipeInput("id-1", noHash);
        Page wrongKey = page("https://a.example/y", "t", BRIDGE, T0);
        pages.pipeInput("not-the-id", wrongKey);
        send(page("https://a.example/bridge", "Bridge", BRIDGE, T0));
        List<TestRecord<byte[], byte[]>> dead = dlq.readRecordsToList();
        assertEquals(2, dead.size());
        assertTrue(header(dead.get(0).headers(), DeadLetter.ERROR_MESSAGE).contains("no url or content_hash"));
        assertTrue(header(dead.get(1).headers(), DeadLetter.ERROR_MESSAGE).contains("is not the page id"));
        assertEquals("not-the-id", new String(dead.get(1).key(), StandardCharsets.UTF_8));
        assertEquals(1, articles.readValuesToList().size());
    }

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
