package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.events.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchEnrichCommandTest {

    private static final String STRIKE = "Dockers at the port of Calder walked out on Monday over a pay offer that the "
            + "union called an insult, and ferries to the islands were cancelled. The port authority said talks would "
            + "resume on Thursday, while hauliers warned that lorries were already queuing on the coast road.";
    private static final String COUNCIL = "The city council voted on Tuesday to build a flood barrier across the "
            + "river mouth, after two winters in which the lower town was under water. Work is to start in spring "
            + "and to take three years, paid for by a national grant and a rise in the harbour levy.";

    @TempDir
    Path dir;

    @Test
    void printsEachStageInRecordsPerSecondAndPerCpuSecondAndFindsTheCopy() throws Exception {
        Path docs = dir.resolve("docs.jsonl");
        Files.writeString(docs, String.join("\n",
                line("strike", "https://calder-news.example/strike", STRIKE),
                line("council", "https://calder-news.example/barrier", COUNCIL),
                line("strike-copy", "https://coast-times.example/dockers", STRIKE)) + "\n");

        CliRun run = CliRun.of("bench", "enrich", "--docs", docs.toString(), "--rounds", "1");

        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("documents=3 words="), run.out());
        String rate = "\\d+\\.\\d records/s, \\d+\\.\\d per CPU-second";
        assertTrue(lines.get(1).matches("enrich: " + rate + " .*"), run.out());
        assertTrue(lines.get(2).matches("entities: " + rate + " .*"), run.out());
        // two stories created, the first then updated as syndicated by the copy, which is a duplicate
        String warmUp = "first pass \\d+\\.\\d records/s, \\d+ warm-up pass(es)?";
        assertTrue(lines.get(3).matches("dedup: " + rate + " .*3 article events, 1 duplicates; " + warmUp + "\\)"),
                run.out());
    }

    private static String line(String id, String url, String text) throws Exception {
        return Json.mapper().writeValueAsString(Map.of("id", id, "url", url, "text", text));
    }
}
