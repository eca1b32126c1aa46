package io.newsflow.deploy.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.testkit.Articles;
import io.newsflow.localstack.LocalKafka;
import io.newsflow.testkit.LocalKafkaExtension;
import io.newsflow.localstack.LocalOpenSearch;
import io.newsflow.testkit.LocalOpenSearchExtension;
import io.newsflow.events.Article;
import io.newsflow.events.JsonSerde;
import io.newsflow.index.bulk.Backoff;
import io.newsflow.index.bulk.BatchSettler;
import io.newsflow.index.bulk.BulkMetrics;
import io.newsflow.index.bulk.BulkWriter;
import io.newsflow.index.bulk.IndexItem;
import io.newsflow.index.bulk.Origin;
import io.newsflow.index.connect.OpenSearchClients;
import io.newsflow.index.connect.OpenSearchSettings;
import io.newsflow.index.schema.IndexBootstrap;
import io.newsflow.index.schema.IndexNames;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opensearch.client.opensearch.OpenSearchClient;
import picocli.CommandLine;

/** {@code newsflow search} against a real OpenSearch node and {@code newsflow watch} on a real Kafka topic. */
class SearchAndWatchCommandIT {

    @RegisterExtension
    static final LocalKafkaExtension KAFKA = LocalKafkaExtension.shared();
    @RegisterExtension
    static final LocalOpenSearchExtension OPENSEARCH = new LocalOpenSearchExtension();

    @Test
    void searchPrintsTheBestHitsWithSiteDateAndDuplicateCount(LocalOpenSearch node) throws Exception {
        IndexNames names = new IndexNames("search-it");
        Article strike = Articles.syndicated(Articles.article("strike", 1, "Dock workers strike in Rotterdam",
                "Cranes stood still as dock workers walked out over wages."), "copies.example.net");
        Article weather = Articles.article("weather", 1, "Storm warning for the coast",
                "Forecasters expect gales along the North Sea on Friday.");
        OpenSearchClient client = OpenSearchClients.create(OpenSearchSettings.of(node.url()));
        try {
            new IndexBootstrap(client, names, 1, 0).install();
            new BatchSettler(new BulkWriter(client, names), letters -> { },
                    new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1)),
                    new BulkMetrics(new SimpleMeterRegistry()), new Random())
                    .settle(List.of(item(strike), item(weather)), List.of(),
                            (delay, why) -> LockSupport.parkNanos(delay.toNanos()));
            client.indices().refresh(r -> r.index(names.readAlias()));
        } finally {
            client._transport().close();
        }

        // "striking" and "walking" only match through the English stemming of title and body
        CliRun result = CliRun.of("search", "--opensearch-url", node.url(), "--alias", names.readAlias(),
                "striking", "workers");
        CliRun none = CliRun.of("search", "--opensearch-url", node.url(), "--alias", names.readAlias(), "volcano");
        CliRun missing = CliRun.of("search", "--opensearch-url", node.url(), "--alias", "no-such-alias", "volcano");

        assertEquals(0, result.exit());
        List<String> lines = result.out().lines().toList();
        assertEquals(2, lines.size(), result.out());
        assertEquals("2026-11-20 08:30Z  example.org                 1 dup  Dock workers strike in Rotterdam",
                lines.get(0));
        // the best fragment of the body, the matched word marked
        assertEquals("    Cranes stood still as dock *workers* walked out over wages.", lines.get(1));
        assertEquals("no article matches \"volcano\"", none.out().strip());
        // an alias that is not there: one line that says so, no stack trace
        assertEquals(1, missing.exit(), missing.toString());
        assertEquals(1, missing.err().lines().count(), missing.toString());
        assertTrue(missing.err().startsWith("newsflow search: http://") && missing.err().contains(
                " has no index or alias \"no-such-alias\" (has the indexer run? is --alias or INDEX_ALIAS right?)"),
                missing.toString());
    }

    @Test
    void watchPrintsNewStoriesAndSyndicationsMatchingTheQuery(LocalKafka kafka) throws Exception {
        String topic = "articles-watch-it";
        kafka.createTopic(topic, 2);
        Article strike = Articles.article("strike", "a strike");
        Article weather = Articles.article("weather", 1, "Storm warning", "Gales on Friday.");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                kafka.bootstrapServers()), new ByteArraySerializer(), new ByteArraySerializer())) {
            for (Article a : List.of(strike, weather, Articles.syndicated(strike, "copies.example.net"))) {
                producer.send(new ProducerRecord<>(topic, a.id().getBytes(StandardCharsets.UTF_8),
                        JsonSerde.article().serialize(topic, a))).get();
            }
            producer.send(new ProducerRecord<>(topic, null, "garbage".getBytes(StandardCharsets.UTF_8))).get();
        }
        WatchCommand watch = new WatchCommand();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(watch).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));

        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli.execute("--from-beginning",
                "--query", "STRIKE", "--topic", topic, "--bootstrap-servers", kafka.bootstrapServers()));
        try {
            // the unreadable record was produced last: once it is reported, every article before it was seen
            await().atMost(Duration.ofSeconds(60)).until(() -> err.toString().contains("skipped"));
        } finally {
            watch.stop.countDown();
        }

        assertEquals(0, exit.get(30, TimeUnit.SECONDS));
        List<String> lines = out.toString().lines().toList();
        assertEquals(2, lines.size(), out.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("NEW         example.org  Port of Rotterdam a strike")),
                out.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("SYNDICATED") && l.contains("copies.example.net")),
                out.toString());
        assertTrue(err.toString().contains("not a valid Article JSON value"), err.toString());
    }

    private static IndexItem item(Article article) {
        return new IndexItem(article, new Origin("articles", 0, 0, null, null));
    }
}
