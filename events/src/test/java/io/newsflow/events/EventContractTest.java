package io.newsflow.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class EventContractTest {

    private static final String ID = "a".repeat(64);
    private static final Instant T = Instant.parse("2016-04-05T06:08:00Z");

    static Page page() {
        return new Page(ID, "https://example.com/a?utm_source=x", "https://example.com/a", "example.com", "Example",
                "A title", "Jane Doe", T, "jsonld", "en", "First paragraph.\n\nSecond paragraph.",
                List.of("A caption"), "b".repeat(64), T, T.plusSeconds(5), "http", new Extraction("dom", 0.9));
    }

    static Article article() {
        Enrichment enrichment = new Enrichment("en", 0.98,
                new Entities(List.of("Mark Lippert"), List.of("Yonhap"), List.of("Seoul")), List.of("rights"),
                List.of("human-rights"), "First paragraph.", 4, "Yonhap");
        Story story = new Story(ID, 1, 2, Article.SYNDICATED,
                List.of(new DuplicateRef("https://other.org/b", "other.org", 0.93, Duplicate.NEAR, T)), 1);
        return new Article(page(), enrichment, story);
    }

    static Duplicate duplicate() {
        return new Duplicate("c".repeat(64), "https://other.org/b", "other.org", "A title", "d".repeat(64), ID,
                "https://example.com/a", ID, Duplicate.NEAR, 0.93, T);
    }

    @Test
    void eventsRoundTripThroughTheSharedSerde() {
        assertEquals(page(), JsonSerde.page().deserialize("t", JsonSerde.page().serialize("t", page())));
        assertEquals(article(), JsonSerde.article().deserialize("t", JsonSerde.article().serialize("t", article())));
        assertEquals(duplicate(),
                JsonSerde.duplicate().deserialize("t", JsonSerde.duplicate().serialize("t", duplicate())));
    }

    @Test
    void jsonUsesSnakeCaseAndIsoInstants() {
        String json = new String(JsonSerde.page().serialize("t", page()), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"canonical_url\":\"https://example.com/a\""), json);
        assertTrue(json.contains("\"published_at\":\"2016-04-05T06:08:00Z\""), json);
        assertFalse(json.contains("canonicalUrl"), json);
    }

    @Test
    void serializedEventsSatisfyTheirPublishedSchemas() throws IOException {
        assertValid("page", JsonSerde.page().serialize("t", page()));
        assertValid("article", JsonSerde.article().serialize("t", article()));
        assertValid("duplicate", JsonSerde.duplicate().serialize("t", duplicate()));
    }

    @Test
    void schemaRejectsAnArticleWithAnUnknownEvent() throws IOException {
        JsonNode node = Json.mapper().readTree(JsonSerde.article().serialize("t", article()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("event", "deleted");
        assertFalse(schema("article").validate(node).isEmpty());
    }

    @Test
    void unknownFieldsAreIgnoredSoOldConsumersSurviveNewFields() {
        byte[] json = "{\"id\":\"x\",\"url\":\"u\",\"text\":\"t\",\"added_later\":1}".getBytes(StandardCharsets.UTF_8);
        assertEquals("u", JsonSerde.page().deserialize("t", json).url());
    }

    @Test
    void malformedJsonFailsWithASerializationExceptionNamingTheType() {
        SerializationException e = assertThrows(SerializationException.class,
                () -> JsonSerde.page().deserialize("t", "{not json".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("Page"), e.getMessage());
    }

    @Test
    void rawPageAcceptsTheScraperShape() {
        RawPage raw = JsonSerde.rawPage().deserialize("t",
                "{\"url\":\"https://x.org/1\",\"html\":\"<p>hi</p>\",\"fetched_at\":\"2024-01-01T00:00:00Z\"}"
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals("<p>hi</p>", raw.html());
        assertEquals(Instant.parse("2024-01-01T00:00:00Z"), raw.fetchedAt());
    }

    private static void assertValid(String name, byte[] json) throws IOException {
        Set<ValidationMessage> errors = schema(name).validate(Json.mapper().readTree(json));
        assertTrue(errors.isEmpty(), name + ": " + errors);
    }

    private static JsonSchema schema(String name) throws IOException {
        try (InputStream in = Topics.class.getResourceAsStream("schema/" + name + ".schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }
}
