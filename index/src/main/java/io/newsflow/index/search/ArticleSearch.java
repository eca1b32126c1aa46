package io.newsflow.index.search;

import io.newsflow.events.Article;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.query_dsl.TextQueryType;
import org.opensearch.client.opensearch.core.search.HighlighterEncoder;
import org.opensearch.client.opensearch.core.SearchResponse;

/**
 * Full-text search over the read alias: the words of the query against title, summary and body, language-neutrally
 * and in the article's own language's analysis ({@code by_language.*}; the {@code title.en}-style sub-fields of
 * indices made by earlier versions too), titles weighing most. Each hit carries a snippet of the body where the words matched,
 * HTML-escaped (titles and text are plain text, so markup a page spelled as text must not come back as markup) with
 * the matched words in {@code <em>}. Thread-safe.
 */
public final class ArticleSearch {

    /** Title over summary over body; each with its own language's analysis (and earlier indices' sub-fields). */
    private static final List<String> FIELDS = List.of("title^3", "by_language.*.title^3", "title.*^3",
            "summary^2", "by_language.*.summary^2", "summary.*^2", "text", "by_language.*.text", "text.*");

    /**
     * One hit, as {@code newsflow search} prints it.
     *
     * @param snippet the best fragment of the body, HTML-escaped, matched words in {@code <em>}; null when the words
     *                matched only the title or summary
     */
    public record Hit(String id, String title, String site, Instant publishedAt, int duplicateCount, double score,
                      String snippet) {
    }

    private final OpenSearchClient client;
    private final String alias;

    public ArticleSearch(OpenSearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /** The best {@code size} hits for {@code text}, best first. */
    public List<Hit> search(String text, int size) throws IOException {
        SearchResponse<Article> response = client.search(s -> s
                .index(alias)
                .size(size)
                .source(src -> src.filter(f -> f.includes("title", "site", "published_at", "duplicate_count")))
                .query(q -> q.multiMatch(m -> m
                        .query(text)
                        .type(TextQueryType.MostFields)
                        .fields(FIELDS.get(0), FIELDS.subList(1, FIELDS.size()).toArray(String[]::new))))
                .highlight(hl -> hl
                        .encoder(HighlighterEncoder.Html)
                        .preTags("<em>").postTags("</em>")
                        .requireFieldMatch(false)
                        .fields("text", f -> f.fragmentSize(160).numberOfFragments(1))),
                Article.class);
        return response.hits().hits().stream()
                .map(h -> new Hit(h.id(), h.source().page().title(), h.source().page().site(),
                        h.source().page().publishedAt(), h.source().story().duplicateCount(),
                        h.score() == null ? 0 : h.score(),
                        h.highlight().getOrDefault("text", List.of()).stream().findFirst().orElse(null)))
                .toList();
    }
}
