package io.newsflow.index.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.events.Article;
import io.newsflow.events.JsonSerde;
import io.newsflow.events.Topics;
import io.newsflow.index.connect.OpenSearchClients;
import io.newsflow.index.connect.OpenSearchSettings;
import io.newsflow.localstack.LocalKafka;
import io.newsflow.localstack.LocalOpenSearch;
import io.newsflow.service.config.Env;
import io.newsflow.service.config.PageSizeContract;
import io.newsflow.testkit.Articles;
import io.newsflow.testkit.LocalKafkaExtension;
import io.newsflow.testkit.LocalOpenSearchExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opensearch.client.opensearch.OpenSearchClient;

/**
 * An article larger than a bulk request, as the page-size contract lets enrich write one, among small ones: it is
 * sent in a request of its own, OpenSearch's request limit takes it, and every article is indexed.
 */
class IndexerPageSizeIT {

    @RegisterExtension
    static final LocalKafkaExtension KAFKA = LocalKafkaExtension.shared();
    @RegisterExtension
    static final LocalOpenSearchExtension OPENSEARCH = new LocalOpenSearchExtension();

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final PageSizeContract CONTRACT = PageSizeContract.defaults();

    @Test
    void anArticleLargerThanABulkRequestIsIndexedWholeAlongsideTheSmallOnes(LocalKafka kafka, LocalOpenSearch node)
            throws Exception {
        String topic = "articles-size-it";
        String alias = "size-it";
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1).configs(CONTRACT.topicSettings()))).all().get();
        }
        kafka.createTopic(Topics.INDEX_DLQ, 1);
        // the text of the largest page the contract takes, doubled by JSON escaping: over the 5 MiB bulk default too
        String huge = "\"Quoted\" words, line after line.\n".repeat(2 * CONTRACT.maxPageBytes() / 33);
        Article big = Articles.article("size-it-big", 1, "The longest article", huge);
        List<Article> all = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            all.add(Articles.article("size-it-before-" + i, "small story " + i));
        }
        all.add(big);
        for (int i = 0; i < 3; i++) {
            all.add(Articles.article("size-it-after-" + i, "small story " + (i + 3)));
        }
        assertTrue(JsonSerde.article().serialize(topic, big).length > 10 << 20, "not larger than a bulk request");

        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("OPENSEARCH_URL", node.url());
        env.put("INDEX_TOPIC", topic);
        env.put("INDEX_ALIAS", alias);
        env.put("INDEX_GROUP_ID", "size-it");
        env.put("INDEX_REPLICAS", "0");
        env.put("INDEX_HTTP_PORT", "0");
        env.put("INDEX_BULK_MAX_WAIT_MS", "2000");
        env.put("INDEX_BULK_MAX_BYTES", Integer.toString(64 << 10));
        Map<String, Object> producerProps = new HashMap<>(CONTRACT.producerSettings());
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        OpenSearchClient client = OpenSearchClients.create(OpenSearchSettings.of(node.url()));
        try (Indexer indexer = new Indexer(IndexConfig.fromEnv(new Env(env)));
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps, new ByteArraySerializer(),
                     new ByteArraySerializer())) {
            indexer.start();
            for (Article a : all) {
                producer.send(new ProducerRecord<>(topic, a.id().getBytes(StandardCharsets.UTF_8),
                        JsonSerde.article().serialize(topic, a)));
            }
            producer.flush();

            await().atMost(PATIENCE).ignoreExceptions().until(() -> {
                client.indices().refresh(r -> r.index(alias));
                return client.count(c -> c.index(alias)).count() == all.size();
            });
            var doc = client.get(g -> g.index(alias).id(big.id()), Article.class);
            assertTrue(doc.found());
            assertEquals(huge.length(), doc.source().page().text().length());
        } finally {
            client._transport().close();
        }
    }
}
