package io.newsflow.enrich.dedup;

import io.newsflow.events.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What enrich remembers per page id (URL). Immutable; the factories and {@code with}/{@code as} methods return
 * new states.
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

    /** A page whose copies are being looked up: its draft, no story yet, and the copies already queued for it. */
    public static ArticleState pending(Article draft, String contentHash, Instant seenAt, int revision, long version,
                                       List<DedupCommand> queued) {
        return new ArticleState(Status.PENDING, draft, contentHash, seenAt, revision, version, null, queued);
    }

    /** An emitted article of this content: its revision, version and story are the article's; nothing queued. */
    public static ArticleState article(Article article, String contentHash, Instant seenAt) {
        return new ArticleState(Status.ARTICLE, article, contentHash, seenAt, article.story().revision(),
                article.story().version(), article.story().storyId(), List.of());
    }

    /** This content, now emitted as {@code article}. */
    public ArticleState withArticle(Article article) {
        return article(article, contentHash, seenAt);
    }

    /** This page, decided to be a copy of the article {@code canonicalId}; its queue is handed on, so emptied. */
    public ArticleState asDuplicateOf(String canonicalId) {
        return new ArticleState(Status.DUPLICATE, article, contentHash, seenAt, revision, version, canonicalId,
                List.of());
    }

    /** This state with {@code copy} queued behind the others. */
    public ArticleState withQueued(DedupCommand copy) {
        List<DedupCommand> more = new ArrayList<>(queued);
        more.add(copy);
        return new ArticleState(status, article, contentHash, seenAt, revision, version, storyId, more);
    }
}
