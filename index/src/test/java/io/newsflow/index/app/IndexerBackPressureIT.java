package io.newsflow.index.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.events.Article;
import io.newsflow.events.JsonSerde;
import io.newsflow.events.Topics;
import io.newsflow.index.bulk.RetryReason;
import io.newsflow.index.connect.OpenSearchClients;
import io.newsflow.index.connect.OpenSearchSettings;
import io.newsflow.localstack.LocalKafka;
import io.newsflow.localstack.LocalOpenSearch;
import io.newsflow.service.config.Env;
import io.newsflow.testkit.Articles;
import io.newsflow.testkit.LocalKafkaExtension;
import io.newsflow.testkit.LocalOpenSearchExtension;
import io.newsflow.testkit.PageAccounting;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opensearch.client.opensearch.OpenSearchClient;

/**
 * The indexer against an OpenSearch node of its own that pushes back: one write thread and a write queue of one, so
 * that a bulk request spread over four shards has some of its shard requests refused with 429
 * {@code rejected_execution_exception}, as a busy production cluster does; and, through the cluster's disk
 * watermarks, a disk past the flood stage, which makes every index read-only until disk is freed.
 */
class IndexerBackPressureIT {

    @RegisterExtension
    static final LocalKafkaExtension KAFKA = LocalKafkaExtension.shared();
    @RegisterExtension
    static final LocalOpenSearchExtension OPENSEARCH = LocalOpenSearchExtension.ownNode(
            LocalOpenSearch.Options.defaults().setting("thread_pool.write.size", "1")
                    .setting("thread_pool.write.queue_size", "1"));

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String TOPIC = "articles-back-pressure-it";
    private static final String ALIAS = "back-pressure-it";
    private static final String FLOOD_TOPIC = "articles-flood-stage-it";
    private static final String FLOOD_ALIAS = "flood-stage-it";
    private static final int ARTICLES = 300;
    private static final int UPDATES = 25;
    private static final int BULK_MAX_DOCS = 100;
    private static final long BULK_MAX_BYTES = 64 * 1024;

    static LocalKafka kafka;
    static LocalOpenSearch node;
    static OpenSearchClient client;

    @BeforeAll
    static void connect(LocalKafka sharedKafka, LocalOpenSearch ownNode) {
        kafka = sharedKafka;
        node = ownNode;
        client = OpenSearchClients.create(OpenSearchSettings.of(node.url()));
        kafka.createTopic(TOPIC, 2);
        kafka.createTopic(FLOOD_TOPIC, 1);
        kafka.createTopic(Topics.INDEX_DLQ, 1);
    }

    @AfterAll
    static void disconnect() throws IOException {
        client._transport().close();
    }

    @Test
    void itemsRefusedWith429AreRetriedUntilIndexedOnceEachWithNoDeadLetterAndBoundedBatches() throws Exception {
        PageAccounting books = new PageAccounting();
        long largestRecord = 0;
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (int i = 0; i < ARTICLES + UPDATES; i++) {
                Article article = i < ARTICLES
                        ? Articles.article("pressure-" + i, "delays number " + i)
                        : Articles.article("pressure-" + (i - ARTICLES), 2, "Port of Rotterdam update " + i,
                                "Shipping resumed after delays number " + (i - ARTICLES) + ".");
                byte[] value = JsonSerde.article().serialize(TOPIC, article);
                largestRecord = Math.max(largestRecord, value.length);
                producer.send(new ProducerRecord<>(TOPIC, article.id().getBytes(StandardCharsets.UTF_8), value));
                books.accepted(article.id(), article.page().text());
            }
            producer.flush();
        }

        // four shards: one bulk request becomes four shard requests at once, more than the pool holds
        try (Indexer indexer = new Indexer(config(TOPIC, ALIAS, 4))) {
            indexer.start();
            await().atMost(PATIENCE).until(() -> indexer.lag() == 0
                    && indexer.metrics().indexed() + indexer.metrics().stale() >= ARTICLES + UPDATES);

            // OpenSearch really refused writes, and the indexer saw it as overload, not as a bad document
            assertTrue(writeRejections() > 0, "the node's write pool rejected nothing");
            assertTrue(indexer.metrics().retried(RetryReason.OVERLOADED) > 0, "no item retried after a 429");
            assertTrue(prometheusCount(indexer, "overloaded") > 0, "overload retries not in /metrics");
            assertEquals(0, indexer.metrics().rejected());
            // every event settled exactly once: written, or found older than a version already written
            assertEquals(ARTICLES + UPDATES, indexer.metrics().indexed() + indexer.metrics().stale());
            // the indexer holds one batch at a time, paused while it is retried, within the configured bounds
            assertTrue(indexer.metrics().largestBatchRecords() <= BULK_MAX_DOCS,
                    "batch of " + indexer.metrics().largestBatchRecords() + " records");
            assertTrue(indexer.metrics().largestBatchBytes() < BULK_MAX_BYTES + largestRecord,
                    "batch of " + indexer.metrics().largestBatchBytes() + " bytes");
        }

        List<String> documents = IndexOutcomes.documentIds(client, ALIAS);
        List<String> deadLetters = IndexOutcomes.deadLetterKeys(kafka.bootstrapServers(), TOPIC);
        assertEquals(List.of(), deadLetters);
        assertEquals(ARTICLES, documents.size());
        for (int i = 0; i < UPDATES; i++) {
            String id = Articles.article("pressure-" + i, "x").id();
            assertEquals(2L, client.get(g -> g.index(ALIAS).id(id), Map.class).version(), id);
        }
        PageAccounting.Result result = books.settle(documents, null, List.of(), deadLetters);
        result.assertBalanced();
        assertEquals(ARTICLES, result.articles());
        assertEquals(UPDATES, result.updates());
    }

    @Test
    void aDiskPastTheFloodStageWatermarkHoldsArticlesBackUntilOpenSearchLiftsTheBlockWithNoneDeadLettered()
            throws Exception {
        PageAccounting books = new PageAccounting();
        try (Indexer indexer = new Indexer(config(FLOOD_TOPIC, FLOOD_ALIAS, 1));
             KafkaProducer<byte[], byte[]> producer = producer()) {
            indexer.start();
            for (int i = 0; i < 5; i++) {
                books.accepted(send(producer, FLOOD_TOPIC, Articles.article("before-flood-" + i, "dry " + i)), "v1");
            }
            await().atMost(PATIENCE).until(() -> indexer.metrics().indexed() == 5);

            try {
                // every node's free disk below the flood stage: OpenSearch makes its indices read-only by itself
                diskWatermarks("1000tb");
                await().atMost(PATIENCE).until(() -> get(node.url() + "/" + FLOOD_ALIAS + "/_settings").body()
                        .contains("\"read_only_allow_delete\":\"true\""));
                for (int i = 0; i < 30; i++) {
                    books.accepted(send(producer, FLOOD_TOPIC, Articles.article("flood-" + i, "flood " + i)), "v1");
                }
                await().atMost(PATIENCE).until(() -> indexer.metrics().retried(RetryReason.BLOCKED) >= 30
                        && indexer.health().state() == Health.State.RETRYING);
                assertTrue(indexer.health().detail().contains("flood-stage watermark"), indexer.health().detail());
                assertTrue(prometheusCount(indexer, "blocked") >= 30, "blocked retries not in /metrics");
                assertEquals(0, indexer.metrics().rejected());
                assertEquals(5, indexer.metrics().indexed());

                // disk freed: OpenSearch lifts the block itself at its next disk check, and the batch goes through
                diskWatermarks("1b");
                await().atMost(PATIENCE).until(() -> indexer.lag() == 0 && indexer.metrics().indexed() == 35);
                assertEquals(Health.State.UP, indexer.health().state());
                assertEquals(0, indexer.metrics().rejected());
                // and, at a later check, the block on creating indices it set too (what a rollover would meet)
                await().atMost(PATIENCE).until(() -> !get(node.url() + "/_cluster/settings?flat_settings=true")
                        .body().contains("\"cluster.blocks.create_index\":\"true\""));
            } finally {
                diskWatermarks(null);
            }
        }

        List<String> documents = IndexOutcomes.documentIds(client, FLOOD_ALIAS);
        List<String> deadLetters = IndexOutcomes.deadLetterKeys(kafka.bootstrapServers(), FLOOD_TOPIC);
        assertEquals(List.of(), deadLetters);
        assertEquals(35, documents.size());
        books.settle(documents, null, List.of(), deadLetters).assertBalanced();
    }

    /**
     * Turns the disk threshold on with every watermark at {@code freeBytes} of free disk (checked every 10 s, the
     * shortest interval OpenSearch allows, and acted on at every check rather than once a minute), or back to the
     * launcher's settings, with no block left, for null.
     */
    private static void diskWatermarks(String freeBytes) throws Exception {
        String value = freeBytes == null ? "null" : "\"" + freeBytes + "\"";
        String body = "{\"transient\": {"
                + "\"cluster.routing.allocation.disk.threshold_enabled\": " + (freeBytes == null ? "null" : "true")
                + ", \"cluster.info.update.interval\": " + (freeBytes == null ? "null" : "\"10s\"")
                + ", \"cluster.routing.allocation.disk.reroute_interval\": " + (freeBytes == null ? "null" : "\"1s\"")
                + ", \"cluster.routing.allocation.disk.watermark.low\": " + value
                + ", \"cluster.routing.allocation.disk.watermark.high\": " + value
                + ", \"cluster.routing.allocation.disk.watermark.flood_stage\": " + value + "}"
                // the cluster block the flood stage sets, in case a failed test left it
                + (freeBytes == null ? ", \"persistent\": {\"cluster.blocks.create_index\": null}" : "") + "}";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(node.url() + "/_cluster/settings")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
    }

    private static String send(KafkaProducer<byte[], byte[]> producer, String topic, Article article)
            throws Exception {
        producer.send(new ProducerRecord<>(topic, article.id().getBytes(StandardCharsets.UTF_8),
                JsonSerde.article().serialize(topic, article))).get();
        return article.id();
    }

    private static IndexConfig config(String topic, String alias, int shards) {
        return IndexConfig.fromEnv(new Env(Map.ofEntries(
                Map.entry("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers()),
                Map.entry("OPENSEARCH_URL", node.url()),
                Map.entry("INDEX_TOPIC", topic),
                Map.entry("INDEX_ALIAS", alias),
                Map.entry("INDEX_GROUP_ID", alias),
                Map.entry("INDEX_SHARDS", Integer.toString(shards)),
                Map.entry("INDEX_REPLICAS", "0"),
                Map.entry("INDEX_HTTP_PORT", "0"),
                Map.entry("INDEX_BULK_MAX_DOCS", Integer.toString(BULK_MAX_DOCS)),
                Map.entry("INDEX_BULK_MAX_BYTES", Long.toString(BULK_MAX_BYTES)),
                Map.entry("INDEX_BULK_MAX_WAIT_MS", "200"),
                Map.entry("INDEX_RETRY_INITIAL_MS", "50"),
                Map.entry("INDEX_RETRY_MAX_MS", "500"))));
    }

    /** Write requests the node's thread pool refused since it started, as OpenSearch counts them. */
    private static long writeRejections() throws Exception {
        String stats = get(node.url() + "/_nodes/stats/thread_pool").body();
        Matcher rejected = Pattern.compile("\"write\":\\{[^}]*\"rejected\":(\\d+)").matcher(stats);
        assertTrue(rejected.find(), stats);
        return Long.parseLong(rejected.group(1));
    }

    private static double prometheusCount(Indexer indexer, String reason) throws Exception {
        String metrics = get("http://127.0.0.1:" + indexer.httpPort() + "/metrics").body();
        Matcher line = Pattern.compile("newsflow_index_retried_total\\{[^}]*reason=\"" + reason + "\"[^}]*} (\\S+)")
                .matcher(metrics);
        assertTrue(line.find(), metrics);
        return Double.parseDouble(line.group(1));
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static KafkaProducer<byte[], byte[]> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
