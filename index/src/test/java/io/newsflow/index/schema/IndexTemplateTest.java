package io.newsflow.index.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.events.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class IndexTemplateTest {

    private final JsonNode template = IndexTemplate.json(new IndexNames("news"), 3, 2);
    private final JsonNode properties = template.path("template").path("mappings").path("properties");

    @Test
    void mapsExactlyTheFieldsOfTheArticleSchemaPlusTheIndexersIndexedAt() throws IOException {
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/io/newsflow/events/schema/article.schema.json")) {
            schema = Json.mapper().readTree(in);
        }
        Set<String> expected = fieldPaths(schema.path("properties"), "");
        expected.add("indexed_at");
        Set<String> mapped = fieldPaths(properties, "");
        mapped.removeIf(path -> path.startsWith(IndexTemplate.BY_LANGUAGE));

        assertEquals(expected, mapped);
    }

    @Test
    void refusesFieldsOutsideTheMapping() {
        assertEquals("strict", template.path("template").path("mappings").path("dynamic").asText());
    }

    @Test
    void dashboardFieldsAreKeywordsAndTimesAreDates() {
        for (String field : List.of("site", "site_name", "language", "entities.people", "entities.organizations",
                "entities.locations", "keywords", "topics", "wire", "story_id", "event")) {
            assertEquals("keyword", type(field), field);
        }
        for (String field : List.of("published_at", "fetched_at", "ingested_at", "indexed_at")) {
            assertEquals("date", type(field), field);
        }
    }

    @Test
    void titleTextAndSummaryAreAnalysedNeutrallyAndOnceMoreInTheirOwnLanguageOnly() {
        for (String field : List.of("title", "text", "summary")) {
            JsonNode mapping = properties.path(field);
            assertEquals("text", mapping.path("type").asText(), field);
            assertEquals("folded", mapping.path("analyzer").asText(), field);
            assertEquals(Set.of(), Set.copyOf(iterable(mapping.path("fields").fieldNames())).stream()
                    .filter(sub -> !sub.equals("raw")).collect(java.util.stream.Collectors.toSet()),
                    field + ": no sub-field analyses every article again");
            assertEquals("english", type("by_language.en." + field, "analyzer"), field);
            assertEquals("french", type("by_language.fr." + field, "analyzer"), field);
            assertEquals("cjk", type("by_language.ja." + field, "analyzer"), field);
        }
        assertEquals(List.of(IndexTemplate.BY_LANGUAGE), iterable(template.path("template").path("mappings")
                .path("_source").path("excludes").elements()).stream().map(JsonNode::asText).toList(),
                "the copies are indexed, not stored");
    }

    @Test
    void carriesThisDeploymentsNamesShardsAndReplicas() {
        assertEquals("news-0*", template.path("index_patterns").get(0).asText());
        assertEquals(3, template.path("template").path("settings").path("index").path("number_of_shards").asInt());
        assertEquals(2, template.path("template").path("settings").path("index").path("number_of_replicas").asInt());
        assertEquals(Set.of("news"), Set.copyOf(iterable(template.path("template").path("aliases").fieldNames())));
    }

    private String type(String path) {
        return type(path, "type");
    }

    private String type(String path, String attribute) {
        JsonNode node = properties;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            node = node.path(parts[i]);
            if (i < parts.length - 1) {
                node = node.path("properties");
            }
        }
        return node.path(attribute).asText();
    }

    /** Dotted paths of every field, descending into objects (schema) and object mappings (template). */
    private static Set<String> fieldPaths(JsonNode fields, String prefix) {
        Set<String> paths = new TreeSet<>();
        fields.properties().forEach(e -> {
            String path = prefix + e.getKey();
            paths.add(path);
            JsonNode value = e.getValue();
            JsonNode nested = value.has("items") ? value.path("items").path("properties") : value.path("properties");
            if (nested.isObject()) {
                paths.addAll(fieldPaths(nested, path + "."));
            }
        });
        return paths;
    }

    private static <T> List<T> iterable(Iterator<T> names) {
        List<T> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
