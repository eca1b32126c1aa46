package io.newsflow.ingest;

import static io.newsflow.ingest.IngestFixture.articleHtml;
import static io.newsflow.ingest.IngestFixture.json;
import static io.newsflow.ingest.IngestFixture.newUrl;
import static io.newsflow.ingest.IngestFixture.pageJson;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

    private static HttpResponse<String> post(int port, String url) {
        return IngestFixture.post(port, "/v1/pages", "application/json",
                pageJson(url, articleHtml("Outage test", url)));
    }
}
