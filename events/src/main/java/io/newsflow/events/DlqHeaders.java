package io.newsflow.events;

/**
 * Header names on every dead-letter record. A DLQ record keeps the original key and value bytes;
 * these headers say what was wrong and where the record came from.
 */
public final class DlqHeaders {

    public static final String ERROR_CLASS = "error.class";
    public static final String ERROR_MESSAGE = "error.message";
    public static final String ERROR_STAGE = "error.stage";
    public static final String SOURCE_TOPIC = "source.topic";
    public static final String SOURCE_PARTITION = "source.partition";
    public static final String SOURCE_OFFSET = "source.offset";

    private DlqHeaders() {
    }
}
