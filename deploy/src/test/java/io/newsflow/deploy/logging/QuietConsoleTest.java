package io.newsflow.deploy.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class QuietConsoleTest {

    private static final Logger PRODUCER = LoggerFactory.getLogger(
            "org.apache.kafka.clients.producer.internals.Sender");
    private static final Logger STREAMS = LoggerFactory.getLogger("org.apache.kafka.streams.StreamsConfig");
    private static final Logger OPENSEARCH = LoggerFactory.getLogger("org.opensearch.client.RestClient");
    private static final Logger NEWSFLOW = LoggerFactory.getLogger("io.newsflow.enrich.app.EnrichService");

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream processErr = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureTheProcessConsole() {
        // the console appender writes to whatever System.err is at the time of each line
        originalErr = System.err;
        System.setErr(new PrintStream(processErr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreTheProcessConsole() {
        System.setErr(originalErr);
    }

    @Test
    void libraryWarningsGoToTheFileAndAreSummarisedOnTheConsoleInOneLinePerSource() throws Exception {
        StringWriter console = new StringWriter();

        try (QuietConsole quiet = QuietConsole.open(dataDir, new PrintWriter(console), Duration.ofHours(1))) {
            for (int i = 0; i < 3; i++) {
                PRODUCER.warn("Got error produce response with correlation id {}: CONCURRENT_TRANSACTIONS", i);
            }
            STREAMS.warn("Unrecognized config: upgrade.from");
            OPENSEARCH.error("request [POST /_bulk] failed: Connection refused");
            NEWSFLOW.info("enrich started");

            assertEquals("", console.toString(), "nothing on the console before a summary is due");
            quiet.summarise();
            String file = quiet.logFile();
            List<String> lines = console.toString().lines().toList();
            assertEquals(List.of(
                    "newsflow: 3 warnings from Kafka clients — see " + file,
                    "newsflow: 1 warning from Kafka Streams — see " + file,
                    "newsflow: 1 error from the OpenSearch client — see " + file), lines);
            quiet.summarise();
            assertEquals(3, console.toString().lines().count(), "a source is summarised again only with new lines");
        }

        String logged = Files.readString(dataDir.resolve("newsflow.log"));
        assertTrue(logged.lines().anyMatch(l -> l.matches(".* WARN .*Sender - Got error produce response with"
                + " correlation id 2: CONCURRENT_TRANSACTIONS")), logged);
        assertTrue(logged.contains("Unrecognized config: upgrade.from"), logged);
        assertTrue(logged.contains("request [POST /_bulk] failed: Connection refused"), logged);
        assertTrue(logged.lines().anyMatch(l -> l.matches(".* INFO .*EnrichService - enrich started")), logged);
        String onTheConsole = processErr.toString(StandardCharsets.UTF_8);
        assertFalse(onTheConsole.contains("CONCURRENT_TRANSACTIONS"), onTheConsole);
        assertFalse(onTheConsole.contains("enrich started"), onTheConsole);
    }

    @Test
    void closingPrintsWhatWasNotSummarisedAndGivesTheConsoleBackToLogging() throws Exception {
        StringWriter console = new StringWriter();
        QuietConsole quiet = QuietConsole.open(dataDir, new PrintWriter(console), Duration.ofHours(1));
        PRODUCER.warn("Disconnecting from node 1 due to request timeout");
        PRODUCER.error("Uncaught error in kafka producer I/O thread");

        quiet.close();

        assertEquals("newsflow: 1 error and 1 warning from Kafka clients — see " + quiet.logFile() + "\n",
                console.toString());
        PRODUCER.warn("after the command: on the console again");
        assertTrue(processErr.toString(StandardCharsets.UTF_8).contains("after the command: on the console again"));
        assertFalse(Files.readString(dataDir.resolve("newsflow.log")).contains("after the command"));
    }

    @Test
    void summariesComeByThemselvesWhileTheCommandRuns() throws Exception {
        StringWriter console = new StringWriter();
        try (QuietConsole quiet = QuietConsole.open(dataDir, new PrintWriter(console), Duration.ofMillis(100))) {
            PRODUCER.warn("Connection to node -1 could not be established");
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> console.toString().contains("1 warning from Kafka clients"));
        }
    }

    @Test
    void warningsEveryHealthyStartLogsStayInTheFileOnly() throws Exception {
        Logger network = LoggerFactory.getLogger("org.apache.kafka.clients.NetworkClient");
        StringWriter console = new StringWriter();

        try (QuietConsole quiet = QuietConsole.open(dataDir, new PrintWriter(console), Duration.ofHours(1))) {
            STREAMS.warn("Processing exception handler is not enabled for the GlobalThread. It's recommended to set it");
            network.warn("[Consumer clientId=enrich] The metadata response from the cluster reported a recoverable"
                    + " issue with correlation id 2 : {enrich-probes-repartition=UNKNOWN_TOPIC_OR_PARTITION}");
            // the same kind of line about a topic that is not being created is trouble
            network.warn("[Producer clientId=ingest] The metadata response from the cluster reported a recoverable"
                    + " issue with correlation id 7 : {pages.clean=TOPIC_AUTHORIZATION_FAILED}");
            quiet.summarise();
        }

        assertEquals("newsflow: 1 warning from Kafka clients — see " + dataDir.resolve("newsflow.log") + "\n",
                console.toString());
        String logged = Files.readString(dataDir.resolve("newsflow.log"));
        assertTrue(logged.contains("Processing exception handler is not enabled"), logged);
        assertTrue(logged.contains("UNKNOWN_TOPIC_OR_PARTITION"), logged);
    }

    @Test
    void aLoggerIsNamedByTheLibraryItBelongsTo() {
        assertEquals("Jetty", QuietConsole.source("org.eclipse.jetty.server.HttpChannel"));
        assertEquals("crawler-commons", QuietConsole.source("crawlercommons.domains.EffectiveTldFinder"));
        assertEquals("newsflow", QuietConsole.source("io.newsflow.ingest.IngestService"));
        assertEquals("com.example", QuietConsole.source("com.example.some.Thing"));
        assertEquals("Kafka clients", QuietConsole.source("org.apache.kafka"));
        assertEquals("org.apache", QuietConsole.source("org.apache.kafkaesque.Thing"));
    }
}
