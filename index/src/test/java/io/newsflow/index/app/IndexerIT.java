package io.newsflow.index.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.testkit.Articles;
import io.newsflow.localstack.LocalKafka;
import io.newsflow.testkit.LocalKafkaExtension;
import io.newsflow.localstack.LocalOpenSearch;
import io.newsflow.testkit.LocalOpenSearchExtension;
import io.newsflow.testkit.PageAccounting;
import io.newsflow.events.Article;
import io.newsflow.events.DeadLetter;
import io.newsflow.events.JsonSerde;
import io.newsflow.events.Topics;
import io.newsflow.service.config.Env;
import io.newsflow.index.connect.OpenSearchClients;
import io.newsflow.index.bulk.RetryReason;
import io.newsflow.index.schema.IndexNames;
import io.newsflow.index.connect.OpenSearchSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opensearch.client.opensearch.OpenSearchClient;

/** The index service end to end: articles on a real Kafka topic, documents in a real OpenSearch node. */
class IndexerIT {

    @RegisterExtension
    static final LocalKafkaExtension KAFKA = LocalKafkaExtension.shared();
    @RegisterExtension
    static final LocalOpenSearchExtension OPENSEARCH = new LocalOpenSearchExtension();

    private static final AtomicInteger RUNS = new AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    static LocalKafka kafka;
    static LocalOpenSearch node;
    static OpenSearchClient client;

    String topic;
    String alias;
    String group;
    final List<Indexer> indexers = new ArrayList<>();

    @BeforeAll
    static void connect(LocalKafka sharedKafka, LocalOpenSearch sharedNode) {
        kafka = sharedKafka;
        node = sharedNode;
        client = OpenSearchClients.create(OpenSearchSettings.of(node.url()));
    }

    @AfterAll
    static void disconnect() throws IOException {
        client._transport().close();
    }

    @BeforeEach
    void ownTopicAliasAndGroup() {
        int run = RUNS.incrementAndGet();
        topic = "articles-indexer-it-" + run;
        alias = "indexer-it-" + run;
        group = "indexer-it-" + run;
        kafka.createTopic(topic, 2);
        kafka.createTopic(Topics.INDEX_DLQ, 1);
    }

    @AfterEach
    void closeIndexers() {
        indexers.forEach(Indexer::close);
    }

    @Test
    void indexesCommittedArticlesAndNeverAbortedOnes() throws Exception {
        Indexer indexer = start(group);
        try (KafkaProducer<byte[], byte[]> producer = producer("indexer-it-tx-" + topic)) {
            producer.initTransactions();
            producer.beginTransaction();
            for (int i = 0; i < 20; i++) {
                send(producer, Articles.article("committed-" + i, "delays " + i));
            }
            producer.commitTransaction();
            producer.beginTransaction();
            send(producer, Articles.article("aborted", "a story that was never published"));
            producer.abortTransaction();
            producer.beginTransaction();
            send(producer, Articles.article("after-abort", "a story after the aborted one"));
            producer.commitTransaction();
        }

        await().atMost(PATIENCE).ignoreExceptions().until(() -> count() == 21);
        assertFalse(exists(Articles.article("aborted", "x").id()));
        assertTrue(exists(Articles.article("after-abort", "x").id()));
        HttpResponse<String> ready = get(management(indexer, "/health/ready"));
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"ready\""), ready.body());
        String metrics = get(management(indexer, "/metrics")).body();
        assertTrue(metrics.contains("newsflow_index_indexed_total 21.0"), metrics);
        assertTrue(metrics.contains("newsflow_index_lag "), metrics);
        // idle, the group's offsets reach the end of the topic, past the last transaction's marker
        await().atMost(PATIENCE).until(() -> committed() == endOffsets());
    }

    @Test
    void isLiveAtOnceAndReadyOnlyOnceConsuming() throws Exception {
        Indexer indexer = create(group);
        assertEquals(200, get(management(indexer, "/health/live")).statusCode());
        HttpResponse<String> starting = get(management(indexer, "/health/ready"));
        assertEquals(503, starting.statusCode());
        assertTrue(starting.body().contains("STARTING"), starting.body());

        indexer.start();
        await().atMost(PATIENCE).until(() -> get(management(indexer, "/health/ready")).statusCode() == 200);
        assertTrue(get(management(indexer, "/health/ready")).body().contains("partition(s) of " + topic));
        assertTrue(get(management(indexer, "/metrics")).body().contains("jvm_memory_used_bytes"));
    }

    @Test
    void laterEventsUpdateTheDocumentAndReplaysNeverAddOneOrGoBack() throws Exception {
        Article created = Articles.article("syndicated-story", "a strike");
        Article syndicated = Articles.syndicated(created, "copies.example.net");
        try (KafkaProducer<byte[], byte[]> producer = producer(null)) {
            send(producer, created);
            send(producer, syndicated);
            send(producer, created);
        }
        start(group);
        await().atMost(PATIENCE).ignoreExceptions().until(() -> duplicateCount(created.id()) == 1);

        Indexer replay = start(group + "-replay");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> replay.metrics().stale() == 3);

        assertEquals(1, count());
        assertEquals(1, duplicateCount(created.id()));
    }

    @Test
    void recordsThatCannotBeIndexedGoToTheDlqWithTheirReasonWhileTheRestIsIndexed() throws Exception {
        byte[] garbage = "<html>not an article</html>".getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<byte[], byte[]> producer = producer(null)) {
            producer.send(new ProducerRecord<>(topic, 0, "junk".getBytes(StandardCharsets.UTF_8), garbage)).get();
            producer.send(record(Articles.withImmenseWire(Articles.article("immense", "a huge wire")), 0)).get();
            for (int i = 0; i < 3; i++) {
                producer.send(record(Articles.article("fine-" + i, "fine " + i), 0)).get();
            }
        }
        Indexer indexer = start(group);

        await().atMost(PATIENCE).ignoreExceptions().until(() -> count() == 3 && indexer.metrics().rejected() == 2);
        List<ConsumerRecord<byte[], byte[]>> dead = deadLettersFrom(topic, 2);
        assertEquals("0", header(dead.get(0), DeadLetter.SOURCE_OFFSET));
        assertEquals("index", header(dead.get(0), DeadLetter.ERROR_STAGE));
        assertEquals("0", header(dead.get(0), DeadLetter.SOURCE_PARTITION));
        assertTrue(header(dead.get(0), DeadLetter.ERROR_MESSAGE).contains("not a valid Article JSON value"));
        assertEquals("<html>not an article</html>", new String(dead.get(0).value(), StandardCharsets.UTF_8));
        assertEquals("1", header(dead.get(1), DeadLetter.SOURCE_OFFSET));
        assertEquals("illegal_argument_exception", header(dead.get(1), DeadLetter.ERROR_CLASS));
        assertTrue(header(dead.get(1), DeadLetter.ERROR_MESSAGE).contains("immense term"));
    }

    @Test
    void anOpenSearchOutagePausesIndexingCommitsNothingUnsettledAndCatchesUpAfterwards() throws Exception {
        Indexer indexer = start(group);
        try (KafkaProducer<byte[], byte[]> producer = producer(null)) {
            for (int i = 0; i < 5; i++) {
                send(producer, Articles.article("before-" + i, "before " + i));
            }
            await().atMost(PATIENCE).ignoreExceptions().until(() -> committed() == 5);

            node.stop();
            try {
                for (int i = 0; i < 30; i++) {
                    send(producer, Articles.article("during-" + i, "during " + i));
                }
                await().atMost(PATIENCE).ignoreExceptions().until(() -> indexer.metrics().retried() >= 30
                        && indexer.health().state() == Health.State.RETRYING);
                HttpResponse<String> ready = get(management(indexer, "/health/ready"));
                assertEquals(503, ready.statusCode());
                assertTrue(ready.body().contains("RETRYING"), ready.body());
                assertEquals(5, committed());
                // the waiting batch and everything behind it is lag, though the consumer has read part of it
                await().atMost(PATIENCE).until(() -> indexer.lag() == 30);
                assertTrue(get(management(indexer, "/metrics")).body().contains("newsflow_index_lag 30.0"));
            } finally {
                node.start();
            }
        }

        await().atMost(PATIENCE).ignoreExceptions().until(() -> committed() == 35);
        assertEquals(35, count());
        assertEquals(Health.State.UP, indexer.health().state());
        await().atMost(PATIENCE).until(() -> indexer.lag() == 0);
    }

    /**
     * {@code read_only_allow_delete} is what OpenSearch sets on every index of a disk past the flood-stage watermark
     * (answered 429); {@code write} what an operator sets to freeze an index (answered 403); {@code closed} an index
     * an operator closed (answered 400 {@code index_closed_exception}). None is the articles' fault.
     */
    @ParameterizedTest
    @ValueSource(strings = {"read_only_allow_delete", "write", "closed"})
    void articlesArrivingWhileTheIndexIsReadOnlyWaitVisiblyAndAreIndexedOnceTheBlockIsLifted(String block)
            throws Exception {
        PageAccounting books = new PageAccounting();
        Indexer indexer = start(group);
        try (KafkaProducer<byte[], byte[]> producer = producer(null)) {
            for (int i = 0; i < 5; i++) {
                books.accepted(send(producer, Articles.article("writable-" + i, "writable " + i)), "v1");
            }
            await().atMost(PATIENCE).ignoreExceptions().until(() -> committed() == 5);

            block(block, true);
            try {
                for (int i = 0; i < 30; i++) {
                    books.accepted(send(producer, Articles.article("blocked-" + i, "blocked " + i)), "v1");
                }
                await().atMost(PATIENCE).ignoreExceptions().until(() -> indexer.metrics().retried(
                        RetryReason.BLOCKED) >= 30 && indexer.health().state() == Health.State.RETRYING);
                HttpResponse<String> ready = get(management(indexer, "/health/ready"));
                assertEquals(503, ready.statusCode());
                // the batch in hand waits, and says why: how many of its articles are blocked, and by what
                assertTrue(ready.body().matches("(?s).*\\(blocked \\d+;.*(cluster_block|index_closed)_exception.*"),
                        ready.body());
                String metrics = get(management(indexer, "/metrics")).body();
                assertTrue(metrics.contains("newsflow_index_retried_total{reason=\"blocked\"}"), metrics);
                assertEquals(0, indexer.metrics().rejected());
                assertEquals(5, committed());
            } finally {
                block(block, false);
            }
        }

        await().atMost(PATIENCE).ignoreExceptions().until(() -> committed() == 35);
        assertEquals(Health.State.UP, indexer.health().state());
        assertEquals(0, indexer.metrics().rejected());
        List<String> documents = IndexOutcomes.documentIds(client, alias);
        List<String> deadLetters = IndexOutcomes.deadLetterKeys(kafka.bootstrapServers(), topic);
        assertEquals(35, documents.size());
        assertEquals(List.of(), deadLetters);
        books.settle(documents, null, List.of(), deadLetters).assertBalanced();
    }

    private Indexer start(String groupId) {
        Indexer indexer = create(groupId);
        indexer.start();
        return indexer;
    }

    private Indexer create(String groupId) {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("OPENSEARCH_URL", node.url());
        env.put("INDEX_TOPIC", topic);
        env.put("INDEX_ALIAS", alias);
        env.put("INDEX_GROUP_ID", groupId);
        env.put("INDEX_REPLICAS", "0");
        env.put("INDEX_HTTP_PORT", "0");
        env.put("INDEX_BULK_MAX_WAIT_MS", "100");
        env.put("INDEX_RETRY_INITIAL_MS", "100");
        env.put("INDEX_RETRY_MAX_MS", "1000");
        Indexer indexer = new Indexer(IndexConfig.fromEnv(new Env(env)));
        indexers.add(indexer);
        return indexer;
    }

    private static String management(Indexer indexer, String path) {
        return "http://127.0.0.1:" + indexer.httpPort() + path;
    }

    private KafkaProducer<byte[], byte[]> producer(String transactionalId) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        if (transactionalId != null) {
            props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        }
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Sends {@code article} and returns its id. */
    private String send(KafkaProducer<byte[], byte[]> producer, Article article) throws Exception {
        producer.send(record(article, null));
        producer.flush();
        return article.id();
    }

    /** Sets or lifts {@code index.blocks.<block>} on the test's indices. */
    private void block(String block, boolean blocked) throws Exception {
        if (block.equals("closed")) {
            String index = new IndexNames(alias).firstIndex();
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(node.url() + "/" + index
                    + (blocked ? "/_close" : "/_open"))).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return;
        }
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(node.url() + "/" + alias
                        + "/_settings")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"index.blocks." + block + "\": "
                        + (blocked ? "true" : "null") + "}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
    }

    private ProducerRecord<byte[], byte[]> record(Article article, Integer partition) {
        return new ProducerRecord<>(topic, partition, article.id().getBytes(StandardCharsets.UTF_8),
                JsonSerde.article().serialize(topic, article));
    }

    private long count() throws IOException {
        client.indices().refresh(r -> r.index(alias));
        return client.count(c -> c.index(alias)).count();
    }

    private boolean exists(String id) throws IOException {
        return client.exists(e -> e.index(alias).id(id)).value();
    }

    private int duplicateCount(String id) throws IOException {
        var doc = client.get(g -> g.index(alias).id(id), Article.class);
        return doc.found() ? doc.source().story().duplicateCount() : -1;
    }

    private long committed() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            return offsets.values().stream().mapToLong(o -> o == null ? 0 : o.offset()).sum();
        }
    }

    private long endOffsets() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(List.of(topic)).allTopicNames().get()
                    .get(topic).partitions().stream().collect(Collectors.toMap(
                            p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().values().stream()
                    .mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset).sum();
        }
    }

    private List<ConsumerRecord<byte[], byte[]>> deadLettersFrom(String sourceTopic, int expected) {
        Map<String, Object> props = Map.of("bootstrap.servers", kafka.bootstrapServers(),
                "auto.offset.reset", "earliest", "group.id", "dlq-reader-" + sourceTopic);
        List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.INDEX_DLQ));
            await().atMost(PATIENCE).until(() -> {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (sourceTopic.equals(header(r, DeadLetter.SOURCE_TOPIC))) {
                        found.add(r);
                    }
                }
                return found.size() >= expected;
            });
        }
        found.sort((a, b) -> Long.compare(Long.parseLong(header(a, DeadLetter.SOURCE_OFFSET)),
                Long.parseLong(header(b, DeadLetter.SOURCE_OFFSET))));
        return found;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
