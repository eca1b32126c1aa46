package io.newsflow.index.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.events.Article;
import io.newsflow.events.JsonSerde;
import io.newsflow.events.Topics;
import io.newsflow.index.connect.OpenSearchClients;
import io.newsflow.index.connect.OpenSearchSettings;
import io.newsflow.index.schema.IndexBootstrap;
import io.newsflow.index.schema.IndexNames;
import io.newsflow.localstack.LocalOpenSearch;
import io.newsflow.testkit.Articles;
import io.newsflow.testkit.LocalOpenSearchExtension;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * Where BulkWriter puts an article once the write alias has been rolled over, against a real OpenSearch node: one
 * document per article id, in the index that already holds it.
 */
class BulkWriterIT {

    private static final AtomicInteger ALIASES = new AtomicInteger();

    @RegisterExtension
    static final LocalOpenSearchExtension OPENSEARCH = new LocalOpenSearchExtension();

    static OpenSearchClient client;

    IndexNames names;
    BulkWriter writer;

    @BeforeAll
    static void connect(LocalOpenSearch node) {
        client = OpenSearchClients.create(OpenSearchSettings.of(node.url()));
    }

    @AfterAll
    static void disconnect() throws IOException {
        client._transport().close();
    }

    @BeforeEach
    void freshIndex() throws IOException {
        names = new IndexNames("writer-it-" + ALIASES.incrementAndGet());
        new IndexBootstrap(client, names, 1, 0).install();
        writer = new BulkWriter(client, names);
    }

    @Test
    void articleWrittenBeforeARolloverKeepsOneDocumentInItsIndexWhileNewArticlesGoToTheNewOne() throws IOException {
        Article created = Articles.article("harbour-strike", "a strike");
        writeAndRefresh(created);
        client.indices().rollover(r -> r.alias(names.writeAlias()));

        Article syndicated = Articles.syndicated(created, "wire.example.com");
        Article later = Articles.article("crane-collapse", "a crane collapse");
        assertEquals(List.of(ItemResult.Kind.INDEXED, ItemResult.Kind.INDEXED), kinds(writeAndRefresh(syndicated,
                later)));

        List<Hit<Map>> copies = copiesOf(created.id());
        assertEquals(1, copies.size());
        assertEquals(names.firstIndex(), copies.get(0).index());
        assertEquals(2L, copies.get(0).version());
        List<Hit<Map>> fresh = copiesOf(later.id());
        assertEquals(1, fresh.size());
        assertEquals(names.readAlias() + "-000002", fresh.get(0).index());
    }

    @Test
    void replayOfAnOldEventAfterARolloverIsStaleAndAddsNoDocument() throws IOException {
        Article created = Articles.article("harbour-strike", "a strike");
        Article syndicated = Articles.syndicated(created, "wire.example.com");
        writeAndRefresh(created, syndicated);
        client.indices().rollover(r -> r.alias(names.writeAlias()));

        List<ItemResult> replay = writeAndRefresh(created, syndicated);

        assertEquals(List.of(ItemResult.Kind.STALE, ItemResult.Kind.STALE), kinds(replay));
        List<Hit<Map>> copies = copiesOf(created.id());
        assertEquals(1, copies.size());
        assertEquals(2L, copies.get(0).version());
    }

    @Test
    void articleLeftInTwoIndicesIsWrittenToTheOneHoldingItsHighestVersion() throws IOException {
        // what the writer left before it looked ids up: version 1 in the first index, version 2 in the second
        Article created = Articles.article("harbour-strike", "a strike");
        Article syndicated = Articles.syndicated(created, "wire.example.com");
        Article other = Articles.article("crane-collapse", "a crane collapse");
        writeAndRefresh(created, other);
        client.indices().rollover(r -> r.alias(names.writeAlias()));
        String second = names.readAlias() + "-000002";
        client.index(i -> i.index(second).id(syndicated.id()).version(2L).versionType(VersionType.External)
                .document(new ArticleDocument(syndicated, Instant.now())));
        client.indices().refresh(r -> r.index(names.readAlias()));

        // three copies for two ids: more hits than the lookup's first page holds
        Article resyndicated = Articles.syndicated(syndicated, "agency.example.net");
        Article otherUpdated = Articles.syndicated(other, "wire.example.com");
        assertEquals(List.of(ItemResult.Kind.INDEXED, ItemResult.Kind.INDEXED, ItemResult.Kind.STALE),
                kinds(writeAndRefresh(resyndicated, otherUpdated, syndicated)));

        List<Hit<Map>> copies = copiesOf(created.id());
        assertEquals(Map.of(names.firstIndex(), 1L, second, 3L), versionsByIndex(copies));
        List<Hit<Map>> others = copiesOf(other.id());
        assertEquals(Map.of(names.firstIndex(), 2L), versionsByIndex(others));
    }

    private List<ItemResult> writeAndRefresh(Article... articles) throws IOException {
        List<IndexItem> items = new ArrayList<>();
        for (Article article : articles) {
            items.add(new IndexItem(article, new Origin(Topics.ARTICLES, 0, items.size(), article.id().getBytes(),
                    JsonSerde.article().serialize(Topics.ARTICLES, article))));
        }
        List<ItemResult> results = writer.write(items);
        client.indices().refresh(r -> r.index(names.readAlias()));
        return results;
    }

    private List<Hit<Map>> copiesOf(String id) throws IOException {
        return client.search(s -> s.index(names.readAlias()).version(true).query(q -> q.ids(i -> i.values(id))),
                Map.class).hits().hits();
    }

    private static Map<String, Long> versionsByIndex(List<Hit<Map>> hits) {
        return hits.stream().collect(Collectors.toMap(Hit::index, Hit::version));
    }

    private static List<ItemResult.Kind> kinds(List<ItemResult> results) {
        return results.stream().map(ItemResult::kind).toList();
    }
}
