package io.newsflow.localstack;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C in a terminal signals the whole foreground process group. A program owning a {@link LocalKafka} must get to
 * close its clients while the broker still runs: the broker is neither in its process group nor stopped by a
 * shutdown hook of its own when the owner took that over ({@link LocalKafka#stopOnlyOnClose()}).
 */
class StopOnExitIT {

    @TempDir
    Path dir;

    @Test
    void ctrlCToTheWholeProcessGroupLeavesTheBrokerRunningUntilItsOwnerClosesIt() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setsid")), "needs setsid (util-linux)");
        // a process started in the background without job control ignores SIGINT, and so does every process it
        // starts: no Ctrl-C reaches it, and a JVM that ignores SIGINT from its start does not shut down on one
        assumeTrue(!ignoresSigint(), "SIGINT is ignored in this process tree (it was started in the background"
                + " without job control), so Ctrl-C cannot be simulated here");
        Path output = dir.resolve("harness.out");
        Path data = Files.createDirectory(dir.resolve("kafka"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        // the harness leads a process group of its own, as a command started from a shell does
        Process harness = new ProcessBuilder("/usr/bin/setsid",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StopOnExitHarness.class.getName(), data.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                    .until(() -> !harness.isAlive() || Files.readString(output).contains("ready\n"));
            assertTrue(harness.isAlive(), Files.readString(output));
            List<ProcessHandle> brokers = harness.descendants().toList();
            assertTrue(!brokers.isEmpty(), "the broker runs as a child process");

            // what the terminal does on Ctrl-C: SIGINT to every process of the foreground group
            Process kill = new ProcessBuilder("kill", "-INT", "--", "-" + harness.pid()).inheritIO().start();
            assertEquals(0, kill.waitFor());

            assertTrue(harness.waitFor(3, TimeUnit.MINUTES), Files.readString(output));
            String printed = Files.readString(output);
            assertTrue(printed.contains("broker answered while the owner closed its clients: true\nclosed\n"),
                    printed);
            brokers.forEach(b -> assertTrue(b.onExit().orTimeout(1, TimeUnit.MINUTES).join() != null));
            assertTrue(brokers.stream().noneMatch(ProcessHandle::isAlive), "no broker outlives its owner");
        } finally {
            harness.descendants().forEach(ProcessHandle::destroyForcibly);
            harness.destroyForcibly();
        }
    }

    /** Whether this process ignores SIGINT, by the ignored-signals mask Linux shows in {@code /proc/self/status}. */
    private static boolean ignoresSigint() throws java.io.IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16) & (1L << 1)) != 0;
            }
        }
        return false;
    }
}
