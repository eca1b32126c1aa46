package io.newsflow.enrich.app;

import io.newsflow.testkit.TopicTail;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.localstack.LocalKafka;
import io.newsflow.testkit.LocalKafkaExtension;
import io.newsflow.enrich.app.EnrichConfig;
import io.newsflow.enrich.app.EnrichService;
import io.newsflow.enrich.app.EnrichTopics;
import io.newsflow.enrich.app.EnrichTopology;
import io.newsflow.events.Article;
import io.newsflow.events.DeadLetter;
import io.newsflow.events.Duplicate;
import io.newsflow.events.JsonSerde;
import io.newsflow.events.Page;
import io.newsflow.events.Topics;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The enrich service against a real local Kafka broker. The class has its own broker because the service uses the
 * pipeline's fixed topic names; each test uses its own application id and its own texts, and reads back only the
 * records of its own pages.
 */
class EnrichIT {

    @RegisterExtension
    static final LocalKafkaExtension KAFKA = LocalKafkaExtension.ownCluster(LocalKafka.Options.defaults());
    private static final Duration PATIENCE = Duration.ofSeconds(150);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    @TempDir
    static Path tmp;

    @BeforeAll
    static void topics() {
        KAFKA.kafka().createTopic(Topics.PAGES_CLEAN, 4);
        KAFKA.kafka().createTopic(Topics.ARTICLES, 4);
        KAFKA.kafka().createTopic(Topics.ARTICLES_DUPLICATES, 4);
        KAFKA.kafka().createTopic(Topics.ENRICH_DLQ, 1);
    }

    @Test
    void theFiveSeedsAndABoilerplateCopyGiveFiveArticlesOneDuplicateTheEntitiesAndBadRecordsInTheDlq() throws Exception {
        List<Path> files = seedFiles();
        assumeTrue(files.size() == 5, "shared seeds not present");
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            pages.add(ItPages.page("https://seeds.example/" + UUID.randomUUID() + "/" + i, "seed " + i,
                    Files.readString(files.get(i)), T0.plusSeconds(60L * i)));
        }
        Set<String> ids = pages.stream().map(Page::id).collect(Collectors.toSet());
        String garbageKey = "garbage-" + UUID.randomUUID();
        try (KafkaStreams app = startApp("enrich-it-seeds", tmp.resolve("seeds"));
             TopicTail<Article> articles = new TopicTail<>(KAFKA.bootstrapServers(), Topics.ARTICLES, JsonSerde.article());
             TopicTail<Duplicate> duplicates = new TopicTail<>(KAFKA.bootstrapServers(), Topics.ARTICLES_DUPLICATES, JsonSerde.duplicate());
             TopicTail<byte[]> dlq = new TopicTail<>(KAFKA.bootstrapServers(), Topics.ENRICH_DLQ, new ByteArrayDeserializer())) {
            produce(pages);
            produceRaw(garbageKey, "{\"id\": 42, \"url\": [".getBytes(StandardCharsets.UTF_8));
            await().atMost(PATIENCE).until(() -> mine(articles.values(), ids).size() >= 5);
            Page copy = ItPages.page("https://mirror.example/" + UUID.randomUUID(), "Envoy on rights",
                    "Home | World | Asia\n\nShare on Facebook\n\n" + Files.readString(files.get(0))
                            + "\n\nCopyright 2016 Mirror Media. All rights reserved.\n\nMost popular", T0.plusSeconds(3600));
            produce(List.of(copy));
            await().atMost(PATIENCE).until(() -> duplicates.values().stream().anyMatch(d -> d.id().equals(copy.id())));
            // each reader polls its topic on its own, so the syndicated event may be seen after the duplicate
            await().atMost(PATIENCE).until(() -> mine(articles.values(), ids).stream()
                    .anyMatch(a -> Article.SYNDICATED.equals(a.story().event())));
            await().atMost(PATIENCE).until(() -> dlq.records().stream().anyMatch(r -> garbageKey.equals(r.key())));

            List<Article> mine = mine(articles.values(), ids);
            assertEquals(5, mine.stream().filter(a -> Article.CREATED.equals(a.story().event())).count());
            List<Article> syndicated = mine.stream().filter(a -> Article.SYNDICATED.equals(a.story().event())).toList();
            assertEquals(1, syndicated.size());
            assertEquals(pages.get(0).id(), syndicated.get(0).id());
            assertEquals(copy.url(), syndicated.get(0).story().duplicates().get(0).url());
            List<Duplicate> dups = duplicates.values().stream().filter(d -> d.id().equals(copy.id())).toList();
            assertEquals(1, dups.size());
            assertEquals(pages.get(0).id(), dups.get(0).storyId());
            assertTrue(articles.values().stream().noneMatch(a -> a.id().equals(copy.id())), "the copy became an article");

            Set<String> people = new HashSet<>();
            Set<String> organizations = new HashSet<>();
            Set<String> locations = new HashSet<>();
            mine.forEach(a -> {
                people.addAll(a.enrichment().entities().people());
                organizations.addAll(a.enrichment().entities().organizations());
                locations.addAll(a.enrichment().entities().locations());
            });
            assertTrue(people.containsAll(List.of("Mark Lippert", "Robert King", "Barack Obama", "Sung Kim",
                    "Kim Jong Un", "Kim Yong-hyon", "Yoon Suk Yeol", "Kim Yung-ho", "Kurt Campbell", "Shigeo Yamada")), people.toString());
            assertTrue(organizations.containsAll(List.of("UN Human Rights Council", "UN Security Council",
                    "State Department", "Yonhap", "Voice of America", "Radio Free Asia", "Far East Broadcasting Company",
                    "Sony Pictures")), organizations.toString());
            assertTrue(locations.containsAll(List.of("North Korea", "South Korea", "United States", "Japan",
                    "Pyongyang", "Seoul", "Washington")), locations.toString());
            assertTrue(people.stream().noneMatch(locations::contains));

            ConsumerRecord<String, byte[]> dead = dlq.records().stream().filter(r -> garbageKey.equals(r.key())).findFirst().orElseThrow();
            assertEquals("enrich", header(dead, DeadLetter.ERROR_STAGE));
            assertEquals(Topics.PAGES_CLEAN, header(dead, DeadLetter.SOURCE_TOPIC));
            assertTrue(header(dead, DeadLetter.ERROR_MESSAGE).contains("not a valid Page"), header(dead, DeadLetter.ERROR_MESSAGE));
            assertEquals("{\"id\": 42, \"url\": [", new String(dead.value(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theServiceIsLiveAtOnceReadyOnceRunningAndServesKafkaStreamsMetrics() throws Exception {
        EnrichConfig config = EnrichConfig.defaults("enrich-it-health", KAFKA.bootstrapServers())
                .withStateDir(tmp.resolve("health"));
        try (EnrichService service = EnrichService.start(config)) {
            assertEquals(200, get(service, "/health/live").statusCode());
            await().atMost(PATIENCE).until(() -> get(service, "/health/ready").statusCode() == 200);
            assertTrue(get(service, "/health/ready").body().contains("RUNNING"));
            String metrics = get(service, "/metrics").body();
            assertTrue(metrics.contains("kafka_stream_thread_process_total"), metrics);
            assertTrue(metrics.contains("jvm_memory_used_bytes"), metrics);
        }
    }

    private static HttpResponse<String> get(EnrichService service, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void twoInstancesOnFourPartitionsShareTheWorkAndFindEveryCopy() throws Exception {
        Optional<Path> truth = ItPages.shared("data/extract-dev/truth.jsonl");
        assumeTrue(truth.isPresent(), "shared extract-dev data not present");
        List<String> texts = ItPages.articleTexts(truth.get(), 0, 16);
        String run = UUID.randomUUID().toString();
        List<Page> originals = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            originals.add(ItPages.page("https://origin" + i + ".example/" + run, "story " + i, texts.get(i), T0.plusSeconds(600L * i)));
        }
        Copies copies = copies(originals, run, 12);
        Map<String, String> expectedStory = copies.storyOf();
        List<Page> copyPages = copies.pages();
        Set<String> originalIds = originals.stream().map(Page::id).collect(Collectors.toSet());
        try (KafkaStreams one = startApp("enrich-it-two", tmp.resolve("two-a"));
             KafkaStreams two = startApp("enrich-it-two", tmp.resolve("two-b"));
             TopicTail<Article> articles = new TopicTail<>(KAFKA.bootstrapServers(), Topics.ARTICLES, JsonSerde.article());
             TopicTail<Duplicate> duplicates = new TopicTail<>(KAFKA.bootstrapServers(), Topics.ARTICLES_DUPLICATES, JsonSerde.duplicate())) {
            await().atMost(PATIENCE).until(() -> one.state() == KafkaStreams.State.RUNNING && two.state() == KafkaStreams.State.RUNNING);
            produce(originals);
            await().atMost(PATIENCE).until(() -> created(articles.values(), originalIds).size() == originals.size());
            produce(copyPages);
            await().atMost(PATIENCE).until(() -> mineDuplicates(duplicates.values(), expectedStory.keySet()).size() == expectedStory.size());

            Map<String, String> story = mineDuplicates(duplicates.values(), expectedStory.keySet()).stream()
                    .collect(Collectors.toMap(Duplicate::id, Duplicate::storyId));
            assertEquals(expectedStory, story);
            assertTrue(articles.values().stream().noneMatch(a -> expectedStory.containsKey(a.id())), "a copy became an article");
            assertFalse(activeTasks(one).isEmpty(), "instance one had no tasks");
            assertFalse(activeTasks(two).isEmpty(), "instance two had no tasks");
        }
    }

    @Test
    void closingTheServiceLeavesItsGroupSoThatItsPartitionsMoveAtOnce() throws Exception {
        String applicationId = "enrich-it-leave";
        EnrichService service = EnrichService.start(EnrichConfig.defaults(applicationId, KAFKA.bootstrapServers())
                .withStateDir(tmp.resolve("leave")));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KAFKA.bootstrapServers()))) {
            try {
                await().atMost(PATIENCE).until(service::isReady);
                assertEquals(1, groupMembers(admin, applicationId));
            } finally {
                service.close();
            }

            // at once: a member that stayed would hold its partitions until the group timed it out
            assertEquals(0, groupMembers(admin, applicationId));
        }
    }

    private static int groupMembers(Admin admin, String groupId) throws Exception {
        return admin.describeConsumerGroups(List.of(groupId)).all().get().get(groupId).members().size();
    }

    // ---- copies of originals, the way other sites republish wire stories

    /** Copy pages, and the original (story) id of each copy. */
    private record Copies(List<Page> pages, Map<String, String> storyOf) {
    }

    /** Builds {@code count} copies (exact, in other boilerplate, cut to the lead with a credit, lightly edited). */
    private static Copies copies(List<Page> originals, String run, int count) {
        Map<String, String> expected = new HashMap<>();
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Page o = originals.get(i);
            String text = switch (i % 4) {
                case 0 -> o.text();
                case 1 -> "Advertisement\n\nShare this story\n\n" + o.text() + "\n\nSign up for our newsletter";
                case 2 -> lead(o.text()) + "\n\n(AP)";
                default -> o.text().replaceFirst(" the ", " a ").replaceFirst(" and ", " as well as ") + "\n\n— Reuters";
            };
            Page copy = ItPages.page("https://copy" + i + ".example/" + run, "copy " + i, text, o.publishedAt().plusSeconds(1800));
            pages.add(copy);
            expected.put(copy.id(), o.id());
        }
        return new Copies(List.copyOf(pages), Map.copyOf(expected));
    }

    private static String lead(String text) {
        StringBuilder sb = new StringBuilder();
        for (String p : text.split("\n\n")) {
            if (sb.length() > 0 && sb.toString().split("\\s+").length >= 40) {
                break;
            }
            sb.append(sb.length() == 0 ? "" : "\n\n").append(p);
        }
        return sb.toString();
    }

    // ---- running the service

    private KafkaStreams startApp(String applicationId, Path stateDir) throws InterruptedException {
        EnrichConfig config = EnrichConfig.defaults(applicationId, KAFKA.bootstrapServers()).withStateDir(stateDir);
        int partitions;
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KAFKA.bootstrapServers()))) {
            partitions = EnrichTopics.ensure(admin, config);
        }
        KafkaStreams streams = new KafkaStreams(EnrichTopology.build(config, partitions), config.streamsProperties());
        streams.start();
        return streams;
    }

    private static Set<String> activeTasks(KafkaStreams streams) {
        return streams.metadataForLocalThreads().stream().flatMap(t -> t.activeTasks().stream())
                .map(t -> t.taskId().toString()).collect(Collectors.toSet());
    }

    // ---- producing and reading

    private static void produce(List<Page> pages) {
        try (KafkaProducer<String, Page> producer = new KafkaProducer<>(producerProps(), new StringSerializer(), JsonSerde.page())) {
            pages.forEach(p -> producer.send(new ProducerRecord<>(Topics.PAGES_CLEAN, p.id(), p)));
            producer.flush();
        }
    }

    private static void produceRaw(String key, byte[] value) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProps(), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.PAGES_CLEAN, key, value));
            producer.flush();
        }
    }

    private static Map<String, Object> producerProps() {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all");
    }

    private static List<Article> mine(List<Article> all, Set<String> ids) {
        return all.stream().filter(a -> ids.contains(a.id())).toList();
    }

    private static List<Article> created(List<Article> all, Set<String> ids) {
        return mine(all, ids).stream().filter(a -> Article.CREATED.equals(a.story().event())).toList();
    }

    private static List<Duplicate> mineDuplicates(List<Duplicate> all, Set<String> ids) {
        return all.stream().filter(d -> ids.contains(d.id())).toList();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static List<Path> seedFiles() throws IOException {
        var dir = ItPages.shared("seeds");
        if (dir.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir.get())) {
            return files.filter(f -> f.getFileName().toString().matches("00[0-4]_.*\\.txt")).sorted().toList();
        }
    }
}
