package io.newsflow.index.bulk;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.newsflow.events.Article;
import java.time.Instant;
import java.util.Objects;

/**
 * What the indexer stores for an article: every field of the {@link Article} JSON, plus {@code indexed_at}, when
 * the indexer built the document, so that dashboards can chart ingest-to-index freshness
 * ({@code indexed_at - ingested_at}). The field belongs to the index, not to the event contract: it is mapped in
 * {@code articles-template.json} and absent from {@code articles}. Immutable and thread-safe.
 *
 * @param article   the event, serialised with its own field names at the top level of the document
 * @param indexedAt when this document was built for a bulk request
 */
public record ArticleDocument(@JsonUnwrapped Article article, Instant indexedAt) {

    public ArticleDocument {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(indexedAt, "indexedAt");
    }
}
