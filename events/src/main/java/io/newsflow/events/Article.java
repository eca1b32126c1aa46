package io.newsflow.events;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Objects;

/**
 * An enriched article: the value on {@code articles}, keyed by its page's id. It is composed of the cleaned
 * {@link Page}, what enrich found in it ({@link Enrichment}) and where de-duplication filed it ({@link Story}).
 *
 * <p>On the topic the three parts are one flat JSON object, every {@link Page} field followed by the
 * enrichment and story fields, as {@code article.schema.json} publishes it.
 *
 * <p>Immutable; the {@code with} methods return copies.
 *
 * @param page        the cleaned page, as ingest wrote it
 * @param enrichment  what enrich found in the page; {@link Enrichment#NONE} when null
 * @param story       the article's story, revision, version and copies; {@link Story#NONE} when null
 */
public record Article(
        @JsonUnwrapped Page page,
        @JsonUnwrapped Enrichment enrichment,
        @JsonUnwrapped Story story) {

    public static final String CREATED = "created";
    public static final String UPDATED = "updated";
    public static final String SYNDICATED = "syndicated";

    public Article {
        Objects.requireNonNull(page, "page");
        enrichment = enrichment == null ? Enrichment.NONE : enrichment;
        story = story == null ? Story.NONE : story;
    }

    /** The id of the article, its page's id: the key on {@code articles}. */
    public String id() {
        return page.id();
    }

    /** This article with its story replaced. */
    public Article withStory(Story story) {
        return new Article(page, enrichment, story);
    }
}
