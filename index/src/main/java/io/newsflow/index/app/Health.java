package io.newsflow.index.app;

/**
 * What the indexer is doing, as {@code /health/ready} reports it (see {@link Indexer#readiness()}).
 *
 * @param detail why, in words (the last OpenSearch failure while retrying), or null
 */
public record Health(State state, String detail) {

    public enum State {
        /** Installing the template and aliases, waiting for OpenSearch if need be. */
        STARTING,
        /** Consuming and indexing. */
        UP,
        /**
         * OpenSearch cannot take the batch now (overloaded, the index read-only, failing or unreachable; the detail
         * says which); the consumer is paused and the batch is retried.
         */
        RETRYING,
        /** Closed. */
        STOPPED,
        /** The consumer loop died; see the detail and the log. */
        FAILED
    }

    public boolean isUp() {
        return state == State.UP;
    }
}
