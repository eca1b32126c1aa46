package io.newsflow.ingest;

import static io.newsflow.ingest.IngestFixture.articleHtml;
import static io.newsflow.ingest.IngestFixture.json;
import static io.newsflow.ingest.IngestFixture.newUrl;
import static io.newsflow.ingest.IngestFixture.pageJson;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.events.Topics;
import io.newsflow.localstack.LocalKafka;
import io.newsflow.testkit.SmallDisk;
import io.newsflow.testkit.TopicReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The disk of the broker fills up under a running ingest service (the broker's data on a {@code tmpfs} of its own,
 * {@link SmallDisk}: needs root on Linux, skipped with a message otherwise). Kafka cannot append: it takes its log
 * directory offline, and with its only one gone the broker stops. Pages are then answered 503, none 202; once the
 * disk has room and the broker is restarted, pages are accepted again, and every page answered 202, before or after,
 * is on {@code pages.clean} exactly once.
 */
class IngestKafkaFullDiskIT {

    private static final Logger LOG = LoggerFactory.getLogger(IngestKafkaFullDiskIT.class);
    private static final int MAX_POSTS_ON_A_FULL_DISK = 50;

    @TempDir
    Path tmp;

    @Test
    void whileKafkasDiskIsFullPagesAre503AndOnceThereIsRoomEveryPageAnswered202IsOnPagesCleanOnce() {
        List<String> accepted = new ArrayList<>();
        try (SmallDisk disk = SmallDisk.mount(tmp.resolve("kafka-disk"), "256m");
             LocalKafka kafka = LocalKafka.start(LocalKafka.Options.defaults().dataDir(disk.root().resolve("kafka")))) {
            IngestFixture.createTopics(kafka);
            try (IngestService service = IngestService.start(IngestFixture.config(kafka.bootstrapServers(),
                    Map.of("INGEST_ACK_TIMEOUT_MS", "3000", "INGEST_CONSUME_RAW", "false")))) {
                int port = service.httpPort();
                for (int i = 0; i < 5; i++) {
                    accepted.add(accept(port));
                }

                long filled = disk.fill();
                LOG.info("Kafka's disk filled with {} bytes", filled);
                // what still fits in the segments' last pages may be stored and answered 202; then Kafka can append
                // no more, and the page is not acknowledged
                HttpResponse<String> refused = null;
                for (int i = 0; i < MAX_POSTS_ON_A_FULL_DISK && refused == null; i++) {
                    HttpResponse<String> answer = post(port, newUrl());
                    if (answer.statusCode() == 202) {
                        accepted.add(json(answer.body()).path("id").asText());
                    } else {
                        refused = answer;
                    }
                }
                assertTrue(refused != null, MAX_POSTS_ON_A_FULL_DISK + " pages accepted on a full disk");
                assertEquals(503, refused.statusCode(), refused.body());
                assertEquals("kafka_unavailable", json(refused.body()).path("error").asText());
                LOG.info("{} pages accepted, then 503: {}", accepted.size(), refused.body());
                await().atMost(Duration.ofSeconds(60)).until(() -> !kafka.isRunning(0));
                HttpResponse<String> down = post(port, newUrl());
                assertEquals(503, down.statusCode(), down.body());

                disk.free();
                kafka.startBroker(0);
                AtomicReference<HttpResponse<String>> back = new AtomicReference<>();
                await().atMost(Duration.ofSeconds(90)).until(() -> {
                    back.set(post(port, newUrl()));
                    return back.get().statusCode() == 202;
                });
                accepted.add(json(back.get().body()).path("id").asText());
                accepted.add(accept(port));
            }
            Map<String, Long> copies = TopicReader.readUntil(kafka.bootstrapServers(), Topics.PAGES_CLEAN,
                    records -> records.stream().map(ConsumerRecord::key).distinct().filter(accepted::contains)
                            .count() == accepted.size()).stream()
                    .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
            for (String id : accepted) {
                assertEquals(1L, copies.get(id), id + " on pages.clean: " + copies.get(id) + " times");
            }
            assertEquals(accepted.size(), copies.keySet().stream().filter(accepted::contains).count());
        }
    }

    private static String accept(int port) {
        HttpResponse<String> answer = post(port, newUrl());
        assertEquals(202, answer.statusCode(), answer.body());
        return json(answer.body()).path("id").asText();
    }

    private static HttpResponse<String> post(int port, String url) {
        return IngestFixture.post(port, "/v1/pages", "application/json",
                pageJson(url, articleHtml("Full disk test", url)));
    }
}
