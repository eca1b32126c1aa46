package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.events.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichEvalCommandTest {

    private static final String STRIKE = "Headteacher Sarah Okafor said on Monday that the school in Leeds would stay "
            + "shut while the Calder Port Authority and the dockers' union talk. The strike has closed the port for a "
            + "week, and the city council has asked both sides to return to talks before the holiday.";

    @TempDir
    Path dir;

    @Test
    void writesEachDocumentsEnrichmentInInputOrderAndTheRateLast() throws Exception {
        Path docs = dir.resolve("docs.jsonl");
        Files.writeString(docs, Json.mapper().writeValueAsString(Map.of("id", "strike", "title", "Port strike",
                "text", STRIKE)) + "\n" + Json.mapper().writeValueAsString(Map.of("id", "short", "text", "Hi.")) + "\n");
        Path out = dir.resolve("out.jsonl");

        CliRun run = CliRun.of("enrich-eval", "--docs", docs.toString(), "--out", out.toString());

        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(lines.size() - 1).matches("docs=2 docs_per_s=\\d+\\.\\d"), run.out());
        List<JsonNode> enriched = Files.readAllLines(out).stream().map(EnrichEvalCommandTest::json).toList();
        assertEquals(List.of("strike", "short"), enriched.stream().map(n -> n.get("id").asText()).toList());
        JsonNode strike = enriched.get(0);
        assertEquals("en", strike.get("language").asText());
        assertEquals(List.of("Sarah Okafor"), strings(strike.get("people")));
        assertTrue(strings(strike.get("organizations")).contains("Calder Port Authority"), strike.toString());
        assertTrue(strings(strike.get("locations")).contains("Leeds"), strike.toString());
        assertTrue(strike.get("keywords").isArray() && strike.get("topics").isArray(), strike.toString());
        assertEquals("und", enriched.get(1).get("language").asText());
    }

    @Test
    void aLineWithoutTextFailsWithTheFileAndItsNumber() throws Exception {
        Path docs = dir.resolve("docs.jsonl");
        Files.writeString(docs, "{\"id\": \"a\", \"text\": \"Some text.\"}\n{\"id\": \"b\"}\n");

        CliRun run = CliRun.of("enrich-eval", "--docs", docs.toString(), "--out", dir.resolve("out.jsonl").toString());

        assertEquals(2, run.exit());
        assertEquals("newsflow enrich-eval: " + docs + " line 2: needs \"id\" and \"text\"\n", run.err());
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static JsonNode json(String line) {
        try {
            return Json.mapper().readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
