package io.newsflow.events;

import java.time.Instant;
import java.util.List;

/**
 * An enriched article: the value on {@code articles}, keyed by {@link #id()}. It carries every
 * {@link Page} field plus what enrich adds.
 *
 * @param storyId   id of the canonical article of the story this article belongs to
 * @param revision  content versions seen at this URL, from 1
 * @param version   monotonic per id, bumped on every event; the OpenSearch external version
 * @param event     {@code created}, {@code updated} or {@code syndicated}
 */
public record Article(
        String id,
        String url,
        String canonicalUrl,
        String site,
        String siteName,
        String title,
        String byline,
        Instant publishedAt,
        String publishedAtSource,
        String languageHint,
        String text,
        List<String> captions,
        String contentHash,
        Instant fetchedAt,
        Instant ingestedAt,
        String source,
        Extraction extraction,
        String language,
        double languageConfidence,
        Entities entities,
        List<String> keywords,
        List<String> topics,
        String summary,
        int wordCount,
        String wire,
        String storyId,
        int revision,
        long version,
        String event,
        List<DuplicateRef> duplicates,
        int duplicateCount) {

    public static final String CREATED = "created";
    public static final String UPDATED = "updated";
    public static final String SYNDICATED = "syndicated";

    public Article {
        captions = captions == null ? List.of() : List.copyOf(captions);
        entities = entities == null ? Entities.NONE : entities;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        topics = topics == null ? List.of() : List.copyOf(topics);
        duplicates = duplicates == null ? List.of() : List.copyOf(duplicates);
    }
}
