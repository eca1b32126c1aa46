package io.newsflow.index.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.events.Article;
import io.newsflow.events.Topics;
import io.newsflow.index.schema.IndexNames;
import io.newsflow.testkit.Articles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.opensearch.client.json.JsonpMapper;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.ErrorResponse;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.bulk.OperationType;
import org.opensearch.client.transport.Endpoint;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.TransportOptions;

/** What BulkWriter does when its look-up of the indices holding the articles fails, against a fake transport. */
class BulkWriterTest {

    private static final IndexNames NAMES = new IndexNames("articles");

    @Test
    void lookupShedByOpenSearchRetriesEveryItemAndWritesNothing() {
        FakeTransport transport = new FakeTransport(() -> {
            throw refusal(429, "rejected_execution_exception");
        });

        List<ItemResult> results = new BulkWriter(new OpenSearchClient(transport), NAMES).write(items(3));

        assertEquals(List.of(RetryReason.OVERLOADED, RetryReason.OVERLOADED, RetryReason.OVERLOADED),
                results.stream().map(ItemResult::retryReason).toList());
        assertTrue(transport.bulks.isEmpty());
    }

    @Test
    void lookupWithAFailedShardRetriesEveryItemAndWritesNothing() {
        // allow_partial_search_results=false: a shard that fails fails the whole search
        FakeTransport transport = new FakeTransport(() -> {
            throw refusal(503, "search_phase_execution_exception");
        });

        List<ItemResult> results = new BulkWriter(new OpenSearchClient(transport), NAMES).write(items(2));

        assertEquals(List.of(RetryReason.FAILING, RetryReason.FAILING),
                results.stream().map(ItemResult::retryReason).toList());
        assertTrue(transport.bulks.isEmpty());
    }

    @Test
    void unansweredLookupRetriesEveryItemAndWritesNothing() {
        FakeTransport transport = new FakeTransport(() -> {
            throw new IOException("Connection refused");
        });

        List<ItemResult> results = new BulkWriter(new OpenSearchClient(transport), NAMES).write(items(2));

        assertEquals(List.of(RetryReason.UNREACHABLE, RetryReason.UNREACHABLE),
                results.stream().map(ItemResult::retryReason).toList());
        assertTrue(transport.bulks.isEmpty());
    }

    @Test
    void readAliasWithNoIndexYetMeansEveryArticleGoesThroughTheWriteAlias() {
        FakeTransport transport = new FakeTransport(() -> {
            throw refusal(404, "index_not_found_exception");
        });

        List<ItemResult> results = new BulkWriter(new OpenSearchClient(transport), NAMES).write(items(2));

        assertEquals(List.of(ItemResult.Kind.INDEXED, ItemResult.Kind.INDEXED),
                results.stream().map(ItemResult::kind).toList());
        assertEquals(1, transport.bulks.size());
        assertEquals(List.of(NAMES.writeAlias(), NAMES.writeAlias()), transport.bulks.get(0).operations().stream()
                .map(op -> op.index().index()).toList());
    }

    private static OpenSearchException refusal(int status, String type) {
        return new OpenSearchException(ErrorResponse.of(e -> e.status(status)
                .error(cause -> cause.type(type).reason("refused by the test"))));
    }

    private static List<IndexItem> items(int n) {
        List<IndexItem> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Article article = Articles.article("story-" + i, "delays number " + i);
            items.add(new IndexItem(article, new Origin(Topics.ARTICLES, 0, i, new byte[0], new byte[0])));
        }
        return items;
    }

    /** How the fake answers a search: it throws, as OpenSearch or the network would. */
    @FunctionalInterface
    private interface Lookup {
        void fail() throws IOException;
    }

    /** Fails every search as {@code lookup} says; records every bulk request and answers each item 201. */
    private static final class FakeTransport implements OpenSearchTransport {

        private final JsonpMapper mapper = new JacksonJsonpMapper();
        private final Lookup lookup;
        final List<BulkRequest> bulks = new ArrayList<>();

        FakeTransport(Lookup lookup) {
            this.lookup = lookup;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <RequestT, ResponseT, ErrorT> ResponseT performRequest(RequestT request,
                Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) throws IOException {
            if (request instanceof SearchRequest) {
                lookup.fail();
                throw new AssertionError("the fake answers no search");
            }
            BulkRequest bulk = (BulkRequest) request;
            bulks.add(bulk);
            List<BulkResponseItem> items = bulk.operations().stream().map(op -> BulkResponseItem.of(item -> item
                    .operationType(OperationType.Index).index(op.index().index()).id(op.index().id()).status(201)))
                    .toList();
            return (ResponseT) BulkResponse.of(response -> response.errors(false).took(1).items(items));
        }

        @Override
        public <RequestT, ResponseT, ErrorT> CompletableFuture<ResponseT> performRequestAsync(RequestT request,
                Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) {
            throw new UnsupportedOperationException("BulkWriter is synchronous");
        }

        @Override
        public JsonpMapper jsonpMapper() {
            return mapper;
        }

        @Override
        public TransportOptions options() {
            return null;
        }

        @Override
        public void close() {
        }
    }
}
