package io.newsflow.events;

import java.time.Instant;

/** One copy of an article seen at another URL, as listed in {@link Story#duplicates()}. */
public record DuplicateRef(String url, String site, double similarity, String method, Instant seenAt) {
}
