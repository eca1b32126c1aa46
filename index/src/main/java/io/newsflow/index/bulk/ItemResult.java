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
        /** The document itself is refused (400 and other 4xx): retrying cannot help, it goes to the DLQ. */
        REJECTED,
        /** OpenSearch is overloaded (429) or failing (5xx, unreachable): try again later. */
        RETRY
    }

    static final ItemResult INDEXED = new ItemResult(Kind.INDEXED, 200, null, null);

    /** Classifies one item of a bulk response by its status. */
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
        if (status == 429 || status >= 500) {
            return new ItemResult(Kind.RETRY, status, type, reason);
        }
        return new ItemResult(Kind.REJECTED, status, type, reason);
    }

    /** Every item of a request that failed as a whole: nothing was written, all of it is worth retrying. */
    static ItemResult retry(int status, String reason) {
        return new ItemResult(Kind.RETRY, status, null, reason);
    }

    private static String describe(ErrorCause error) {
        StringBuilder text = new StringBuilder(String.valueOf(error.reason()));
        for (ErrorCause cause = error.causedBy(); cause != null; cause = cause.causedBy()) {
            text.append("; caused by ").append(cause.type()).append(": ").append(cause.reason());
        }
        return text.toString();
    }
}
