package io.newsflow.enrich.dedup;

/**
 * A decision on its way to the article it concerns (the record key).
 *
 * <ul>
 *   <li>{@link Kind#NEW}: {@code doc} starts a story of its own.</li>
 *   <li>{@link Kind#DUPLICATE}: {@code doc} is a copy of {@code match}'s page.</li>
 *   <li>{@link Kind#ATTACH}: keyed by the canonical page: {@code doc} is a copy of it, {@code match} carries
 *       the canonical page and the similarity.</li>
 * </ul>
 */
public record DedupCommand(Kind kind, DocRef doc, int revision, Match match) {

    public enum Kind { NEW, DUPLICATE, ATTACH }
}
