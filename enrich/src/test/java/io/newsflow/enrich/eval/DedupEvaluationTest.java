package io.newsflow.enrich.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.TestPages;
import io.newsflow.enrich.dedup.DedupSettings;
import io.newsflow.events.Json;
import io.newsflow.events.JsonLines;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupEvaluationTest {

    private static final String BRIDGE = TestPages.fixture("dedup/bridge.txt");
    private static final String LIBRARY = TestPages.fixture("dedup/library.txt");

    @TempDir
    Path dir;

    private static String line(Map<String, String> doc) throws Exception {
        return Json.mapper().writeValueAsString(doc) + "\n";
    }

    @Test
    void documentsAreDeduplicatedInPublicationOrderAndPairsScored() throws Exception {
        String docs = line(Map.of("id", "copy", "text", BRIDGE + "\n\n(AP)", "published_at", "2026-03-02T10:00:00Z"))
                + line(Map.of("id", "orig", "url", "https://a.example/1", "text", BRIDGE, "published_at", "2026-03-02T08:00:00Z"))
                + line(Map.of("id", "other", "text", LIBRARY, "published_at", "2026-03-02T09:00:00Z"));
        List<Outcome> outcomes = new DedupEvaluation(DedupSettings.DEFAULTS)
                .run(DedupEvaluation.readDocs(Files.writeString(dir.resolve("docs.jsonl"), docs)));
        Outcome copy = outcomes.stream().filter(o -> o.id().equals("copy")).findFirst().orElseThrow();
        assertEquals("orig", copy.duplicateOf());
        assertEquals("orig", copy.storyId());
        assertEquals("near", copy.method());
        assertNull(outcomes.stream().filter(o -> o.id().equals("other")).findFirst().orElseThrow().duplicateOf());

        List<LabelledPair> pairs = DedupEvaluation.readPairs(new BufferedReader(new StringReader(
                "id_a\tid_b\tlabel\norig\tcopy\t1\norig\tother\t1\ncopy\tother\t0\n")));
        Score score = DedupEvaluation.score(outcomes, pairs);
        assertEquals("precision=1.0000 recall=0.5000 f1=0.6667 pairs=3", score.line());
    }

    @Test
    void badInputIsRejectedWithTheLineAndTheProblem() throws Exception {
        Path docs = Files.writeString(dir.resolve("docs.jsonl"), "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\"}\n");
        var e = assertThrows(JsonLines.InvalidLineException.class, () -> DedupEvaluation.readDocs(docs));
        assertEquals(docs + " line 2: needs \"id\" and \"text\"", e.getMessage());
        var p = assertThrows(IllegalArgumentException.class, () -> DedupEvaluation.readPairs(
                new BufferedReader(new StringReader("id_a\tid_b\tlabel\na\tb\tyes\n"))));
        assertTrue(p.getMessage().contains("line 2"), p.getMessage());
        var u = assertThrows(IllegalArgumentException.class, () -> DedupEvaluation.score(List.of(),
                List.of(new LabelledPair("a", "b", true))));
        assertTrue(u.getMessage().contains("not in the docs"), u.getMessage());
    }
}
