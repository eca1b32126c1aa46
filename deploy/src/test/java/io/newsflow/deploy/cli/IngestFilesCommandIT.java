package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.events.Topics;
import io.newsflow.localstack.LocalKafka;
import io.newsflow.testkit.LocalKafkaExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow ingest-files} on a real broker, as a script that pipes its output sees it. */
class IngestFilesCommandIT {

    @RegisterExtension
    static final LocalKafkaExtension KAFKA = LocalKafkaExtension.shared();

    @Test
    void offATerminalProgressIsPlainLinesOnStandardErrorAndStandardOutputHoldsTheSummary(LocalKafka kafka,
            @TempDir Path dir) throws Exception {
        kafka.createTopic(Topics.PAGES_CLEAN, 1);
        String run = UUID.randomUUID().toString();
        for (int i = 0; i < 5; i++) {
            Files.writeString(dir.resolve("story-" + i + ".html"), "<html><head><title>Story " + i + "</title></head>"
                    + "<body><article><p>The harbour board met on Monday to discuss the ferry timetable for the winter"
                    + " months, and agreed to publish it soon (" + run + " " + i + ").</p></article></body></html>");
        }
        Files.writeString(dir.resolve("short.html"), "<p>Too short.</p>");

        CliRun result = CliRun.of("ingest-files", "--bootstrap-servers", kafka.bootstrapServers(), dir.toString());

        assertEquals(1, result.exit(), result.toString());
        assertEquals("files=6 warc_records=0 published=5 rejected=1 failed=0 skipped=0", result.out().strip());
        List<String> progress = result.err().lines().filter(l -> l.startsWith("newsflow ingest-files: [")).toList();
        assertFalse(progress.isEmpty(), result.err());
        assertFalse(result.err().contains("\r"), "no redrawn bar off a terminal: " + result.err());
        String last = progress.get(progress.size() - 1);
        assertTrue(last.matches("newsflow ingest-files: \\[=+] 100% files 6/6 · [0-9.]+ of [0-9.]+ kB · published 5"
                + " · rejected 1 · failed 0 · [0-9.]+ pages/s · done in \\d+:\\d\\d"), last);
        assertTrue(result.err().contains("short.html: rejected (NO_CONTENT): no body text"), result.err());
    }
}
