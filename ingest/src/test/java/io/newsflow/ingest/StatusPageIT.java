package io.newsflow.ingest;

import static io.newsflow.ingest.IngestFixture.json;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.events.Article;
import io.newsflow.events.JsonSerde;
import io.newsflow.events.Topics;
import io.newsflow.localstack.LocalKafka;
import io.newsflow.service.status.PipelineStatus;
import io.newsflow.testkit.Articles;
import io.newsflow.testkit.LocalKafkaExtension;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The status page as a person sees it: ingest serves it, a headless Chromium loads it and runs its script, and the
 * test reads the DOM the browser ended with. The figures come from a real broker: pages posted to the API, article
 * events on {@code articles} as enrich writes them, offsets committed by enrich's group. Screenshots are kept in
 * {@code target/status-page.png} and {@code target/status-page-kafka-unreachable.png}.
 */
@ExtendWith(LocalKafkaExtension.class)
class StatusPageIT {

    /** Looks like markup; the page must show it as these characters. */
    private static final String HOSTILE_TITLE =
            "<img src=x onerror=\"document.title='owned'\"> Dockers' <b>strike</b> & \"crane\" talks end";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int VIRTUAL_MS = 3_000;

    private static HeadlessChromium chromium;
    private static String bootstrap;

    @BeforeAll
    static void setUp(LocalKafka kafka) {
        chromium = HeadlessChromium.find().orElse(null);
        assumeTrue(chromium != null, "no Chromium at /usr/bin/chromium (apt-get install chromium): the status page"
                + " browser tests are skipped");
        IngestFixture.createTopics(kafka);
        for (String topic : List.of(Topics.ARTICLES, Topics.ARTICLES_DUPLICATES)) {
            kafka.createTopic(topic, 4);
        }
        for (String topic : List.of(Topics.ENRICH_DLQ, Topics.INDEX_DLQ)) {
            kafka.createTopic(topic, 1);
        }
        bootstrap = kafka.bootstrapServers();
    }

    @Test
    void showsLiveCountsLagAndTheLastStoriesWithUntrustedTitlesAsText() throws Exception {
        String enrichGroup = "status-it-enrich-" + UUID.randomUUID();
        String indexGroup = "status-it-index-" + UUID.randomUUID();
        IngestConfig config = IngestFixture.config(bootstrap, Map.of("INGEST_CONSUME_RAW", "false"));
        try (IngestService service = IngestService.start(config, new PipelineStatus.Settings(config.kafka(),
                enrichGroup, indexGroup, Duration.ofMillis(500)))) {
            int port = service.httpPort();
            await().atMost(WAIT).until(() -> !status(port).path("since").isNull());

            for (int i = 0; i < 3; i++) {
                HttpResponse<String> posted = IngestFixture.post(port, "/v1/pages", "application/json",
                        IngestFixture.pageJson(IngestFixture.newUrl(), IngestFixture.articleHtml("Water plan " + i,
                                "status-" + i)));
                assertEquals(202, posted.statusCode(), posted.body());
            }
            HttpResponse<String> empty = IngestFixture.post(port, "/v1/pages", "application/json",
                    IngestFixture.pageJson(IngestFixture.newUrl(), "<html><body></body></html>"));
            assertEquals(422, empty.statusCode(), empty.body());

            Article hostile = Articles.article("hostile-" + UUID.randomUUID(), 1, HOSTILE_TITLE,
                    "Dock workers ended their strike on Friday.\n\nTalks resume next week.");
            Article plain = Articles.article("plain-" + UUID.randomUUID(), "container backlog");
            publishArticles(List.of(plain, hostile, Articles.syndicated(plain, "harbour-times.example")));
            commitEverything(enrichGroup, Topics.PAGES_CLEAN);

            await().atMost(WAIT).until(() -> {
                JsonNode now = status(port);
                return figure(now, "ingest", "accepted") == 3 && figure(now, "enrich", "read") == 3
                        && now.path("stories").size() == 2 && now.path("syndications").size() == 1;
            });

            Document page = Jsoup.parse(chromium.dumpDom("http://127.0.0.1:" + port + "/", VIRTUAL_MS));
            assertTrue(page.selectFirst("#kafka").hasClass("ok"), page.selectFirst("#kafka").outerHtml());
            assertEquals("4", count(page, "stage-ingest", "received"));
            assertEquals("3", count(page, "stage-ingest", "accepted"));
            assertEquals("1", count(page, "stage-ingest", "rejected"));
            assertEquals("3", count(page, "stage-enrich", "read"));
            assertEquals("2", count(page, "stage-enrich", "new"));
            assertEquals("1", count(page, "stage-enrich", "repeats"), "3 pages read, 2 new stories");
            assertEquals("1", count(page, "stage-enrich", "syndicated"));
            assertEquals("lag: 0 records (group " + enrichGroup + ")", page.selectFirst("#stage-enrich .lag").text());
            assertTrue(page.selectFirst("#stage-index .lag").text().startsWith("lag: unknown"),
                    page.selectFirst("#stage-index .lag").text());

            List<String> titles = page.select("#stories li .title").eachText();
            assertEquals(List.of(HOSTILE_TITLE, plain.page().title()), titles.stream().sorted((a, b) ->
                    a.equals(HOSTILE_TITLE) ? -1 : 1).toList(), "both stories, the hostile title as text");
            assertTrue(page.select("#stories img, #stories b, #stories [onerror]").isEmpty(),
                    "no markup from a title reached the page: " + page.selectFirst("#stories").outerHtml());
            assertNotEquals("owned", page.title());
            Element story = page.select("#stories li").stream()
                    .filter(li -> li.selectFirst(".title").text().equals(plain.page().title())).findFirst()
                    .orElseThrow();
            assertEquals("example.org", story.selectFirst(".meta").text());
            assertEquals(plain.page().canonicalUrl(), story.selectFirst("a.title").attr("href"));
            assertTrue(page.selectFirst("#syndications li .meta").text().contains("harbour-times.example"),
                    page.selectFirst("#syndications").outerHtml());

            Path screenshot = Path.of("target", "status-page.png");
            chromium.screenshot("http://127.0.0.1:" + port + "/", VIRTUAL_MS, screenshot);
            assertTrue(Files.size(screenshot) > 10_000, "a screenshot of the page in " + screenshot);
        }
    }

    @Test
    void saysSoWhenKafkaCannotBeReachedAndStillShowsIngestsOwnCounts() throws Exception {
        IngestConfig config = IngestFixture.config(bootstrap, Map.of("INGEST_CONSUME_RAW", "false"));
        Properties nowhere = config.kafka();
        nowhere.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + closedPort());
        try (IngestService service = IngestService.start(config, new PipelineStatus.Settings(nowhere,
                "newsflow-enrich", "newsflow-index", Duration.ofMillis(500)))) {
            int port = service.httpPort();
            HttpResponse<String> posted = IngestFixture.post(port, "/v1/pages", "application/json",
                    IngestFixture.pageJson(IngestFixture.newUrl(), IngestFixture.articleHtml("Ferry timetable",
                            "outage")));
            assertEquals(202, posted.statusCode(), posted.body());
            await().atMost(WAIT).until(() -> !status(port).path("kafka").path("problem").isNull()
                    && figure(status(port), "ingest", "accepted") == 1);

            Document page = Jsoup.parse(chromium.dumpDom("http://127.0.0.1:" + port + "/", VIRTUAL_MS));
            Element kafka = page.selectFirst("#kafka");
            assertTrue(kafka.hasClass("down"), kafka.outerHtml());
            assertTrue(kafka.text().contains("unreachable"), kafka.text());
            assertEquals("1", count(page, "stage-ingest", "accepted"));
            assertEquals("no new story yet", page.selectFirst("#stories li").text());
            chromium.screenshot("http://127.0.0.1:" + port + "/", VIRTUAL_MS, Path.of("target",
                    "status-page-kafka-unreachable.png"));
        }
    }

    private static JsonNode status(int port) {
        HttpResponse<String> response = IngestFixture.get(port, "/v1/status");
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body());
    }

    private static long figure(JsonNode status, String stage, String key) {
        for (JsonNode s : status.path("stages")) {
            if (s.path("name").asText().equals(stage)) {
                for (JsonNode figure : s.path("figures")) {
                    if (figure.path("key").asText().equals(key)) {
                        return figure.path("count").asLong();
                    }
                }
            }
        }
        return -1;
    }

    private static String count(Document page, String card, String key) {
        Element cell = page.selectFirst("#" + card + " tr[data-key=" + key + "] td.count");
        assertTrue(cell != null, "no figure " + key + " in #" + card + ": " + page.selectFirst("main"));
        return cell.text();
    }

    private static void publishArticles(List<Article> articles) {
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            for (Article article : articles) {
                producer.send(new ProducerRecord<>(Topics.ARTICLES, article.id(),
                        JsonSerde.article().serialize(Topics.ARTICLES, article)));
            }
            producer.flush();
        }
    }

    /** Commits {@code group}'s offsets at the end of every partition of {@code topic}, as a caught-up stage does. */
    private static void commitEverything(String group, String topic) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
            consumer.endOffsets(partitions)
                    .forEach((partition, end) -> ends.put(partition, new OffsetAndMetadata(end)));
            consumer.commitSync(ends);
        }
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
