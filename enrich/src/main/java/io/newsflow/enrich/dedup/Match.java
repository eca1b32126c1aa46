package io.newsflow.enrich.dedup;

import io.newsflow.events.Duplicate;

/**
 * An earlier page that a page copies, verified.
 *
 * @param method {@link Duplicate#EXACT} or {@link Duplicate#NEAR}
 */
public record Match(DocRef doc, double similarity, String method) {
}
