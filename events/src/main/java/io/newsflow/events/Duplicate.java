package io.newsflow.events;

import java.time.Instant;

/**
 * A page recognised as a copy of an earlier article: the value on {@code articles.duplicates},
 * keyed by the duplicate page's {@link #id()}.
 *
 * @param duplicateOf  id of the canonical article
 * @param method       {@code exact} (same content hash) or {@code near} (MinHash/LSH, verified)
 * @param similarity   verified similarity, 1.0 for exact copies
 */
public record Duplicate(
        String id,
        String url,
        String site,
        String title,
        String contentHash,
        String duplicateOf,
        String duplicateOfUrl,
        String storyId,
        String method,
        double similarity,
        Instant seenAt) {

    public static final String EXACT = "exact";
    public static final String NEAR = "near";
}
