package io.newsflow.index.bulk;

import java.util.Locale;
import java.util.Set;

/**
 * Why OpenSearch did not take an item it may take later: the {@code reason} tag of
 * {@code newsflow_index_retried_total}. None of these is the document's fault, so none goes to the DLQ.
 */
public enum RetryReason {

    /** 429 or a full thread pool ({@code rejected_execution_exception}): OpenSearch sheds load. */
    OVERLOADED,
    /**
     * The index or cluster refuses writes ({@code cluster_block_exception}): typically the read-only-allow-delete
     * block of the flood-stage disk watermark, lifted once disk is freed; or the index is closed
     * ({@code index_closed_exception}, answered 400), until an operator opens it again.
     */
    BLOCKED,
    /** 5xx: shards unavailable, the node failing. */
    FAILING,
    /** No answer: OpenSearch down, unreachable, timed out, or an answer that is not a bulk response. */
    UNREACHABLE;

    /** Error types of a write refused because of the index's or cluster's state, not the document. */
    private static final Set<String> BLOCKS = Set.of("cluster_block_exception", "index_create_block_exception",
            "index_closed_exception");
    /** Error types of a write shed by a full queue or indexing pressure. */
    private static final Set<String> REJECTIONS = Set.of("rejected_execution_exception",
            "es_rejected_execution_exception");

    /**
     * Why an answer of {@code status} and {@code errorType} is worth retrying, or null when it is not: 429 and 5xx,
     * and blocks and rejections whatever their status (a read-only index answers 403 or 429 depending on the block).
     *
     * @param status    the HTTP status, 0 when OpenSearch did not answer
     * @param errorType OpenSearch's error type, or null
     */
    public static RetryReason of(int status, String errorType) {
        if (status == 0) {
            return UNREACHABLE;
        }
        if (errorType != null && BLOCKS.contains(errorType)) {
            return BLOCKED;
        }
        if (status == 429 || errorType != null && REJECTIONS.contains(errorType)) {
            return OVERLOADED;
        }
        return status >= 500 ? FAILING : null;
    }

    /** The metric tag value: {@code overloaded}, {@code blocked}, {@code failing}, {@code unreachable}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
