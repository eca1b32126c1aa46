package io.newsflow.deploy.faults;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.enrich.app.EnrichConfig;
import io.newsflow.enrich.app.EnrichService;
import io.newsflow.events.Json;
import io.newsflow.events.PageKeys;
import io.newsflow.events.Topics;
import io.newsflow.index.app.IndexConfig;
import io.newsflow.index.app.Indexer;
import io.newsflow.index.connect.OpenSearchSettings;
import io.newsflow.index.schema.IndexNames;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.IngestService;
import io.newsflow.localstack.LocalKafka;
import io.newsflow.localstack.LocalOpenSearch;
import io.newsflow.testkit.LocalKafkaExtension;
import io.newsflow.testkit.LocalOpenSearchExtension;
import io.newsflow.testkit.PageAccounting;
import io.newsflow.testkit.TopicReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline on a three-broker cluster (replication factor 3, {@code min.insync.replicas} 2) while the leader
 * of a {@code pages.clean} partition is killed with SIGKILL mid-stream and later restarted, as Kafka's own
 * broker-bounce system tests do. A scraper keeps posting, retrying what was answered 503. At the end every page
 * answered 202 is exactly one article, duplicate, repeat or dead letter, and no article was created twice.
 */
class BrokerFailoverIT {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerFailoverIT.class);

    @RegisterExtension
    static final LocalKafkaExtension KAFKA = LocalKafkaExtension.ownCluster(LocalKafka.Options.defaults().brokers(3));
    @RegisterExtension
    static final LocalOpenSearchExtension OPENSEARCH = new LocalOpenSearchExtension();

    private static final int STORIES = 120;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> WORDS = List.of(("harbour council budget river school bridge ferry minister"
            + " election court police hospital train strike market bank farmer storm flood museum festival"
            + " teacher nurse doctor union factory port airport road tunnel village city county mayor judge"
            + " report inquiry water power energy wind solar coal oil gas price wage tax rent house library"
            + " park garden forest mountain island coast beach fish boat ship crew captain pilot engineer"
            + " scientist study data survey poll vote law rule plan deal talks summit treaty border army navy"
            + " weather snow rain heat drought fire rescue crowd match team coach player season league cup"
            + " record book film music theatre artist album show award prize charity church school college").split(" "));

    @Test
    void killingThePartitionLeaderMidStreamLosesNoPageAndDoublesNone(LocalKafka kafka, LocalOpenSearch node,
                                                                      @TempDir Path tmp) throws Exception {
        for (String topic : Topics.ALL) {
            kafka.createTopic(topic, topic.endsWith(".dlq") ? Topics.DLQ_PARTITIONS : Topics.DEFAULT_PARTITIONS);
        }
        IndexNames names = new IndexNames("failover");
        PageAccounting books = new PageAccounting();
        try (IngestService ingest = IngestService.start(IngestConfig.defaults()
                     .withKafkaBootstrap(kafka.bootstrapServers()).withHttp("127.0.0.1", 0)
                     .withAckTimeout(Duration.ofSeconds(5)));
             EnrichService enrich = EnrichService.start(EnrichConfig.defaults("failover-enrich",
                     kafka.bootstrapServers()).withStateDir(Files.createDirectories(tmp.resolve("streams"))));
             Indexer indexer = new Indexer(IndexConfig.defaults().withKafkaBootstrap(kafka.bootstrapServers())
                     .withOpenSearch(OpenSearchSettings.of(node.url())).withNames(names).withReplicas(0)
                     .withSource(Topics.ARTICLES, "failover-index").withHttpPort(0))) {
            indexer.start();
            String api = "http://127.0.0.1:" + ingest.httpPort() + "/v1/pages";
            List<Submission> submissions = submissions();
            AtomicInteger retried = new AtomicInteger();
            int killAt = submissions.size() / 3;
            int restartAt = 2 * submissions.size() / 3;
            int victim = -1;
            for (int i = 0; i < submissions.size(); i++) {
                if (i == killAt) {
                    victim = leaderOf(kafka, Topics.PAGES_CLEAN, 0);
                    kafka.killBroker(victim);
                    LOG.info("killed broker {}, the leader of {}-0, after {} pages", victim, Topics.PAGES_CLEAN, i);
                } else if (i == restartAt) {
                    kafka.startBroker(victim);
                    LOG.info("broker {} is back after {} pages", victim, i);
                }
                Submission s = submissions.get(i);
                postUntilAccepted(api, s, retried);
                books.accepted(s.id(), s.html());
            }
            assertTrue(victim >= 0);
            LOG.info("{} submissions accepted, {} answers were 503 or failed and retried", books.submissions(),
                    retried.get());

            Set<String> expected = books.pageIds();
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> outcomes(kafka, node, names).containsAll(expected));
            // held a little longer: anything written twice would show up now
            Thread.sleep(3_000);

            List<String> duplicates = keys(kafka, Topics.ARTICLES_DUPLICATES);
            List<String> deadLetters = new ArrayList<>(keys(kafka, Topics.ENRICH_DLQ));
            deadLetters.addAll(keys(kafka, Topics.INDEX_DLQ));
            List<String> created = TopicReader.readAll(kafka.bootstrapServers(), Topics.ARTICLES).stream()
                    .filter(r -> event(r.value()).equals("created"))
                    .map(ConsumerRecord::key).toList();
            PageAccounting.Result result = books.settle(documentIds(node, names), created, duplicates, deadLetters);
            LOG.info("{}", result);
            result.assertBalanced();
            assertEquals(List.of(), result.unknown(), "nothing indexed that was not posted");
            assertTrue(result.duplicates() > 0 && result.repeats() > 0, result.toString());
        }
    }

    /** Distinct stories; every 8th also copied word for word by another site; every 12th posted twice. */
    private static List<Submission> submissions() {
        Random random = new Random(20261201);
        List<Submission> out = new ArrayList<>();
        for (int i = 0; i < STORIES; i++) {
            String title = sentence(random, 6);
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < 4; p++) {
                body.append("<p>");
                for (int s = 0; s < 4; s++) {
                    body.append(sentence(random, 14)).append(". ");
                }
                body.append("</p>");
            }
            String url = "https://news.example.org/2026/12/01/story-" + i;
            out.add(Submission.of(url, title, body.toString()));
            if (i % 8 == 0) {
                out.add(Submission.of("https://other.example.com/wire/story-" + i, title, body.toString()));
            }
            if (i % 12 == 0) {
                out.add(Submission.of(url, title, body.toString()));
            }
        }
        return out;
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = WORDS.get(random.nextInt(WORDS.size()));
            s.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return s.toString();
    }

    private record Submission(String id, String url, String html) {

        static Submission of(String url, String title, String body) {
            String html = "<html><head><title>" + title + "</title><link rel=\"canonical\" href=\"" + url + "\">"
                    + "</head><body><article><h1>" + title + "</h1>" + body + "</article></body></html>";
            return new Submission(PageKeys.id(url), url, html);
        }
    }

    /** Posts as a scraper would: again after a 503 or a broken connection, until the page is accepted. */
    private static void postUntilAccepted(String api, Submission s, AtomicInteger retried) throws Exception {
        String json = Json.mapper().createObjectNode().put("url", s.url()).put("html", s.html()).toString();
        for (int attempt = 0; attempt < 60; attempt++) {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(api))
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 202) {
                    return;
                }
                assertEquals(503, response.statusCode(), "only Kafka's absence may refuse a valid page: "
                        + response.body());
            } catch (IOException e) {
                LOG.info("post failed: {}", e.toString());
            }
            retried.incrementAndGet();
            Thread.sleep(500);
        }
        throw new AssertionError("page " + s.url() + " was never accepted");
    }

    private static String event(String article) {
        try {
            return Json.mapper().readTree(article).path("event").asText();
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private static int leaderOf(LocalKafka kafka, String topic, int partition) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().get(partition)
                    .leader().id();
        }
    }

    private static Set<String> outcomes(LocalKafka kafka, LocalOpenSearch node, IndexNames names) throws Exception {
        Set<String> ids = new HashSet<>(documentIds(node, names));
        ids.addAll(keys(kafka, Topics.ARTICLES_DUPLICATES));
        ids.addAll(keys(kafka, Topics.ENRICH_DLQ));
        ids.addAll(keys(kafka, Topics.INDEX_DLQ));
        return ids;
    }

    private static List<String> keys(LocalKafka kafka, String topic) {
        return TopicReader.readAll(kafka.bootstrapServers(), topic).stream().map(ConsumerRecord::key)
                .toList();
    }

    /** The id of every document behind the read alias, as a dashboard would count them. */
    private static List<String> documentIds(LocalOpenSearch node, IndexNames names) throws Exception {
        HttpResponse<String> refresh = HTTP.send(HttpRequest.newBuilder(URI.create(node.url() + "/"
                + names.readAlias() + "/_refresh")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (refresh.statusCode() == 404) {
            return List.of();
        }
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(node.url() + "/"
                        + names.readAlias() + "/_search?size=10000&_source=false"))
                .header("Content-Type", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode hits = Json.mapper().readTree(response.body()).path("hits").path("hits");
        return StreamSupport.stream(hits.spliterator(), false).map(h -> h.path("_id").asText()).toList();
    }
}
