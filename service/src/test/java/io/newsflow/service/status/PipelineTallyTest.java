package io.newsflow.service.status;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsflow.events.Article;
import io.newsflow.events.DuplicateRef;
import io.newsflow.events.Extraction;
import io.newsflow.events.JsonSerde;
import io.newsflow.events.Page;
import io.newsflow.events.PageKeys;
import io.newsflow.events.Story;
import io.newsflow.events.Topics;
import io.newsflow.service.status.StatusSnapshot.Figure;
import io.newsflow.service.status.StatusSnapshot.Lag;
import io.newsflow.service.status.StatusSnapshot.Stage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class PipelineTallyTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final TopicPartition PAGES = new TopicPartition(Topics.PAGES_CLEAN, 0);
    private static final TopicPartition ARTICLES = new TopicPartition(Topics.ARTICLES, 0);
    private static final TopicPartition DUPLICATES = new TopicPartition(Topics.ARTICLES_DUPLICATES, 0);
    private static final TopicPartition ENRICH_DLQ = new TopicPartition(Topics.ENRICH_DLQ, 0);
    private static final StatusSnapshot.Kafka UP = new StatusSnapshot.Kafka(true, "localhost:9092", null, null);

    private final PipelineTally tally = new PipelineTally(3, 64, Duration.ofMinutes(1));

    @Test
    void everyPageEnrichReadEndsAsExactlyOneOutcome() {
        trackAllFrom(0);
        for (long offset = 0; offset < 6; offset++) {
            tally.read(PAGES, offset, T0, bytes("page"));
        }
        // enrich's transactions: each ends with a commit marker, an offset without a record
        tally.read(ARTICLES, 0, T0, article("a", Article.CREATED, T0));
        tally.read(ARTICLES, 1, T0, article("b", Article.CREATED, T0));
        tally.read(ARTICLES, 3, T0, article("a", Article.UPDATED, T0));
        tally.read(ARTICLES, 5, T0, article("b", Article.SYNDICATED, T0));
        tally.read(DUPLICATES, 0, T0, bytes("{}"));
        tally.read(ENRICH_DLQ, 0, T0, bytes("not json"));

        Lag enrich = tally.settle(Topics.PAGES_CLEAN, "newsflow-enrich", Map.of(PAGES, 6L), Map.of(), "enrich.read");
        Lag index = tally.settle(Topics.ARTICLES, "newsflow-index", Map.of(ARTICLES, 6L), Map.of(), "index.indexed");
        StatusSnapshot snapshot = snapshot(T0, enrich, index);

        Stage stage = stage(snapshot, "enrich");
        assertEquals(6, figure(stage, "read").count());
        assertEquals(2, figure(stage, "new").count());
        assertEquals(1, figure(stage, "updated").count());
        assertEquals(1, figure(stage, "duplicates").count());
        assertEquals(1, figure(stage, "dead_letters").count());
        assertEquals(1, figure(stage, "repeats").count(), "6 pages read = 2 new + 1 updated + 1 duplicate + 1 dead"
                + " letter + 1 repeat");
        assertEquals(1, figure(stage, "syndicated").count());
        assertEquals(0, enrich.records());
        assertEquals(4, figure(stage(snapshot, "index"), "indexed").count(), "4 events, not 6 offsets");
        assertEquals(0, index.records(), "a commit past the last transaction marker leaves nothing behind");
        assertEquals(6, figure(stage(snapshot, "ingest"), "published").count());
    }

    @Test
    void lagCountsUncommittedRecordsTheOlderOffsetsAndWhatIsNotReadYet() {
        tally.track(PAGES, 100); // the partition held 100 pages when counting started
        for (long offset = 100; offset < 110; offset++) {
            tally.read(PAGES, offset, T0, bytes("page"));
        }
        Lag lag = tally.settle(Topics.PAGES_CLEAN, "g", Map.of(PAGES, 95L), Map.of(PAGES, 7L), "enrich.read");
        assertEquals(5 + 10 + 7, lag.records());

        Lag later = tally.settle(Topics.PAGES_CLEAN, "g", Map.of(PAGES, 104L), Map.of(), "enrich.read");
        assertEquals(6, later.records());
        assertEquals(4, tally.count("enrich.read"), "only pages counted since the start are read since the start");
    }

    @Test
    void aGroupThatCommittedNothingHasUnknownLag() {
        trackAllFrom(0);
        tally.read(PAGES, 0, T0, bytes("page"));
        Lag lag = tally.settle(Topics.PAGES_CLEAN, "newsflow-enrich", Map.of(), Map.of(), "enrich.read");
        assertEquals("newsflow-enrich", lag.group());
        assertNull(lag.records());
    }

    @Test
    void recordsBeforeTheStartFillTheListsButAreNotCounted() {
        tally.track(ARTICLES, 2);
        tally.read(ARTICLES, 0, T0, article("old", Article.CREATED, T0));
        tally.read(ARTICLES, 1, T0, article("older-copy", Article.SYNDICATED, T0));
        tally.read(ARTICLES, 2, T0, article("new", Article.CREATED, T0.plusSeconds(5)));
        StatusSnapshot snapshot = snapshot(T0, null, null);
        assertEquals(1, figure(stage(snapshot, "enrich"), "new").count());
        assertEquals(List.of("Story new", "Story old"), snapshot.stories().stream().map(s -> s.title()).toList());
        assertEquals(1, snapshot.syndications().size());
    }

    @Test
    void keepsTheLastStoriesNewestFirstAndOneLinePerSyndicatedStory() {
        trackAllFrom(0);
        for (int i = 0; i < 5; i++) {
            tally.read(ARTICLES, i, T0, article("s" + i, Article.CREATED, T0.plusSeconds(i)));
        }
        tally.read(ARTICLES, 5, T0.plusSeconds(10), syndicated("s1", 1, "copy-a.example"));
        tally.read(ARTICLES, 6, T0.plusSeconds(20), syndicated("s1", 2, "copy-a.example", "copy-b.example"));
        StatusSnapshot snapshot = snapshot(T0, null, null);
        assertEquals(List.of("Story s4", "Story s3", "Story s2"),
                snapshot.stories().stream().map(s -> s.title()).toList());
        assertEquals(1, snapshot.syndications().size());
        StatusSnapshot.Syndication line = snapshot.syndications().get(0);
        assertEquals(2, line.copies());
        assertEquals(List.of("copy-b.example", "copy-a.example"), line.copySites());
        assertEquals(T0.plusSeconds(20), line.at(), "when the latest copy was recorded");
    }

    @Test
    void anUnreadableArticleIsNeitherCountedNorFatal() {
        trackAllFrom(0);
        assertDoesNotThrow(() -> tally.read(ARTICLES, 0, T0, bytes("{\"title\": [")));
        assertDoesNotThrow(() -> tally.read(ARTICLES, 1, T0, null));
        StatusSnapshot snapshot = snapshot(T0, null, null);
        assertEquals(0, figure(stage(snapshot, "enrich"), "new").count());
        assertEquals(List.of(), snapshot.stories());
    }

    @Test
    void ratesComeFromDifferencesBetweenSamples() {
        trackAllFrom(0);
        snapshot(T0, null, null);
        for (long offset = 0; offset < 20; offset++) {
            tally.read(PAGES, offset, T0, bytes("page"));
        }
        StatusSnapshot snapshot = tally.snapshot(T0.plusSeconds(4), T0, UP, "ingest",
                List.of(new Figure("received", "pages received", 8, 0)), "enrich.read", null, "index.indexed", null);
        assertEquals(5.0, figure(stage(snapshot, "ingest"), "published").ratePerSecond(), 1e-9);
        assertEquals(2.0, figure(stage(snapshot, "ingest"), "received").ratePerSecond(), 1e-9,
                "the host's counter: 0 at the first sample, 8 four seconds later");
    }

    @Test
    void deadLetterTopicsShowEveryLetterTheyHold() {
        tally.track(ENRICH_DLQ, 3);
        for (long offset = 0; offset < 5; offset++) {
            tally.read(ENRICH_DLQ, offset, T0, bytes("letter"));
        }
        StatusSnapshot snapshot = snapshot(T0, null, null);
        Figure held = snapshot.deadLetters().stream().filter(f -> f.key().equals(Topics.ENRICH_DLQ)).findFirst()
                .orElseThrow();
        assertEquals(5, held.count());
        assertEquals(2, figure(stage(snapshot, "enrich"), "dead_letters").count(), "since the start");
    }

    private void trackAllFrom(long offset) {
        for (TopicPartition partition : List.of(PAGES, ARTICLES, DUPLICATES, ENRICH_DLQ)) {
            tally.track(partition, offset);
        }
    }

    private StatusSnapshot snapshot(Instant at, Lag enrich, Lag index) {
        return tally.snapshot(at, T0, UP, "ingest", List.of(new Figure("received", "pages received", 0, 0)),
                "enrich.read", enrich, "index.indexed", index);
    }

    private static Stage stage(StatusSnapshot snapshot, String name) {
        return snapshot.stages().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static Figure figure(Stage stage, String key) {
        return stage.figures().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] article(String slug, String event, Instant ingestedAt) {
        return JsonSerde.article().serialize(Topics.ARTICLES, new Article(page(slug, ingestedAt), null,
                new Story(slug, 1, 1, event, List.of(), 0)));
    }

    private static byte[] syndicated(String slug, int copies, String... sites) {
        List<DuplicateRef> refs = java.util.Arrays.stream(sites)
                .map(site -> new DuplicateRef("https://" + site + "/" + slug, site, 0.97, "near", T0)).toList();
        return JsonSerde.article().serialize(Topics.ARTICLES, new Article(page(slug, T0), null,
                new Story(slug, 1, 1 + copies, Article.SYNDICATED, refs, copies)));
    }

    private static Page page(String slug, Instant ingestedAt) {
        String url = "https://news.example.org/" + slug;
        String text = "Body of " + slug;
        return new Page(PageKeys.id(url), url, url, "example.org", "Example News", "Story " + slug, null, null, null,
                "en", text, List.of(), PageKeys.contentHash(text), ingestedAt, "client", ingestedAt, "http",
                new Extraction("html", 0.9));
    }
}
