package io.newsflow.index.bulk;

import org.opensearch.client.opensearch._types.ErrorCause;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;

/**
 * What OpenSearch made of one bulk item, classified for the indexer.
 *
 * @param status    the item's HTTP status, or 0 when the whole request failed before OpenSearch answered
 * @param errorType OpenSearch's error type ({@code mapper_parsing_exception}...), null on success
 * @param reason    OpenSearch's reason, or the transport failure, null on success
 */
public record ItemResult(Kind kind, int status, String errorType, String reason) {

    public enum Kind {
        /** Written: the document now has this version. */
        INDEXED,
        /** 409 on an external version: OpenSearch already holds this or a newer version, which is success. */
        STALE,
        /** The document itself is refused (a mapping error, other 4xx): retrying cannot help, it goes to the DLQ. */
        REJECTED,
        /**
         * OpenSearch cannot take it now, for a {@link RetryReason}: overloaded (429), the index blocked (read-only),
         * failing (5xx) or unreachable. Try again later.
         */
        RETRY
    }

    static final ItemResult INDEXED = new ItemResult(Kind.INDEXED, 200, null, null);

    /**
     * Classifies one item of a bulk response: 2xx indexed, 409 stale, {@link RetryReason#of retryable} (429, 5xx,
     * blocks, rejections) retried, any other error rejected.
     */
    static ItemResult of(BulkResponseItem item) {
        int status = item.status();
        ErrorCause error = item.error();
        String type = error == null ? null : error.type();
        String reason = error == null ? null : describe(error);
        if (status >= 200 && status < 300) {
            return new ItemResult(Kind.INDEXED, status, null, null);
        }
        if (status == 409) {
            return new ItemResult(Kind.STALE, status, type, reason);
        }
        return failed(status, type, reason);
    }

    /** A failure answered with {@code status} and {@code errorType}: retried if {@link RetryReason} has a reason. */
    static ItemResult failed(int status, String errorType, String reason) {
        Kind kind = RetryReason.of(status, errorType) == null ? Kind.REJECTED : Kind.RETRY;
        return new ItemResult(kind, status, errorType, reason);
    }

    /** Every item of a request that got no answer: nothing is known to be written, all of it is worth retrying. */
    static ItemResult unanswered(String reason) {
        return new ItemResult(Kind.RETRY, 0, null, reason);
    }

    /** Why this {@link Kind#RETRY} result is retried; null for the other kinds. */
    public RetryReason retryReason() {
        return kind == Kind.RETRY ? RetryReason.of(status, errorType) : null;
    }

    private static String describe(ErrorCause error) {
        StringBuilder text = new StringBuilder(String.valueOf(error.reason()));
        for (ErrorCause cause = error.causedBy(); cause != null; cause = cause.causedBy()) {
            text.append("; caused by ").append(cause.type()).append(": ").append(cause.reason());
        }
        return text.toString();
    }
}
