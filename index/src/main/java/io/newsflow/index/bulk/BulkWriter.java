package io.newsflow.index.bulk;

import io.newsflow.events.Article;
import io.newsflow.index.schema.IndexNames;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;

/**
 * Sends one bulk request of articles, each as document {@code id} with external version {@code version} and
 * {@code indexed_at} set to the time the request is built ({@link ArticleDocument}), and classifies every item
 * ({@link ItemResult#of}). An article that an index behind the read alias already holds is written to that index, so
 * that it keeps one document across rollovers (in {@code articles-000001} still, after a rollover to
 * {@code articles-000002}); any other goes through the write alias. {@link IndexLookup} finds them with one search
 * before each request, and says when an article may still get a second document. Never throws for a failure
 * OpenSearch reports: a lookup or request that fails as a whole for a {@link RetryReason} (unreachable, 5xx, 429, a
 * write block) gives every item {@link ItemResult.Kind#RETRY}, a failed lookup writing nothing; one refused as a
 * whole for its content (413, 400) is split into single-item requests so that only the culprit is rejected.
 * Thread-safe.
 */
public final class BulkWriter {

    private final OpenSearchClient client;
    private final String writeAlias;
    private final IndexLookup lookup;

    /** Writes through {@code names}' write alias, or to the index behind its read alias that holds the article. */
    public BulkWriter(OpenSearchClient client, IndexNames names) {
        this.client = client;
        this.writeAlias = names.writeAlias();
        this.lookup = new IndexLookup(client, names.readAlias());
    }

    /** One result per item, in the items' order. */
    public List<ItemResult> write(List<IndexItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        BulkResponse response;
        try {
            // a failed lookup fails the request: an item written blindly through the write alias could be a copy
            Map<String, String> held = lookup.indicesHolding(items.stream().map(IndexItem::id).toList());
            response = client.bulk(request(items, held));
        } catch (OpenSearchException e) {
            String type = e.error() == null ? null : e.error().type();
            ItemResult whole = ItemResult.failed(e.status(), type, e.getMessage());
            if (whole.kind() == ItemResult.Kind.RETRY) {
                // overloaded, blocked or failing as a whole: every item waits, none is the culprit
                return all(items.size(), whole);
            }
            // refused as a whole for its content (413, 400): find the culprit by sending the items one by one
            if (items.size() > 1) {
                return items.stream().flatMap(item -> write(List.of(item)).stream()).toList();
            }
            return List.of(whole);
        } catch (IOException | RuntimeException e) {
            // unreachable, timed out, or an answer that is not a search or bulk response: nothing known to be written
            return all(items.size(), ItemResult.unanswered(e.toString()));
        }
        List<BulkResponseItem> answered = response.items();
        if (answered.size() != items.size()) {
            return all(items.size(), ItemResult.unanswered("OpenSearch answered " + answered.size() + " items for "
                    + items.size()));
        }
        return answered.stream().map(ItemResult::of).toList();
    }

    /** Each item to the index in {@code held} under its id, or through the write alias. */
    private BulkRequest request(List<IndexItem> items, Map<String, String> held) {
        List<BulkOperation> operations = new ArrayList<>(items.size());
        // a retried item gets a new time: indexed_at says when the document that is in the index was written
        Instant indexedAt = Instant.now();
        for (IndexItem item : items) {
            Article article = item.article();
            operations.add(BulkOperation.of(op -> op.index(index -> index
                    .index(held.getOrDefault(article.id(), writeAlias))
                    .id(article.id())
                    .version(article.story().version())
                    .versionType(VersionType.External)
                    .document(new ArticleDocument(article, indexedAt)))));
        }
        return BulkRequest.of(bulk -> bulk.operations(operations));
    }

    private static List<ItemResult> all(int count, ItemResult result) {
        return Collections.nCopies(count, result);
    }
}
