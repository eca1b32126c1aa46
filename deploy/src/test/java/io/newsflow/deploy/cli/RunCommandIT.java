package io.newsflow.deploy.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.localstack.FileTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code newsflow run} in a JVM of its own, as a user starts it (a real Kafka broker and OpenSearch node as its child
 * processes, free ports, a fresh data directory), met by a second run on its data directory and then by the death
 * of its broker. One run serves the first two tests: the first must leave it running, the second ends it; a run of
 * its own, ingesting a directory of many pages, meets the death of its broker in the third.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunCommandIT {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommandIT.class);
    /** Kafka, OpenSearch, the three services and the sample pages on a busy 2-core machine. */
    private static final Duration START = Duration.ofMinutes(4);
    /** Noticing the broker's exit, then stopping the services and the node: seconds, not the 35 s it took. */
    private static final Duration STOP = Duration.ofSeconds(20);
    /** Pages of a directory that take a run far longer to ingest than the test needs to stop its broker. */
    private static final int MANY_PAGES = 20_000;

    private static Path dataDir;
    private static Process run;
    private static final StringBuffer OUT = new StringBuffer();
    private static final StringBuffer ERR = new StringBuffer();

    @BeforeAll
    static void startARun() throws Exception {
        dataDir = dataDirectory();
        run = start(dataDir, List.of(), OUT, ERR);
        await().atMost(START).pollInterval(Duration.ofMillis(500))
                .until(() -> OUT.indexOf("Running; Ctrl-C to stop.") >= 0 || !run.isAlive());
        assertTrue(run.isAlive(), "the run ended: " + OUT + ERR);
    }

    @AfterAll
    static void stopTheRun() throws Exception {
        stop(run);
        if (dataDir != null) {
            FileTrees.delete(dataDir);
        }
    }

    /** A fresh data directory: the OpenSearch node may run as an unprivileged user (when this JVM is root). */
    private static Path dataDirectory() throws IOException {
        return Files.createTempDirectory("newsflow-run-it-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    }

    /** {@code newsflow run} on {@code dataDir} and free ports, ingesting {@code inputs} (none: the samples). */
    private static Process start(Path dataDir, List<String> inputs, StringBuffer out, StringBuffer err)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Newsflow.class.getName(), "run",
                "--data-dir", dataDir.toString(), "--ingest-port", "0", "--kafka-port", "0", "--opensearch-port", "0"));
        command.addAll(inputs);
        Process process = new ProcessBuilder(command).start();
        collect(process.getInputStream(), out);
        collect(process.getErrorStream(), err);
        return process;
    }

    private static void stop(Process process) throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** A second run started its own broker on the first one's Kafka log; 20 s later the first one's broker died. */
    @Test
    @Order(1)
    void aSecondRunOnTheDataDirectoryStopsAtOnceNamingTheFirstAndLeavesItRunning() {
        ProcessHandle broker = broker();
        long started = System.nanoTime();

        CliRun second = CliRun.of("run", "--once", "--data-dir", dataDir.toString(), "--ingest-port", "0",
                "--kafka-port", "0", "--opensearch-port", "0");

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(1, second.exit(), second.toString());
        assertEquals("newsflow run: the data directory " + dataDir + " is in use by another newsflow run (pid "
                + run.pid() + "): stop it, or choose another with --data-dir", second.err().strip());
        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "took " + took);
        assertTrue(run.isAlive() && broker.isAlive(), "the first run or its broker ended: " + OUT + ERR);
        assertEquals(broker.pid(), broker().pid());
    }

    /** The run kept saying "Running" after its broker died, with only a count of Kafka clients' warnings. */
    @Test
    @Order(2)
    void aBrokerThatDiesIsNamedWithItsLogAndTheRunStopsWithAnError() throws Exception {
        ProcessHandle broker = broker();
        long killed = System.nanoTime();

        broker.destroyForcibly();

        assertTrue(run.waitFor(STOP.toMillis(), TimeUnit.MILLISECONDS), "still running " + STOP + " after the"
                + " broker died: " + ERR);
        LOG.info("the run stopped {} ms after its broker died", (System.nanoTime() - killed) / 1_000_000);
        assertEquals(1, run.exitValue(), OUT + "\n" + ERR);
        assertTrue(ERR.indexOf("newsflow run: Kafka broker 0 exited with code 137 (log: "
                + dataDir.resolve("kafka/broker-0/broker.log") + "); the pipeline cannot work without it: stopping\n")
                >= 0, ERR.toString());
        assertTrue(OUT.indexOf("newsflow: stopped") >= 0, OUT.toString());
    }

    /**
     * The run went on publishing a page every few seconds (each waiting out its delivery timeout) when its broker
     * died while it ingested a directory: hours for thousands of pages.
     */
    @Test
    @Order(3)
    void aBrokerThatDiesWhileFilesAreIngestedStopsTheRunAtOnce(@TempDir Path pages) throws Exception {
        for (int i = 0; i < MANY_PAGES; i++) {
            Files.writeString(pages.resolve(String.format(Locale.ROOT, "page-%05d.html", i)), "<html><head><title>"
                    + "Harbour report " + i + "</title></head><body><article><h1>Harbour report " + i + "</h1><p>"
                    + ("The harbour council met on Monday to discuss report " + i + ". ").repeat(20)
                    + "</p></article></body></html>");
        }
        Path ingestingDir = dataDirectory();
        StringBuffer out = new StringBuffer();
        StringBuffer err = new StringBuffer();
        Process ingesting = start(ingestingDir, List.of(pages.toString()), out, err);
        try {
            await().atMost(START).pollInterval(Duration.ofMillis(200))
                    .until(() -> out.indexOf("published") >= 0 || !ingesting.isAlive());
            assertTrue(ingesting.isAlive() && out.indexOf("newsflow: ingest: ") < 0,
                    "the run ended or finished ingesting before its broker was stopped: " + out + err);
            long killed = System.nanoTime();

            broker(ingesting).destroyForcibly();

            assertTrue(ingesting.waitFor(STOP.toMillis(), TimeUnit.MILLISECONDS), "still running " + STOP
                    + " after the broker died: " + out + "\n" + err);
            LOG.info("the ingesting run stopped {} ms after its broker died", (System.nanoTime() - killed) / 1_000_000);
            assertEquals(1, ingesting.exitValue(), out + "\n" + err);
            assertTrue(err.indexOf("newsflow run: Kafka broker 0 exited with code 137") >= 0, err.toString());
            assertTrue(out.indexOf("newsflow: ingest: ") < 0, "the ingest went on: " + out);
            assertTrue(out.indexOf("newsflow: stopped") >= 0, out.toString());
        } finally {
            stop(ingesting);
            FileTrees.delete(ingestingDir);
        }
    }

    private static ProcessHandle broker() {
        return broker(run);
    }

    private static ProcessHandle broker(Process run) {
        return run.descendants()
                .filter(p -> commandLine(p).contains("kafka.Kafka"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Kafka broker among the run's processes"));
    }

    /** Read from {@code /proc}: {@link ProcessHandle.Info} leaves out the arguments of a command line this long. */
    private static String commandLine(ProcessHandle process) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
        } catch (IOException e) {
            return "";
        }
    }

    private static void collect(InputStream stream, StringBuffer into) {
        Thread collector = new Thread(() -> {
            char[] buffer = new char[8192];
            try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                for (int n; (n = reader.read(buffer)) >= 0; ) {
                    into.append(buffer, 0, n);
                }
            } catch (IOException e) {
                // the run ended
            }
        }, "run-output");
        collector.setDaemon(true);
        collector.start();
    }
}
