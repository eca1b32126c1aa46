package io.newsflow.ingest;

import static io.newsflow.ingest.IngestFixture.articleHtml;
import static io.newsflow.ingest.IngestFixture.json;
import static io.newsflow.ingest.IngestFixture.newUrl;
import static io.newsflow.ingest.IngestFixture.pageJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.localstack.LocalKafka;
import io.newsflow.testkit.LocalKafkaExtension;
import io.newsflow.testkit.TopicReader;
import io.newsflow.events.DeadLetter;
import io.newsflow.events.Topics;
import io.newsflow.ingest.IngestService;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalKafkaExtension.class)
class RawPageConsumerIT {

    private static final int MAX_PAGE_BYTES = 64 * 1024;

    @Test
    void goodRecordsFlowToPagesCleanWhileBadOnesLandInTheDlqWithErrorHeaders(LocalKafka kafka) throws Exception {
        IngestFixture.createTopics(kafka);
        String bootstrap = kafka.bootstrapServers();
        String run = UUID.randomUUID().toString();
        List<String> goodUrls = List.of(newUrl(), newUrl(), newUrl());
        Map<String, String> records = new HashMap<>();
        records.put("good-0-" + run, pageJson(goodUrls.get(0), articleHtml("Raw one", "r1")));
        records.put("malformed-" + run, "{\"url\": \"https://news.example.org/broken\", \"html\": ");
        records.put("good-1-" + run, pageJson(goodUrls.get(1), articleHtml("Raw two", "r2")));
        records.put("too-large-" + run, pageJson(newUrl(), articleHtml("Huge", "y".repeat(MAX_PAGE_BYTES + 10))));
        records.put("no-url-" + run, "{\"text\": \"a page without its address\"}");
        records.put("no-content-" + run, pageJson(newUrl(), "<p>Too short to read.</p>"));
        records.put("good-2-" + run, pageJson(goodUrls.get(2), articleHtml("Raw three", "r3")));
        produce(bootstrap, records);

        IngestService service = IngestService.start(IngestFixture.config(bootstrap,
                Map.of("INGEST_MAX_PAGE_BYTES", Integer.toString(MAX_PAGE_BYTES))));
        try {
            List<ConsumerRecord<String, String>> clean = TopicReader.readMatching(bootstrap, Topics.PAGES_CLEAN,
                    r -> goodUrls.contains(json(r.value()).path("url").asText()), 3);
            List<ConsumerRecord<String, String>> dead = TopicReader.readMatching(bootstrap, Topics.INGEST_DLQ,
                    r -> r.key() != null && r.key().endsWith(run), 4);

            assertEquals(Set.copyOf(goodUrls), clean.stream().map(r -> json(r.value()).path("url").asText())
                    .collect(Collectors.toSet()));
            assertTrue(clean.stream().allMatch(r -> "kafka".equals(json(r.value()).path("source").asText())));
            Map<String, ConsumerRecord<String, String>> byKey = dead.stream()
                    .collect(Collectors.toMap(ConsumerRecord::key, r -> r, (a, b) -> a));
            assertEquals(Set.of("malformed-" + run, "too-large-" + run, "no-url-" + run, "no-content-" + run),
                    byKey.keySet());

            ConsumerRecord<String, String> malformed = byKey.get("malformed-" + run);
            assertEquals(records.get("malformed-" + run), malformed.value(), "the original bytes are kept");
            assertEquals("MALFORMED", header(malformed, DeadLetter.ERROR_CLASS));
            assertEquals("ingest", header(malformed, DeadLetter.ERROR_STAGE));
            assertEquals(Topics.PAGES_RAW, header(malformed, DeadLetter.SOURCE_TOPIC));
            assertTrue(Integer.parseInt(header(malformed, DeadLetter.SOURCE_PARTITION)) >= 0);
            assertTrue(Long.parseLong(header(malformed, DeadLetter.SOURCE_OFFSET)) >= 0);
            assertTrue(header(malformed, DeadLetter.ERROR_MESSAGE).contains("JSON"),
                    header(malformed, DeadLetter.ERROR_MESSAGE));

            ConsumerRecord<String, String> tooLarge = byKey.get("too-large-" + run);
            assertEquals("TOO_LARGE", header(tooLarge, DeadLetter.ERROR_CLASS));
            assertTrue(header(tooLarge, DeadLetter.ERROR_MESSAGE).contains("over the limit of " + MAX_PAGE_BYTES),
                    header(tooLarge, DeadLetter.ERROR_MESSAGE));

            ConsumerRecord<String, String> noUrl = byKey.get("no-url-" + run);
            assertEquals("INVALID", header(noUrl, DeadLetter.ERROR_CLASS));
            assertTrue(header(noUrl, DeadLetter.ERROR_MESSAGE).startsWith("url: required"),
                    header(noUrl, DeadLetter.ERROR_MESSAGE));
            assertEquals("NO_CONTENT", header(byKey.get("no-content-" + run), DeadLetter.ERROR_CLASS));

            // every record refused is counted under its reason, the same four as the letters
            String metrics = IngestFixture.get(service.httpPort(), "/metrics").body();
            for (String reason : List.of("malformed", "too_large", "invalid_field", "no_content")) {
                assertTrue(metrics.contains("ingest_pages_rejected_total{reason=\"" + reason
                        + "\",source=\"kafka\"} 1.0"), reason + " in\n" + metrics);
            }
        } finally {
            service.close();
        }
    }

    static void produce(String bootstrap, Map<String, String> records) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (Map.Entry<String, String> record : records.entrySet()) {
                producer.send(new ProducerRecord<>(Topics.PAGES_RAW, record.getKey(), record.getValue()))
                        .get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
