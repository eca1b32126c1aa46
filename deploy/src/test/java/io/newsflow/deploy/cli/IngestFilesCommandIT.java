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

    /**
     * A new user's report: for a missing path, a binary file and a page, the bar said {@code files 2/2} and the
     * summary {@code files=1 ... skipped=1}. Both count the files read, as the summary always did; the binary file
     * is skipped before the bar starts, its bytes left out of the bar's total too.
     */
    @Test
    void theBarCountsTheFilesReadAsTheSummaryDoesWithoutTheSkippedOnes(LocalKafka kafka, @TempDir Path dir)
            throws Exception {
        kafka.createTopic(Topics.PAGES_CLEAN, 1);
        Path page = Files.writeString(dir.resolve("page.html"), "<html><head><title>Ferry timetable</title></head>"
                + "<body><article><p>The harbour board met on Monday to discuss the ferry timetable for the winter"
                + " months, and agreed to publish it soon (" + UUID.randomUUID() + ").</p></article></body></html>");
        Path garbage = Files.write(dir.resolve("garbage.bin"), new byte[200_000]);
        Path missing = dir.resolve("nonexistent");

        CliRun result = CliRun.of("ingest-files", "--bootstrap-servers", kafka.bootstrapServers(), missing.toString(),
                garbage.toString(), page.toString());

        assertEquals(1, result.exit(), result.toString());
        assertEquals("files=1 warc_records=0 published=1 rejected=1 failed=0 skipped=1", result.out().strip());
        List<String> progress = result.err().lines().filter(l -> l.startsWith("newsflow ingest-files: [")).toList();
        assertFalse(progress.isEmpty(), result.err());
        String last = progress.get(progress.size() - 1);
        String bytes = ProgressBar.bytes(Files.size(page), Files.size(page));
        assertTrue(last.matches("newsflow ingest-files: \\[=+] 100% files 1/1 · \\Q" + bytes + "\\E · published 1"
                + " · rejected 1 · failed 0 · [0-9.]+ pages/s · done in \\d+:\\d\\d"), last);
        assertTrue(result.err().contains(missing + ": no such file or directory"), result.err());
    }
}
