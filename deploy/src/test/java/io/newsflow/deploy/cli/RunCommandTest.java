package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow run} refusing to start, before any server is launched. */
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

    private CliRun run(String... args) {
        String[] command = new String[args.length + 4];
        command[0] = "run";
        command[1] = "--once";
        command[2] = "--data-dir";
        command[3] = dataDir.toString();
        System.arraycopy(args, 0, command, 4, args.length);
        return CliRun.of(command);
    }
}
