package io.newsflow.index.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
