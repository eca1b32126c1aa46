package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tools with no Kafka or OpenSearch where they look (or something else there): one line saying so and what to
 * set, exit code 1.
 */
class UnreachableServersTest {

    /** A loopback port nothing listens on. */
    private static int closedPort;
    private static String kafka;

    @TempDir
    Path dir;

    @BeforeAll
    static void findAPortNothingListensOn() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        kafka = "127.0.0.1:" + closedPort;
    }

    @Test
    void ingestFiles() throws IOException {
        Path page = Files.writeString(dir.resolve("page.html"), "<html><body><p>A page.</p></body></html>");

        CliRun run = CliRun.of("ingest-files", "--bootstrap-servers", kafka, page.toString());

        assertOneLine(run, "newsflow ingest-files: cannot reach Kafka at " + kafka
                + " (is it running? set KAFKA_BOOTSTRAP_SERVERS or --bootstrap-servers)");
    }

    @Test
    void watch() {
        CliRun run = CliRun.of("watch", "--bootstrap-servers", kafka);

        assertOneLine(run, "newsflow watch: cannot reach Kafka at " + kafka
                + " (is it running? set KAFKA_BOOTSTRAP_SERVERS or --bootstrap-servers)");
    }

    @Test
    void dlqList() {
        CliRun run = CliRun.of("dlq", "list", "ingest.dlq", "--bootstrap-servers", kafka);

        assertOneLine(run, "newsflow dlq list: cannot reach Kafka at " + kafka
                + " (is it running? set KAFKA_BOOTSTRAP_SERVERS or --bootstrap-servers)");
    }

    @Test
    void dlqReplay() {
        CliRun run = CliRun.of("dlq", "replay", "ingest.dlq", "--bootstrap-servers", kafka);

        assertOneLine(run, "newsflow dlq replay: cannot reach Kafka at " + kafka
                + " (is it running? set KAFKA_BOOTSTRAP_SERVERS or --bootstrap-servers)");
    }

    @Test
    void search() {
        CliRun run = CliRun.of("search", "--opensearch-url", "http://127.0.0.1:" + closedPort, "port", "strike");

        assertOneLine(run, "newsflow search: cannot reach OpenSearch at http://127.0.0.1:" + closedPort
                + " (is it running? set OPENSEARCH_URL or --opensearch-url)");
    }

    @Test
    void searchOfAServerThatIsNotOpenSearch() throws IOException {
        HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        // as another service answers a path it does not know: JSON of its own, or plain text
        other.createContext("/json/", exchange -> answer(exchange, "application/json", "{\"error\":\"not_found\"}"));
        other.createContext("/text/", exchange -> answer(exchange, "text/plain", "not found"));
        other.start();
        try {
            String url = "http://127.0.0.1:" + other.getAddress().getPort();
            CliRun json = CliRun.of("search", "--opensearch-url", url, "--alias", "json", "port", "strike");
            CliRun text = CliRun.of("search", "--opensearch-url", url, "--alias", "text", "port", "strike");

            for (CliRun run : List.of(json, text)) {
                assertEquals(1, run.exit(), run.toString());
                assertEquals(1, run.err().lines().count(), run.toString());
                assertTrue(run.err().startsWith("newsflow search: " + url + " ") && run.err().contains(
                        "is it OpenSearch?"), run.toString());
            }
        } finally {
            other.stop(0);
        }
    }

    private static void answer(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(404, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** Exit code 1, nothing on stdout, and on stderr that line alone: no stack trace, no retries, no summary. */
    private static void assertOneLine(CliRun run, String line) {
        assertEquals(1, run.exit(), run.toString());
        assertEquals(line + "\n", run.err(), run.toString());
        assertEquals("", run.out(), run.toString());
    }
}
