package io.newsflow.index.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.events.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The composable index template of the article indices: the mapping of {@code articles-template.json}
 * ({@code dynamic: strict}, exactly the {@code Article} fields and the indexer's {@code indexed_at}: keywords for
 * what dashboards filter and aggregate on, dates, and title, summary and text analysed language-neutrally), plus
 * {@value #BY_LANGUAGE}: the title, summary and text again under the article's language, analysed by that
 * language's analyzer ({@link #ANALYZERS}; stemming, stop words) and left out of {@code _source}, and this
 * deployment's index pattern, read alias, shards and replicas. Each article is analysed in its own language only,
 * not in every language. Stateless.
 */
public final class IndexTemplate {

    private static final String RESOURCE = "articles-template.json";
    /** The object holding an article's title, summary and text under its language: {@code by_language.en.text}. */
    public static final String BY_LANGUAGE = "by_language";
    /** The fields copied under {@link #BY_LANGUAGE}. */
    public static final List<String> ANALYSED_FIELDS = List.of("title", "summary", "text");
    /**
     * The languages (ISO 639-1, as enrich detects them) analysed in their own language, and OpenSearch's built-in
     * analyzer for each. Others are searched through the language-neutral fields only.
     */
    public static final Map<String, String> ANALYZERS = new TreeMap<>(Map.ofEntries(
            Map.entry("ar", "arabic"), Map.entry("cs", "czech"), Map.entry("da", "danish"), Map.entry("de", "german"),
            Map.entry("en", "english"), Map.entry("es", "spanish"), Map.entry("fi", "finnish"),
            Map.entry("fr", "french"), Map.entry("it", "italian"), Map.entry("ja", "cjk"), Map.entry("ko", "cjk"),
            Map.entry("nl", "dutch"), Map.entry("no", "norwegian"), Map.entry("pt", "portuguese"),
            Map.entry("ru", "russian"), Map.entry("sv", "swedish"), Map.entry("tr", "turkish"),
            Map.entry("zh", "cjk")));
    /** Above the built-in templates' priorities, so that ours decides the mapping of our indices. */
    private static final int PRIORITY = 200;

    private IndexTemplate() {
    }

    /** A new template body; the caller owns it. */
    public static ObjectNode json(IndexNames names, int shards, int replicas) {
        ObjectNode template;
        try (InputStream in = IndexTemplate.class.getResourceAsStream(RESOURCE)) {
            template = (ObjectNode) Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        template.putArray("index_patterns").add(names.indexPattern());
        template.put("priority", PRIORITY);
        ObjectNode body = (ObjectNode) template.get("template");
        ObjectNode mappings = (ObjectNode) body.get("mappings");
        mappings.putObject("_source").putArray("excludes").add(BY_LANGUAGE);
        ObjectNode languages = ((ObjectNode) mappings.get("properties")).putObject(BY_LANGUAGE).putObject("properties");
        ANALYZERS.forEach((language, analyzer) -> {
            ObjectNode fields = languages.putObject(language).putObject("properties");
            ANALYSED_FIELDS.forEach(f -> fields.putObject(f).put("type", "text").put("analyzer", analyzer));
        });
        ((ObjectNode) body.get("settings").get("index"))
                .put("number_of_shards", shards)
                .put("number_of_replicas", replicas);
        // every index of the family, rolled over or not, is read through the read alias
        body.putObject("aliases").putObject(names.readAlias());
        return template;
    }
}
