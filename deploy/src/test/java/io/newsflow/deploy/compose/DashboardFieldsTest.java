package io.newsflow.deploy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboards' saved objects ask only for fields the index template maps, and aggregate only fields that can be
 * aggregated: a renamed or removed field breaks the test here rather than a panel in front of a user.
 */
class DashboardFieldsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path SAVED_OBJECTS = ComposeFiles.DEPLOY.resolve("dashboards/newsflow.ndjson");
    private static final Path TEMPLATE = ComposeFiles.ROOT.resolve(
            "index/src/main/resources/io/newsflow/index/schema/articles-template.json");
    /** Painless field access in scripted fields: {@code doc['name']}. */
    private static final Pattern DOC_FIELD = Pattern.compile("doc\\[['\"]([^'\"]+)['\"]]");
    /** The mapped type OpenSearch cannot aggregate or sort on (no doc values). */
    private static final String TEXT = "text";

    private static Map<String, String> mapped;
    private static List<JsonNode> objects;

    @BeforeAll
    static void read() throws IOException {
        mapped = new HashMap<>();
        flatten("", MAPPER.readTree(TEMPLATE.toFile()).path("template").path("mappings").path("properties"), mapped);
        objects = new ArrayList<>();
        for (String line : Files.readAllLines(SAVED_OBJECTS)) {
            if (!line.isBlank()) {
                objects.add(MAPPER.readTree(line));
            }
        }
    }

    /** Every mapped field by its dotted path, with multi-fields ({@code title.raw}) as fields of their own. */
    private static void flatten(String prefix, JsonNode properties, Map<String, String> into) {
        properties.fields().forEachRemaining(field -> {
            String path = prefix + field.getKey();
            JsonNode mapping = field.getValue();
            if (mapping.has("properties")) {
                into.put(path, "object");
                flatten(path + ".", mapping.path("properties"), into);
            } else {
                into.put(path, mapping.path("type").asText("object"));
            }
            mapping.path("fields").fields().forEachRemaining(sub ->
                    into.put(path + "." + sub.getKey(), sub.getValue().path("type").asText()));
        });
    }

    @Test
    void theTemplateIsReadAsAMapping() {
        // guards the walk itself: a nested field and a multi-field are found
        assertEquals("keyword", mapped.get("entities.people"));
        assertEquals("keyword", mapped.get("title.raw"));
    }

    @Test
    void theIndexPatternsTimeFieldAndScriptedFieldsUseMappedDates() throws IOException {
        for (JsonNode pattern : ofType("index-pattern")) {
            assertEquals("date", mapped.get(pattern.path("attributes").path("timeFieldName").asText()),
                    "time field of " + pattern.path("id").asText());
            for (JsonNode scripted : scriptedFields(pattern)) {
                Matcher m = DOC_FIELD.matcher(scripted.path("script").asText());
                boolean any = false;
                while (m.find()) {
                    any = true;
                    assertTrue(mapped.containsKey(m.group(1)), "scripted field " + scripted.path("name").asText()
                            + " reads unmapped " + m.group(1));
                    assertFalse(TEXT.equals(mapped.get(m.group(1))), "doc values of " + m.group(1));
                }
                assertTrue(any, "scripted field " + scripted.path("name").asText() + " reads no field");
            }
        }
    }

    @Test
    void everyVisualisationAggregatesOnlyMappedAggregatableOrScriptedFields() throws IOException {
        Set<String> known = knownFields();
        List<JsonNode> visualisations = ofType("visualization");
        assertFalse(visualisations.isEmpty());
        for (JsonNode vis : visualisations) {
            JsonNode state = MAPPER.readTree(vis.path("attributes").path("visState").asText());
            for (JsonNode agg : state.path("aggs")) {
                JsonNode field = agg.path("params").path("field");
                if (field.isMissingNode()) {
                    continue;
                }
                String name = vis.path("id").asText() + " aggregation " + agg.path("id").asText();
                assertTrue(known.contains(field.asText()), name + " uses unknown field " + field.asText());
                assertFalse(TEXT.equals(mapped.get(field.asText())),
                        name + " aggregates text field " + field.asText());
            }
            assertFiltersUseKnownFields(vis, known);
        }
    }

    @Test
    void savedSearchesShowAndSortOnMappedFields() throws IOException {
        Set<String> known = knownFields();
        for (JsonNode search : ofType("search")) {
            String id = search.path("id").asText();
            for (JsonNode column : search.path("attributes").path("columns")) {
                assertTrue(known.contains(column.asText()), id + " shows unknown field " + column.asText());
            }
            for (JsonNode sort : search.path("attributes").path("sort")) {
                String field = sort.isArray() ? sort.path(0).asText() : sort.asText();
                assertTrue(known.contains(field), id + " sorts on unknown field " + field);
                assertFalse(TEXT.equals(mapped.get(field)), id + " sorts on text field " + field);
            }
            assertFiltersUseKnownFields(search, known);
        }
    }

    @Test
    void everyReferenceResolvesToASavedObjectOfTheFile() {
        Set<String> ids = new TreeSet<>();
        objects.forEach(o -> ids.add(o.path("type").asText() + ":" + o.path("id").asText()));
        for (JsonNode object : objects) {
            for (JsonNode ref : object.path("references")) {
                assertTrue(ids.contains(ref.path("type").asText() + ":" + ref.path("id").asText()),
                        object.path("id").asText() + " references missing " + ref);
            }
        }
    }

    private static void assertFiltersUseKnownFields(JsonNode object, Set<String> known) throws IOException {
        String source = object.path("attributes").path("kibanaSavedObjectMeta").path("searchSourceJSON").asText("{}");
        for (JsonNode filter : MAPPER.readTree(source).path("filter")) {
            JsonNode key = filter.path("meta").path("key");
            if (!key.isMissingNode()) {
                assertTrue(known.contains(key.asText()), object.path("id").asText() + " filters on unknown field "
                        + key.asText());
            }
        }
    }

    private static List<JsonNode> ofType(String type) {
        return objects.stream().filter(o -> type.equals(o.path("type").asText())).toList();
    }

    private static List<JsonNode> scriptedFields(JsonNode pattern) throws IOException {
        List<JsonNode> scripted = new ArrayList<>();
        String fields = pattern.path("attributes").path("fields").asText("[]");
        for (JsonNode field : MAPPER.readTree(fields)) {
            if (field.path("scripted").asBoolean()) {
                scripted.add(field);
            }
        }
        return scripted;
    }

    /** Mapped fields and the index patterns' scripted fields. */
    private static Set<String> knownFields() throws IOException {
        Set<String> known = new TreeSet<>(mapped.keySet());
        for (JsonNode pattern : ofType("index-pattern")) {
            scriptedFields(pattern).forEach(f -> known.add(f.path("name").asText()));
        }
        return known;
    }
}
