package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.deploy.run.DataDirLock;
import io.newsflow.deploy.run.LocalPipeline;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow run} refusing to start, before any server is launched; how far its catch-up bar says it is. A second
 * run on a running one's data directory is {@code RunCommandIT}'s, in two JVMs.
 */
class RunCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void aTakenPortStopsTheRunWithAMessageNamingThePortAndTheOptionToChangeIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            CliRun result = run("--ingest-port", String.valueOf(port), "--kafka-port", "0", "--opensearch-port", "0");

            assertEquals(1, result.exit(), result.toString());
            assertEquals("newsflow run: port " + port + " for the ingest API is taken: stop what uses it, or choose"
                    + " another with --ingest-port", result.err().strip());
            assertEquals("", result.out());
        }
    }

    @Test
    void aPathThatDoesNotExistIsNamedAndNothingStarts() {
        Path missing = dataDir.resolve("no-such-pages");

        CliRun result = run("--ingest-port", "0", "--kafka-port", "0", "--opensearch-port", "0", missing.toString());

        assertEquals(2, result.exit(), result.toString());
        assertEquals("newsflow run: " + missing + " does not exist", result.err().strip());
        assertEquals("", result.out());
    }

    /**
     * A second run on a data directory in use started a broker on the first one's Kafka log, deleted its metadata
     * snapshot and brought the first one's broker down; with {@code --fresh} it would have deleted the directory.
     */
    @Test
    void aDataDirectoryInUseStopsTheRunAtOnceNamingTheOtherRunAndNothingInItIsTouched() throws Exception {
        Files.writeString(dataDir.resolve("first-runs-state"), "kept");
        try (DataDirLock first = DataDirLock.acquire(dataDir)) {

            CliRun result = run("--fresh", "--ingest-port", "0", "--kafka-port", "0", "--opensearch-port", "0");

            assertEquals(1, result.exit(), result.toString());
            assertEquals("newsflow run: the data directory " + dataDir.toAbsolutePath() + " is in use by another"
                    + " newsflow run (pid " + ProcessHandle.current().pid() + "): stop it, or choose another with"
                    + " --data-dir", result.err().strip());
            assertEquals("", result.out());
            assertEquals(Set.of("first-runs-state", "run.lock"), names(dataDir));
            assertEquals("kept", Files.readString(dataDir.resolve("first-runs-state")));
        }
    }

    private static Set<String> names(Path dir) throws Exception {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private CliRun run(String... args) {
        String[] command = new String[args.length + 4];
        command[0] = "run";
        command[1] = "--once";
        command[2] = "--data-dir";
        command[3] = dataDir.toString();
        System.arraycopy(args, 0, command, 4, args.length);
        return CliRun.of(command);
    }

    /**
     * A new user's report: every page settled but only 4 of 35 new stories indexed, and the bar said 100 % "done";
     * it is done when the indexer is done with every article event as well.
     */
    @Test
    void theCatchUpBarIsFullOnlyOnceTheIndexIsDoneWithEveryArticleEventToo() {
        LocalPipeline.Progress indexing = new LocalPipeline.Progress(40, 35, 0, 3, 2, 0, 3, 4, 4, 0);
        LocalPipeline.Progress indexed = new LocalPipeline.Progress(40, 35, 0, 3, 2, 0, 3, 37, 38, 0);

        assertEquals(78, RunCommand.work(indexing));
        assertEquals(44, RunCommand.done(indexing));
        assertEquals(RunCommand.work(indexed), RunCommand.done(indexed));
    }
}
