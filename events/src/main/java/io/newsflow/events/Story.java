package io.newsflow.events;

import java.util.List;

/**
 * Where de-duplication filed an article: the story part of an {@link Article}. Immutable; the factory and
 * copy methods name the three events an article is emitted for.
 *
 * @param storyId         id of the canonical article of the story this article belongs to
 * @param revision        content versions seen at this URL, from 1
 * @param version         monotonic per article id, bumped on every event; the OpenSearch external version
 * @param event           {@link Article#CREATED}, {@link Article#UPDATED} or {@link Article#SYNDICATED}
 * @param duplicates      copies of the article seen at other URLs
 * @param duplicateCount  how many copies; the size of {@code duplicates} for every story these methods make
 */
public record Story(
        String storyId,
        int revision,
        long version,
        String event,
        List<DuplicateRef> duplicates,
        int duplicateCount) {

    /** No story yet: the draft of an article that de-duplication has not decided. */
    public static final Story NONE = new Story(null, 0, 0, null, List.of(), 0);

    public Story {
        duplicates = duplicates == null ? List.of() : List.copyOf(duplicates);
    }

    /** A new story: the article {@code storyId} is {@link Article#CREATED} with no copies. */
    public static Story created(String storyId, int revision, long version) {
        return new Story(storyId, revision, version, Article.CREATED, List.of(), 0);
    }

    /** This story after new content at the article's URL: {@link Article#UPDATED}, copies kept. */
    public Story updated(int revision, long version) {
        return new Story(storyId, revision, version, Article.UPDATED, duplicates, duplicates.size());
    }

    /** This story after a copy was attached: {@link Article#SYNDICATED} with {@code duplicates}. */
    public Story syndicated(long version, List<DuplicateRef> duplicates) {
        return new Story(storyId, revision, version, Article.SYNDICATED, duplicates, duplicates.size());
    }
}
