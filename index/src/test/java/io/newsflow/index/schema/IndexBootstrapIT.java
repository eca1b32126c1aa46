package io.newsflow.index.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.localstack.LocalOpenSearch;
import io.newsflow.testkit.LocalOpenSearchExtension;
import io.newsflow.events.Json;
import io.newsflow.index.connect.OpenSearchClients;
import io.newsflow.index.connect.OpenSearchSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opensearch.client.opensearch.OpenSearchClient;

/** The template and aliases as a real OpenSearch node applies them. */
class IndexBootstrapIT {

    @RegisterExtension
    static final LocalOpenSearchExtension OPENSEARCH = new LocalOpenSearchExtension();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static LocalOpenSearch node;
    static OpenSearchClient client;

    @BeforeAll
    static void connect(LocalOpenSearch shared) {
        node = shared;
        client = OpenSearchClients.create(OpenSearchSettings.of(node.url()));
    }

    @AfterAll
    static void disconnect() throws Exception {
        client._transport().close();
    }

    @Test
    void installingTwiceLeavesOneIndexBehindBothAliases() throws Exception {
        IndexNames names = new IndexNames("bootstrap-twice");

        new IndexBootstrap(client, names, 1, 0).install();
        new IndexBootstrap(client, names, 1, 0).install();

        JsonNode aliases = Json.mapper().readTree(send("GET", "/_alias/" + names.readAlias() + ","
                + names.writeAlias(), null).body());
        assertEquals(1, aliases.size(), aliases.toString());
        JsonNode index = aliases.path(names.firstIndex()).path("aliases");
        assertTrue(index.has(names.readAlias()), aliases.toString());
        assertTrue(index.path(names.writeAlias()).path("is_write_index").asBoolean(), aliases.toString());
    }

    @Test
    void aRolledOverIndexGetsTheMappingAndStaysReadableThroughTheReadAlias() throws Exception {
        IndexNames names = new IndexNames("bootstrap-rollover");
        new IndexBootstrap(client, names, 1, 0).install();

        HttpResponse<String> rollover = send("POST", "/" + names.writeAlias() + "/_rollover", null);
        new IndexBootstrap(client, names, 1, 0).install();

        assertEquals(200, rollover.statusCode(), rollover.body());
        JsonNode aliases = Json.mapper().readTree(send("GET", "/_alias/" + names.readAlias(), null).body());
        assertTrue(aliases.has(names.readAlias() + "-000001") && aliases.has(names.readAlias() + "-000002"),
                aliases.toString());
        JsonNode mapping = Json.mapper().readTree(send("GET", "/" + names.readAlias() + "-000002/_mapping", null)
                .body());
        assertEquals("strict", mapping.path(names.readAlias() + "-000002").path("mappings").path("dynamic").asText());
    }

    @Test
    void aFieldOutsideTheArticleContractIsRefused() throws Exception {
        IndexNames names = new IndexNames("bootstrap-strict");
        new IndexBootstrap(client, names, 1, 0).install();

        HttpResponse<String> response = send("PUT", "/" + names.writeAlias() + "/_doc/x",
                "{\"title\":\"t\",\"sentiment\":\"upbeat\"}");

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("strict_dynamic_mapping_exception"), response.body());
    }

    @Test
    void anIndexCreatedUnderAnOlderMappingGainsTheFieldsAddedSince() throws Exception {
        IndexNames names = new IndexNames("bootstrap-upgrade");
        ObjectNode older = (ObjectNode) IndexTemplate.json(names, 1, 0).get("template");
        ((ObjectNode) older.path("mappings").path("properties")).remove("indexed_at");
        older.putObject("aliases").putObject(names.writeAlias()).put("is_write_index", true);
        HttpResponse<String> created = send("PUT", "/" + names.firstIndex(), older.toString());
        String document = "{\"title\":\"t\",\"indexed_at\":\"2026-11-20T08:30:00Z\"}";
        HttpResponse<String> refused = send("PUT", "/" + names.writeAlias() + "/_doc/before", document);

        new IndexBootstrap(client, names, 1, 0).install();
        HttpResponse<String> accepted = send("PUT", "/" + names.writeAlias() + "/_doc/after", document);

        assertEquals(200, created.statusCode(), created.body());
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(201, accepted.statusCode(), accepted.body());
        JsonNode mapping = Json.mapper().readTree(send("GET", "/" + names.firstIndex() + "/_mapping", null).body())
                .path(names.firstIndex()).path("mappings");
        assertEquals("date", mapping.path("properties").path("indexed_at").path("type").asText(), mapping.toString());
        assertEquals("strict", mapping.path("dynamic").asText());
    }

    @Test
    void anIndexWithEveryLanguageAsSubFieldsGainsTheOwnLanguageFieldsAndKeepsItsSourceSettings() throws Exception {
        IndexNames names = new IndexNames("bootstrap-languages");
        ObjectNode older = (ObjectNode) IndexTemplate.json(names, 1, 0).get("template");
        ObjectNode mappings = (ObjectNode) older.path("mappings");
        mappings.remove("_source");
        ((ObjectNode) mappings.path("properties")).remove(IndexTemplate.BY_LANGUAGE);
        for (String field : IndexTemplate.ANALYSED_FIELDS) { // as versions before the per-language fields made them
            ObjectNode subFields = ((ObjectNode) mappings.path("properties").path(field)).with("fields");
            subFields.putObject("en").put("type", "text").put("analyzer", "english");
            subFields.putObject("fr").put("type", "text").put("analyzer", "french");
        }
        older.putObject("aliases").putObject(names.writeAlias()).put("is_write_index", true);
        HttpResponse<String> created = send("PUT", "/" + names.firstIndex(), older.toString());
        assertEquals(200, created.statusCode(), created.body());

        new IndexBootstrap(client, names, 1, 0).install();
        HttpResponse<String> accepted = send("PUT", "/" + names.writeAlias() + "/_doc/1?refresh=true",
                "{\"text\":\"Ferries sailing\",\"by_language\":{\"en\":{\"text\":\"Ferries sailing\"}}}");

        assertEquals(201, accepted.statusCode(), accepted.body());
        JsonNode mapping = Json.mapper().readTree(send("GET", "/" + names.firstIndex() + "/_mapping", null).body())
                .path(names.firstIndex()).path("mappings");
        assertEquals("english", mapping.at("/properties/text/fields/en/analyzer").asText(), mapping.toString());
        assertEquals("english", mapping.at("/properties/by_language/properties/en/properties/text/analyzer").asText(),
                mapping.toString());
        assertTrue(mapping.path("_source").path("excludes").isMissingNode(), mapping.toString());
        String stemmed = "{\"query\":{\"match\":{\"by_language.en.text\":\"ferry sails\"}}}";
        JsonNode hits = Json.mapper().readTree(send("POST", "/" + names.writeAlias() + "/_search", stemmed).body());
        assertEquals(1, hits.at("/hits/total/value").asInt(), hits.toString());
    }

    private static HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url() + path))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
