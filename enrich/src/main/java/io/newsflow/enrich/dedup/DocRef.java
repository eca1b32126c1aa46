package io.newsflow.enrich.dedup;

import java.time.Instant;

/**
 * The identity of one page as de-duplication passes it around.
 *
 * @param seenAt the page's time for the windows: published, else fetched, else ingested
 */
public record DocRef(String id, String url, String site, String title, String contentHash, Instant seenAt) {
}
