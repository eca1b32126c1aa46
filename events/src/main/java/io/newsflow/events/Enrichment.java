package io.newsflow.events;

import java.util.List;

/**
 * What enrich finds in a page's text: the enrichment part of an {@link Article}.
 *
 * @param language            detected language (ISO 639-1), or null when undetermined
 * @param languageConfidence  0..1
 * @param keywords            most significant first
 * @param topics              taxonomy topics the page matches
 * @param wordCount           words in the body text
 * @param wire                news agency credited in the text (e.g. Yonhap), or null
 */
public record Enrichment(
        String language,
        double languageConfidence,
        Entities entities,
        List<String> keywords,
        List<String> topics,
        String summary,
        int wordCount,
        String wire) {

    /** Nothing found: no language, entities, keywords, topics, summary or wire, no words. */
    public static final Enrichment NONE = new Enrichment(null, 0, null, null, null, null, 0, null);

    public Enrichment {
        entities = entities == null ? Entities.NONE : entities;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
