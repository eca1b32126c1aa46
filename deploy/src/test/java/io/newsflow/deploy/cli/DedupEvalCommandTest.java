package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.events.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DedupEvalCommandTest {

    private static final String STORY = String.join(" ", List.of("The regional council voted on Tuesday to close the",
            "old harbour bridge to heavy traffic from next month, after engineers found corrosion in two of its steel",
            "supports during a routine inspection. Council leader Maria Okafor said the decision was taken",
            "reluctantly, but that the safety of drivers and pedestrians had to come first. Lorries weighing more",
            "than seven tonnes will be diverted along the ring road, adding about twenty minutes to journeys."));
    private static final String OTHER = String.join(" ", List.of("The city library reopened on Saturday after a",
            "two-year renovation that added a children's wing, a rooftop reading garden and a small recording studio",
            "that residents can book free of charge. Hundreds of families queued before the doors opened."));

    @TempDir
    Path dir;

    @Test
    void scoresThePairsOnTheLastLineAndWritesEachDocumentsOutcome() throws Exception {
        Path docs = dir.resolve("docs.jsonl");
        Files.writeString(docs, doc("a", STORY, "2026-03-02T08:00:00Z") + doc("b", STORY + " (AP)", "2026-03-02T09:00:00Z")
                + doc("c", OTHER, "2026-03-02T10:00:00Z"));
        Path pairs = dir.resolve("pairs.tsv");
        Files.writeString(pairs, "id_a\tid_b\tlabel\na\tb\t1\na\tc\t0\nb\tc\t0\n");
        Path out = dir.resolve("out.jsonl");
        StringWriter stdout = new StringWriter();

        int code = new CommandLine(new Newsflow()).setOut(new PrintWriter(stdout))
                .execute("dedup-eval", "--docs", docs.toString(), "--pairs", pairs.toString(), "--out", out.toString());

        assertEquals(0, code);
        List<String> lines = stdout.toString().lines().toList();
        assertEquals("precision=1.0000 recall=1.0000 f1=1.0000 pairs=3", lines.get(lines.size() - 1));
        List<JsonNode> outcomes = Files.readAllLines(out).stream().map(DedupEvalCommandTest::json).toList();
        JsonNode b = outcomes.stream().filter(o -> o.get("id").asText().equals("b")).findFirst().orElseThrow();
        assertEquals("a", b.get("story_id").asText());
        assertEquals("a", b.get("duplicate_of").asText());
        assertEquals("near", b.get("method").asText());
        assertTrue(outcomes.stream().filter(o -> o.get("id").asText().equals("c")).findFirst().orElseThrow()
                .get("duplicate_of").isNull());
    }

    @Test
    void aPairNamingAnUnknownDocumentFailsWithAClearMessage() throws Exception {
        Path docs = dir.resolve("docs.jsonl");
        Files.writeString(docs, doc("a", STORY, "2026-03-02T08:00:00Z"));
        Path pairs = dir.resolve("pairs.tsv");
        Files.writeString(pairs, "id_a\tid_b\tlabel\na\tzz\t1\n");
        StringWriter stderr = new StringWriter();

        int code = new CommandLine(new Newsflow()).setErr(new PrintWriter(stderr))
                .execute("dedup-eval", "--docs", docs.toString(), "--pairs", pairs.toString());

        assertEquals(2, code);
        assertTrue(stderr.toString().contains("zz"), stderr.toString());
    }

    private static String doc(String id, String text, String publishedAt) throws Exception {
        return Json.mapper().writeValueAsString(Map.of("id", id, "text", text, "published_at", publishedAt)) + "\n";
    }

    private static JsonNode json(String line) {
        try {
            return Json.mapper().readTree(line);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
