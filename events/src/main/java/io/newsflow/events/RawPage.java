package io.newsflow.events;

import java.time.Instant;
import java.util.Map;

/**
 * A page as a scraper saw it: the value on {@code pages.raw} and the body of the ingest HTTP API.
 * Exactly one of {@code html} and {@code text} is expected; ingest rejects the record otherwise.
 */
public record RawPage(String url, String html, String text, Instant fetchedAt, Map<String, String> headers) {

    public RawPage {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }
}
