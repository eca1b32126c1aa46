package io.newsflow.ingest;

import static io.newsflow.ingest.IngestFixture.articleHtml;
import static io.newsflow.ingest.IngestFixture.json;
import static io.newsflow.ingest.IngestFixture.newUrl;
import static io.newsflow.ingest.IngestFixture.pageJson;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.events.Topics;
import io.newsflow.localstack.LocalKafka;
import io.newsflow.testkit.LocalKafkaExtension;
import io.newsflow.testkit.PageAccounting;
import io.newsflow.testkit.TopicReader;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a client can do to the API's resources: a body far over the limits, connections that trickle their headers,
 * an upload slower than the ack timeout. One service with small limits and short timeouts.
 */
@ExtendWith(LocalKafkaExtension.class)
class IngestHttpLimitsIT {

    private static final String TOKEN = "limits-token-93ad";
    private static final int THREADS = 4;
    private static final int MAX_BATCH_BYTES = 1 << 20;
    private static final int MAX_BATCH_PAGES = 1_000;
    private static final Duration ACK_TIMEOUT = Duration.ofMillis(1_000);
    private static final Duration READ_TIMEOUT = Duration.ofMillis(8_000);
    /** How long a raw client waits for an answer before the test fails: far beyond every server-side limit. */
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(60);

    private static IngestService service;
    private static String bootstrap;

    @BeforeAll
    static void startService(LocalKafka kafka) {
        IngestFixture.createTopics(kafka);
        bootstrap = kafka.bootstrapServers();
        service = IngestService.start(IngestFixture.config(bootstrap, Map.of(
                "INGEST_API_TOKEN", TOKEN,
                "INGEST_CONSUME_RAW", "false",
                "INGEST_HTTP_THREADS", Integer.toString(THREADS),
                "INGEST_MAX_BATCH_BYTES", Integer.toString(MAX_BATCH_BYTES),
                "INGEST_MAX_BATCH_PAGES", Integer.toString(MAX_BATCH_PAGES),
                "INGEST_ACK_TIMEOUT_MS", Long.toString(ACK_TIMEOUT.toMillis()),
                "INGEST_HTTP_READ_TIMEOUT_MS", Long.toString(READ_TIMEOUT.toMillis()))));
    }

    @AfterAll
    static void stopService() {
        if (service != null) {
            service.close();
        }
    }

    private static RawHttp startChunkedBatch() throws IOException {
        RawHttp client = new RawHttp(service.httpPort(), CLIENT_TIMEOUT);
        client.send("POST /v1/pages/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                + "\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n");
        return client;
    }

    /**
     * Sends {@code chunk} until {@code bytes} were sent or the server stopped reading and closed the connection; the
     * body is never ended.
     */
    private static void sendWithoutEnd(RawHttp client, byte[] chunk, long bytes) {
        try {
            while (client.sent() < bytes) {
                client.sendChunk(chunk);
            }
        } catch (IOException e) {
            // the server answered and closed the connection: what was sent is enough
        }
    }

    /**
     * A batch whose body never ends: the client sends valid page lines past the byte limit, then stops without
     * ending the body and waits. A server that reads the whole body before checking it never answers; this one must
     * answer 413 naming the limit from what it has read.
     */
    @Test
    void aBatchOverTheByteLimitIs413BeforeItsBodyEnds() throws IOException {
        String line = pageJson(newUrl(), articleHtml("Huge batch", "y".repeat(8_000))) + "\n";
        byte[] lines = line.repeat(4).getBytes(StandardCharsets.UTF_8);
        try (RawHttp client = startChunkedBatch()) {
            sendWithoutEnd(client, lines, MAX_BATCH_BYTES + 64 * 1024);

            RawHttp.Answer answer = client.read();

            assertEquals(413, answer.status(), answer.body());
            JsonNode body = json(answer.body());
            assertEquals("payload_too_large", body.path("error").asText(), answer.body());
            assertTrue(body.path("message").asText().contains("INGEST_MAX_BATCH_BYTES"), answer.body());
            assertTrue(body.path("message").asText().contains(Integer.toString(MAX_BATCH_BYTES)), answer.body());
        }
    }

    /** A body that stops arriving is answered 408 after the read timeout, and counted as a rejection. */
    @Test
    void aBodyThatStopsArrivingIs408AfterTheReadTimeoutAndCountedAsTimeout() throws IOException {
        String page = pageJson(newUrl(), articleHtml("Stalled", "stalled"));
        try (RawHttp client = new RawHttp(service.httpPort(), CLIENT_TIMEOUT)) {
            client.send("POST /v1/pages HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + (page.length() + 100) + "\r\n\r\n"
                    + page.substring(0, 100));

            RawHttp.Answer answer = client.read();

            assertEquals(408, answer.status(), answer.body());
            assertEquals("request_timeout", json(answer.body()).path("error").asText(), answer.body());
            assertTrue(json(answer.body()).path("message").asText().contains("INGEST_HTTP_READ_TIMEOUT_MS"),
                    answer.body());
        }
        String metrics = IngestFixture.get(service.httpPort(), "/metrics").body();
        assertTrue(metrics.contains("ingest_pages_rejected_total{reason=\"timeout\",source=\"http\"} 1.0"), metrics);
    }

    /**
     * The reported heap exhaustion: {@code "x\n"} lines. The page count is checked as lines are read, so the answer
     * is 413 naming the page limit while the body is still open, and no line is kept beyond the limit.
     */
    @Test
    void aBatchOfTinyLinesIsCutAtThePageLimitWhileItIsRead() throws IOException {
        byte[] tinyLines = "x\n".repeat(1024).getBytes(StandardCharsets.UTF_8);
        try (RawHttp client = startChunkedBatch()) {
            // 64 KiB: 32,768 lines, far under the byte limit and far over the page limit
            sendWithoutEnd(client, tinyLines, 64 * 1024);

            RawHttp.Answer answer = client.read();

            assertEquals(413, answer.status(), answer.body());
            JsonNode body = json(answer.body());
            assertEquals("too_many_pages", body.path("error").asText(), answer.body());
            assertTrue(body.path("message").asText().contains("INGEST_MAX_BATCH_PAGES"), answer.body());
        }
    }

    /**
     * Slowloris: more connections than API workers trickle request headers at one byte a second. Health, metrics
     * and a normal page are still answered meanwhile, and the server closes every trickling connection once the
     * read timeout has passed, although the clients are still sending.
     */
    @Test
    void connectionsTricklingHeadersDoNotStopTheApiAndAreClosedAfterTheReadTimeout() throws Exception {
        int slowClients = THREADS * 3;
        String headers = "POST /v1/pages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "X-Padding: " + "p".repeat(200) + "\r\n\r\n";
        List<RawHttp> clients = new ArrayList<>();
        ExecutorService trickle = Executors.newFixedThreadPool(slowClients);
        try {
            List<Future<Boolean>> closed = new ArrayList<>();
            for (int i = 0; i < slowClients; i++) {
                RawHttp client = new RawHttp(service.httpPort(), CLIENT_TIMEOUT);
                clients.add(client);
                closed.add(trickle.submit(() -> trickleUntilClosed(client, headers)));
            }
            // every slow client has begun its headers: each holds a connection
            await().atMost(Duration.ofSeconds(10)).until(() -> clients.stream().allMatch(c -> c.sent() > 2));

            HttpResponse<String> ready = IngestFixture.get(service.httpPort(), "/health/ready");
            assertEquals(200, ready.statusCode(), ready.body());
            assertEquals(200, IngestFixture.get(service.httpPort(), "/health/live").statusCode());
            String url = newUrl();
            HttpResponse<String> page = IngestFixture.post(service.httpPort(), "/v1/pages", "application/json",
                    pageJson(url, articleHtml("During slow clients", url)), "Authorization", "Bearer " + TOKEN);
            assertEquals(202, page.statusCode(), page.body());

            for (Future<Boolean> each : closed) {
                assertTrue(each.get(60, TimeUnit.SECONDS), "the server closed a trickling connection before its headers ended");
            }
            String metrics = IngestFixture.get(service.httpPort(), "/metrics").body();
            assertTrue(metrics.lines().anyMatch(l -> l.startsWith("ingest_http_connections_timed_out_total")
                    && Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)) >= slowClients), metrics);
        } finally {
            trickle.shutdownNow();
            for (RawHttp client : clients) {
                client.close();
            }
        }
    }

    /** Sends one header byte a second; true once the server closed the connection, false if all were sent. */
    private static boolean trickleUntilClosed(RawHttp client, String headers) throws InterruptedException {
        byte[] bytes = headers.getBytes(StandardCharsets.US_ASCII);
        for (byte b : bytes) {
            try {
                client.send(new byte[] {b});
            } catch (IOException e) {
                return true;
            }
            Thread.sleep(1_000);
        }
        return false;
    }

    /**
     * An upload that takes three times the ack timeout (but less than the read timeout) is answered 202: the ack
     * deadline starts once the body is read, and the page is on pages.clean.
     */
    @Test
    void anUploadSlowerThanTheAckTimeoutIsAcceptedOnceKafkaHasIt() throws IOException, InterruptedException {
        String url = newUrl();
        byte[] body = pageJson(url, articleHtml("Slow upload", url)).getBytes(StandardCharsets.UTF_8);
        PageAccounting accounting = new PageAccounting();
        RawHttp.Answer answer;
        try (RawHttp client = new RawHttp(service.httpPort(), CLIENT_TIMEOUT)) {
            client.send("POST /v1/pages HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n");
            int parts = 4;
            int size = (body.length + parts - 1) / parts;
            for (int i = 0; i < body.length; i += size) {
                Thread.sleep(ACK_TIMEOUT.toMillis());
                client.send(Arrays.copyOfRange(body, i, Math.min(body.length, i + size)));
            }
            answer = client.read();
        }

        assertEquals(202, answer.status(), answer.body());
        String id = json(answer.body()).path("id").asText();
        accounting.accepted(id, new String(body, StandardCharsets.UTF_8));
        List<ConsumerRecord<String, String>> published = TopicReader.readMatching(bootstrap, Topics.PAGES_CLEAN,
                r -> id.equals(r.key()), 1);
        assertEquals(url, json(published.get(0).value()).path("url").asText());
        Set<String> onPagesClean = published.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
        accounting.settle(onPagesClean, null, List.of(), List.of()).assertBalanced();
    }
}
