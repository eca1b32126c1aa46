package io.newsflow.enrich.dedup;

/** A page that cannot be enriched or de-duplicated as it stands; it goes to the DLQ with this message. */
public final class MalformedPageException extends RuntimeException {

    public MalformedPageException(String message) {
        super(message);
    }
}
