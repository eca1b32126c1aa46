package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code bench pipeline} refuses before starting anything, and how it reads latencies. */
class BenchPipelineCommandTest {

    @Test
    void aRunningStackNeedsBothAddressesAndOnePhase() {
        CliRun halfStack = CliRun.of("bench", "pipeline", "--pages", ".", "--ingest-url", "http://127.0.0.1:1");
        assertEquals(2, halfStack.exit());
        assertTrue(halfStack.err().contains("--ingest-url and --opensearch-url go together"), halfStack.err());

        CliRun bothPhases = CliRun.of("bench", "pipeline", "--pages", ".", "--ingest-url", "http://127.0.0.1:1",
                "--opensearch-url", "http://127.0.0.1:1");
        assertEquals(2, bothPhases.exit());
        assertTrue(bothPhases.err().contains("choose --only burst or --only paced"), bothPhases.err());
    }

    @Test
    void percentilesAreNearestRankOfEveryDocumentsIngestToIndexedTime() {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        List<BenchPipelineCommand.Indexed> docs = new ArrayList<>();
        for (int i = 100; i >= 1; i--) { // i × 100 ms, out of order
            docs.add(new BenchPipelineCommand.Indexed(t0.plusSeconds(i), t0.plusSeconds(i).plusMillis(i * 100L)));
        }

        BenchPipelineCommand.Latencies latencies = BenchPipelineCommand.Latencies.of(docs);

        assertEquals("5.00", latencies.seconds(50));
        assertEquals("9.90", latencies.seconds(99));
        assertEquals("10.00", latencies.seconds(100));
        assertEquals("NaN", BenchPipelineCommand.Latencies.of(List.of()).seconds(99));
    }
}
