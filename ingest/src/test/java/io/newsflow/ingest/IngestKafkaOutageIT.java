package io.newsflow.ingest;

import static io.newsflow.ingest.IngestFixture.articleHtml;
import static io.newsflow.ingest.IngestFixture.json;
import static io.newsflow.ingest.IngestFixture.newUrl;
import static io.newsflow.ingest.IngestFixture.pageJson;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.testkit.PageAccounting;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.newsflow.localstack.LocalKafka;
import io.newsflow.testkit.LocalKafkaExtension;
import io.newsflow.testkit.TopicReader;
import io.newsflow.events.Topics;
import io.newsflow.ingest.IngestService;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Stops the broker under a running service: this class has a broker of its own. */
class IngestKafkaOutageIT {


    @RegisterExtension
    static final LocalKafkaExtension KAFKA = LocalKafkaExtension.ownCluster(LocalKafka.Options.defaults());

    @Test
    void whileKafkaIsDownPagesAre503AndOnceItIsBackTheyAreAcceptedAgain() {
        LocalKafka kafka = KAFKA.kafka();
        IngestFixture.createTopics(kafka);
        try (IngestService service = IngestService.start(IngestFixture.config(kafka.bootstrapServers(),
                Map.of("INGEST_ACK_TIMEOUT_MS", "3000", "INGEST_CONSUME_RAW", "false")))) {
            int port = service.httpPort();
            assertEquals(202, post(port, newUrl()).statusCode(), "accepted while Kafka is up");

            kafka.stopBroker(0);
            // the answer must come within the ack timeout, well inside the client's HTTP timeout
            HttpResponse<String> down = post(port, newUrl());
            assertEquals(503, down.statusCode(), down.body());
            assertEquals("kafka_unavailable", json(down.body()).path("error").asText());
            assertEquals("5", down.headers().firstValue("Retry-After").orElse(""));
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> IngestFixture.get(port, "/health/ready").statusCode() == 503);
            HttpResponse<String> batch = IngestFixture.post(port, "/v1/pages/batch", "application/x-ndjson",
                    pageJson(newUrl(), articleHtml("Batch while down", "down")));
            assertEquals(503, batch.statusCode(), batch.body());

            kafka.startBroker(0);
            String url = newUrl();
            AtomicReference<HttpResponse<String>> accepted = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                accepted.set(post(port, url));
                return accepted.get().statusCode() == 202;
            });
            String id = json(accepted.get().body()).path("id").asText();
            TopicReader.readMatching(kafka.bootstrapServers(), Topics.PAGES_CLEAN, r -> id.equals(r.key()), 1);
            assertEquals(200, IngestFixture.get(port, "/health/ready").statusCode());
        }
    }

    /**
     * The outage batch: while Kafka is down, more 100-line batches than the service has API workers. Each is answered
     * 503 with Retry-After once the one ack deadline of the request has passed (not after 100 deadlines), health
     * answers meanwhile, and after Kafka returns the same batches are accepted and every page is on pages.clean.
     */
    @Test
    void batchesWhileKafkaIsDownAre503WithinOneDeadlineAndHealthStillAnswers() throws Exception {
        LocalKafka kafka = KAFKA.kafka();
        IngestFixture.createTopics(kafka);
        Duration ackTimeout = Duration.ofMillis(3_000);
        int threads = 2;
        int batches = threads + 2;
        int lines = 100;
        // started while Kafka is down, the producer has no metadata: every send blocks up to max.block.ms, the case
        // where a deadline per line made a 100-line batch wait 100 ack timeouts
        kafka.stopBroker(0);
        try (IngestService service = IngestService.start(IngestFixture.config(kafka.bootstrapServers(),
                Map.of("INGEST_ACK_TIMEOUT_MS", Long.toString(ackTimeout.toMillis()), "INGEST_CONSUME_RAW", "false",
                        "INGEST_HTTP_THREADS", Integer.toString(threads))))) {
            int port = service.httpPort();
            List<String> bodies = new ArrayList<>();
            for (int b = 0; b < batches; b++) {
                bodies.add(IntStream.range(0, lines).mapToObj(i -> {
                    String url = newUrl();
                    return pageJson(url, articleHtml("Outage batch", url));
                }).collect(Collectors.joining("\n")));
            }
            // generous: the answer is due one ack timeout after the body is read and its pages cleaned
            Duration clientTimeout = ackTimeout.multipliedBy(5);

            ExecutorService clients = Executors.newFixedThreadPool(batches);
            try {
                List<Future<HttpResponse<String>>> down = new ArrayList<>();
                for (String body : bodies) {
                    down.add(clients.submit(() -> postBatch(port, body, clientTimeout)));
                }
                HttpResponse<String> live = IngestFixture.get(port, "/health/live");
                assertEquals(200, live.statusCode(), live.body());
                assertTrue(down.stream().anyMatch(f -> !f.isDone()),
                        "health answered while the batches were waiting for Kafka");
                for (Future<HttpResponse<String>> each : down) {
                    HttpResponse<String> batch = each.get();
                    assertEquals(503, batch.statusCode(), batch.body());
                    assertEquals("5", batch.headers().firstValue("Retry-After").orElse(""));
                    JsonNode answer = json(batch.body());
                    assertEquals("kafka_unavailable", answer.path("error").asText());
                    assertEquals(lines, answer.path("results").size());
                    answer.path("results").forEach(r -> assertEquals(503, r.path("status").asInt(), r.toString()));
                }
            } finally {
                clients.shutdownNow();
            }

            kafka.startBroker(0);
            PageAccounting accounting = new PageAccounting();
            for (String body : bodies) {
                AtomicReference<HttpResponse<String>> accepted = new AtomicReference<>();
                await().atMost(Duration.ofSeconds(90)).until(() -> {
                    accepted.set(postBatch(port, body, IngestFixture.HTTP_TIMEOUT));
                    return accepted.get().statusCode() == 202;
                });
                JsonNode answer = json(accepted.get().body());
                assertEquals(lines, answer.path("accepted").asInt(), accepted.get().body());
                List<String> sent = body.lines().toList();
                for (JsonNode result : answer.path("results")) {
                    accounting.accepted(result.path("id").asText(), sent.get(result.path("line").asInt() - 1));
                }
            }
            Set<String> ids = accounting.pageIds();
            assertEquals(batches * lines, ids.size());
            Set<String> onPagesClean = TopicReader.readUntil(kafka.bootstrapServers(), Topics.PAGES_CLEAN,
                    records -> records.stream().map(r -> r.key()).filter(ids::contains).distinct().count()
                            == ids.size()).stream().map(r -> r.key()).collect(Collectors.toSet());
            accounting.settle(onPagesClean, null, List.of(), List.of()).assertBalanced();
        }
    }

    private static HttpResponse<String> postBatch(int port, String body, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/pages/batch"))
                .timeout(timeout).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return IngestFixture.send(request);
    }

    private static HttpResponse<String> post(int port, String url) {
        return IngestFixture.post(port, "/v1/pages", "application/json",
                pageJson(url, articleHtml("Outage test", url)));
    }
}
