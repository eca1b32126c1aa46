package io.newsflow.ingest;

import static io.newsflow.ingest.IngestFixture.articleHtml;
import static io.newsflow.ingest.IngestFixture.json;
import static io.newsflow.ingest.IngestFixture.newUrl;
import static io.newsflow.ingest.IngestFixture.pageJson;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.localstack.LocalKafka;
import io.newsflow.testkit.LocalKafkaExtension;
import io.newsflow.testkit.TopicReader;
import io.newsflow.events.Topics;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.IngestService;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalKafkaExtension.class)
class IngestRestartIT {

    private static String bootstrap;

    @BeforeAll
    static void topics(LocalKafka kafka) {
        IngestFixture.createTopics(kafka);
        bootstrap = kafka.bootstrapServers();
    }

    @Test
    void restartingTheServiceWhileClientsPostLosesNoAcknowledgedPage() throws Exception {
        IngestConfig config = IngestFixture.config(bootstrap, Map.of("INGEST_CONSUME_RAW", "false"));
        AtomicInteger port = new AtomicInteger();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        int pages = 300;
        ExecutorService clients = Executors.newFixedThreadPool(4);
        IngestService first = IngestService.start(config);
        port.set(first.httpPort());
        List<Future<?>> posting = IntStream.range(0, 4).mapToObj(client -> clients.submit(() -> {
            for (int i = client; i < pages; i += 4) {
                postUntilAcknowledged(port, acknowledged);
            }
        })).collect(Collectors.toList());

        await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= pages / 3);
        first.close();
        try (IngestService second = IngestService.start(config)) {
            port.set(second.httpPort());
            for (Future<?> client : posting) {
                client.get(120, TimeUnit.SECONDS);
            }
        } finally {
            clients.shutdownNow();
        }

        assertEquals(pages, acknowledged.size());
        Set<String> published = TopicReader.readUntil(bootstrap, Topics.PAGES_CLEAN,
                records -> records.stream().map(r -> r.key()).collect(Collectors.toSet()).containsAll(acknowledged))
                .stream().map(r -> r.key()).collect(Collectors.toSet());
        assertTrue(published.containsAll(acknowledged));
    }

    /** Posts one page, retrying (as a client would) until it is answered 202. */
    private static void postUntilAcknowledged(AtomicInteger port, Set<String> acknowledged) {
        String url = newUrl();
        String body = pageJson(url, articleHtml("Restart test", url));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
            try {
                HttpResponse<String> response = IngestFixture.post(port.get(), "/v1/pages", "application/json", body);
                if (response.statusCode() == 202) {
                    acknowledged.add(json(response.body()).path("id").asText());
                    return true;
                }
            } catch (UncheckedIOException e) {
                // the service is restarting: the page was not acknowledged, so it is sent again
            }
            return false;
        });
    }

    @Test
    void restartingTheServiceMidStreamOnPagesRawLosesNoRecord() throws Exception {
        String run = UUID.randomUUID().toString();
        Map<String, String> records = new LinkedHashMap<>();
        Set<String> urls = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 1_000; i++) {
            String url = newUrl();
            urls.add(url);
            records.put(run + "-" + i, pageJson(url, articleHtml("Raw restart", url)));
        }
        RawPageConsumerIT.produce(bootstrap, records);
        IngestConfig config = IngestFixture.config(bootstrap, Map.of("INGEST_GROUP_ID", "restart-" + run,
                "KAFKA_MAX_POLL_RECORDS", "20"));

        double publishedBeforeRestart;
        try (IngestService first = IngestService.start(config)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> published(first) >= 50);
            publishedBeforeRestart = published(first);
        }
        assertTrue(publishedBeforeRestart < urls.size(), "the first instance is stopped mid-stream");
        IngestService second = IngestService.start(config);
        try {
            Set<String> seen = TopicReader.readUntil(bootstrap, Topics.PAGES_CLEAN, all -> all.stream()
                    .map(r -> json(r.value()).path("url").asText()).filter(urls::contains)
                    .collect(Collectors.toSet()).size() == urls.size())
                    .stream().map(r -> json(r.value()).path("url").asText()).filter(urls::contains)
                    .collect(Collectors.toSet());
            assertEquals(urls, seen);
        } finally {
            second.close();
        }
    }

    private static double published(IngestService service) {
        return service.registry().find("ingest.pages.published").counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }
}
