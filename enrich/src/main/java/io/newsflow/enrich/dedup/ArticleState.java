package io.newsflow.enrich.dedup;

import io.newsflow.events.Article;
import java.time.Instant;
import java.util.List;

/**
 * What enrich remembers per page id (URL).
 *
 * @param status    {@link Status#PENDING} while copies are being looked up, then ARTICLE or DUPLICATE
 * @param article   the last article emitted, or the enriched draft while pending
 * @param storyId   the canonical article's id once decided (itself for an article)
 * @param queued    copies attached while this page was still pending, applied once it is decided
 */
public record ArticleState(Status status, Article article, String contentHash, Instant seenAt, int revision,
                           long version, String storyId, List<DedupCommand> queued) {

    public enum Status { PENDING, ARTICLE, DUPLICATE }

    public ArticleState {
        queued = queued == null ? List.of() : List.copyOf(queued);
    }
}
