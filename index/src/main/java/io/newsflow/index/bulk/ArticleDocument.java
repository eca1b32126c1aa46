package io.newsflow.index.bulk;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.newsflow.events.Article;
import io.newsflow.index.schema.IndexTemplate;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the indexer stores for an article: every field of the {@link Article} JSON, plus {@code indexed_at}, when
 * the indexer built the document, so that dashboards can chart ingest-to-index freshness
 * ({@code indexed_at - ingested_at}). The field belongs to the index, not to the event contract: it is mapped in
 * {@code articles-template.json} and absent from {@code articles}. And {@code by_language}: the title, summary and
 * text again under the article's language, for that language's analyzer (see {@link IndexTemplate}); the index
 * keeps them out of {@code _source}. Immutable and thread-safe.
 *
 * @param article   the event, serialised with its own field names at the top level of the document
 * @param indexedAt when this document was built for a bulk request
 */
public record ArticleDocument(@JsonUnwrapped Article article, Instant indexedAt) {

    public ArticleDocument {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(indexedAt, "indexedAt");
    }

    /**
     * {@code {"en": {"title": …, "summary": …, "text": …}}} for an article in a language of
     * {@link IndexTemplate#ANALYZERS}; null (left out) for any other or none.
     */
    @JsonProperty(IndexTemplate.BY_LANGUAGE)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public Map<String, Map<String, String>> byLanguage() {
        String language = article.enrichment().language();
        if (language == null || !IndexTemplate.ANALYZERS.containsKey(language)) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        putIfPresent(fields, "title", article.page().title());
        putIfPresent(fields, "summary", article.enrichment().summary());
        putIfPresent(fields, "text", article.page().text());
        return fields.isEmpty() ? null : Map.of(language, fields);
    }

    private static void putIfPresent(Map<String, String> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(name, value);
        }
    }
}
