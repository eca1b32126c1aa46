package io.newsflow.index.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.index.bulk.ItemResult.Kind;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.bulk.OperationType;

class ItemResultTest {

    @Test
    void createdAndUpdatedAreIndexed() {
        assertEquals(Kind.INDEXED, ItemResult.of(item(201, null, null)).kind());
        assertEquals(Kind.INDEXED, ItemResult.of(item(200, null, null)).kind());
    }

    @Test
    void versionConflictMeansOpenSearchAlreadyHasNewerAndCountsAsSuccess() {
        assertEquals(Kind.STALE, ItemResult.of(item(409, "version_conflict_engine_exception",
                "current version [3] is higher or equal to the one provided [2]")).kind());
    }

    @Test
    void mappingErrorsAreRejectedWithTheirReasonAndCause() {
        ItemResult result = ItemResult.of(BulkResponseItem.of(b -> b.operationType(OperationType.Index)
                .index("articles-000001").id("a").status(400)
                .error(e -> e.type("mapper_parsing_exception").reason("failed to parse field [published_at]")
                        .causedBy(c -> c.type("date_time_parse_exception").reason("bad year")))));

        assertEquals(Kind.REJECTED, result.kind());
        assertEquals("mapper_parsing_exception", result.errorType());
        assertTrue(result.reason().contains("failed to parse field [published_at]"));
        assertTrue(result.reason().contains("date_time_parse_exception: bad year"));
    }

    @Test
    void overloadAndServerErrorsAreRetried() {
        assertEquals(Kind.RETRY, ItemResult.of(item(429, "es_rejected_execution_exception", "queue full")).kind());
        assertEquals(Kind.RETRY, ItemResult.of(item(503, "unavailable_shards_exception", "primary not active"))
                .kind());
    }

    @Test
    void aFullWriteQueueIsRetriedAsOverload() {
        // what OpenSearch 3 answers per item when its write thread pool and queue are full
        ItemResult result = ItemResult.of(item(429, "rejected_execution_exception",
                "rejected execution of primary operation on EsThreadPoolExecutor[name = newsflow-local/write]"));

        assertEquals(Kind.RETRY, result.kind());
        assertEquals(RetryReason.OVERLOADED, result.retryReason());
    }

    @Test
    void aReadOnlyIndexIsRetriedAsBlockedWhateverItsStatus() {
        // the flood-stage watermark's block answers 429, a read-only block set through the API 403
        ItemResult floodStage = ItemResult.of(item(429, "cluster_block_exception", "index [articles-000001] blocked"
                + " by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has"
                + " read-only-allow-delete block];"));
        ItemResult readOnly = ItemResult.of(item(403, "cluster_block_exception",
                "index [articles-000001] blocked by: [FORBIDDEN/5/index read-only (api)];"));

        assertEquals(Kind.RETRY, floodStage.kind());
        assertEquals(RetryReason.BLOCKED, floodStage.retryReason());
        assertEquals(Kind.RETRY, readOnly.kind());
        assertEquals(RetryReason.BLOCKED, readOnly.retryReason());
    }

    @Test
    void aClosedIndexIsRetriedAsBlockedThoughAnswered400() {
        ItemResult closed = ItemResult.of(item(400, "index_closed_exception", "closed"));

        assertEquals(Kind.RETRY, closed.kind());
        assertEquals(RetryReason.BLOCKED, closed.retryReason());
    }

    @Test
    void otherClientErrorsAreRejectedAndHaveNoRetryReason() {
        ItemResult result = ItemResult.of(item(400, "illegal_argument_exception", "Document contains at least one"
                + " immense term in field=\"wire\""));

        assertEquals(Kind.REJECTED, result.kind());
        assertNull(result.retryReason());
    }

    @Test
    void serverErrorsAreFailingAndNoAnswerIsUnreachable() {
        assertEquals(RetryReason.FAILING, ItemResult.of(item(503, "unavailable_shards_exception", "primary not"
                + " active")).retryReason());
        assertEquals(RetryReason.UNREACHABLE, ItemResult.unanswered("java.net.ConnectException").retryReason());
    }

    private static BulkResponseItem item(int status, String type, String reason) {
        return BulkResponseItem.of(b -> {
            b.operationType(OperationType.Index).index("articles-000001").id("a").status(status);
            if (type != null) {
                b.error(e -> e.type(type).reason(reason));
            }
            return b;
        });
    }
}
