package io.newsflow.events;

/** How the body text of a page was found, and how sure the cleaner is of it (0..1). */
public record Extraction(String method, double confidence) {
}
