package io.newsflow.index.bulk;

import io.newsflow.events.DeadLetter;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.testkit.Articles;
import io.newsflow.localstack.LocalOpenSearch;
import io.newsflow.testkit.LocalOpenSearchExtension;
import io.newsflow.events.Article;
import io.newsflow.events.JsonSerde;
import io.newsflow.events.Topics;
import io.newsflow.index.connect.OpenSearchClients;
import io.newsflow.index.connect.OpenSearchSettings;
import io.newsflow.index.schema.IndexBootstrap;
import io.newsflow.index.schema.IndexNames;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opensearch.client.opensearch.OpenSearchClient;

/** The bulk path against a real OpenSearch node, without Kafka: what a batch leaves in the index. */
class BatchSettlerIT {

    private static final AtomicInteger ALIASES = new AtomicInteger();
    private static final BatchSettler.Pause PARK = (delay, why) -> LockSupport.parkNanos(delay.toNanos());

    @RegisterExtension
    static final LocalOpenSearchExtension OPENSEARCH = new LocalOpenSearchExtension();

    static LocalOpenSearch node;
    static OpenSearchClient client;

    IndexNames names;
    final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    final BulkMetrics metrics = new BulkMetrics(new SimpleMeterRegistry());
    BatchSettler settler;

    @BeforeAll
    static void connect(LocalOpenSearch shared) {
        node = shared;
        client = OpenSearchClients.create(OpenSearchSettings.of(node.url()));
    }

    @AfterAll
    static void disconnect() throws IOException {
        client._transport().close();
    }

    @BeforeEach
    void freshIndex() throws IOException {
        names = new IndexNames("bulk-it-" + ALIASES.incrementAndGet());
        new IndexBootstrap(client, names, 1, 0).install();
        settler = new BatchSettler(new BulkWriter(client, names), deadLetters::addAll,
                new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2)), metrics, new Random(7));
    }

    @Test
    void replayedBatchChangesNoDocumentCount() throws Exception {
        List<IndexItem> batch = items(articles(30));

        BatchSettler.Settled first = settler.settle(batch, List.of(), PARK);
        BatchSettler.Settled replay = settler.settle(batch, List.of(), PARK);

        assertEquals(30, first.indexed());
        assertEquals(new BatchSettler.Settled(0, 30, 0, 0), replay);
        assertEquals(30, count());
        assertTrue(deadLetters.isEmpty());
    }

    @Test
    void olderVersionDoesNotOverwriteNewer() throws Exception {
        Article v1 = Articles.article("harbour-strike", 1, "Strike at the harbour", "Dock workers walked out.");
        Article v2 = Articles.article("harbour-strike", 2, "Strike at the harbour ends", "Dock workers returned.");

        settler.settle(items(List.of(v2)), List.of(), PARK);
        BatchSettler.Settled late = settler.settle(items(List.of(v1)), List.of(), PARK);

        assertEquals(1, late.stale());
        var stored = client.get(g -> g.index(names.readAlias()).id(v1.id()), Map.class);
        assertEquals("Strike at the harbour ends", stored.source().get("title"));
        assertEquals(2L, stored.version());
    }

    @Test
    void documentTheMappingRejectsGoesToTheDeadLettersWhileTheRestIsIndexed() throws Exception {
        List<Article> articles = new ArrayList<>(articles(10));
        articles.set(4, Articles.withImmenseWire(articles.get(4)));
        List<IndexItem> batch = items(articles);

        BatchSettler.Settled settled = settler.settle(batch, List.of(), PARK);

        assertEquals(new BatchSettler.Settled(9, 0, 1, 0), settled);
        assertEquals(9, count());
        assertEquals(1, deadLetters.size());
        DeadLetter letter = deadLetters.get(0);
        assertEquals(batch.get(4).origin().offset(), letter.sourceOffset());
        assertArrayEquals(batch.get(4).origin().value(), letter.value());
        assertTrue(letter.errorMessage().contains("immense term") && letter.errorMessage().contains("wire"),
                letter.errorMessage());
        assertEquals(1.0, metrics.rejected());
    }

    @Test
    void outageIsRetriedUntilOpenSearchIsBackWithNothingLost() throws Exception {
        List<IndexItem> batch = items(articles(40));
        node.stop();
        CompletableFuture<BatchSettler.Settled> settling;
        try {
            settling = CompletableFuture.supplyAsync(() -> {
                try {
                    return settler.settle(batch, List.of(), PARK);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> metrics.retried() >= 2 * batch.size());
            assertTrue(!settling.isDone());
        } finally {
            node.start();
        }

        BatchSettler.Settled settled = settling.get(60, TimeUnit.SECONDS);

        assertEquals(40, settled.indexed());
        assertTrue(settled.retries() >= 80, "retries: " + settled.retries());
        assertEquals(40, count());
        assertTrue(deadLetters.isEmpty());
    }

    private long count() throws IOException {
        client.indices().refresh(r -> r.index(names.readAlias()));
        return client.count(c -> c.index(names.readAlias())).count();
    }

    private static List<Article> articles(int n) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            articles.add(Articles.article("story-" + i, "delays number " + i));
        }
        return articles;
    }

    private static List<IndexItem> items(List<Article> articles) {
        List<IndexItem> items = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            items.add(new IndexItem(article, new Origin(Topics.ARTICLES, 0, 100 + i, article.id().getBytes(),
                    JsonSerde.article().serialize(Topics.ARTICLES, article))));
        }
        return items;
    }
}
