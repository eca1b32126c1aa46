package io.newsflow.ingest;

import static io.newsflow.ingest.IngestFixture.json;
import static io.newsflow.ingest.IngestFixture.newUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.events.Topics;
import io.newsflow.localstack.LocalKafka;
import io.newsflow.service.config.PageSizeContract;
import io.newsflow.testkit.LocalKafkaExtension;
import io.newsflow.testkit.TopicReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The page-size contract at ingest, on a broker whose topics start at Kafka's 1 MB default: a page of exactly
 * {@code INGEST_MAX_PAGE_BYTES} is accepted and published whole (a 1.04 MB page used to be accepted and then stall
 * enrich), one byte more is refused with a message that names the limit.
 */
class IngestPageSizeIT {

    @RegisterExtension
    static final LocalKafkaExtension KAFKA = LocalKafkaExtension.ownCluster(LocalKafka.Options.defaults());

    @Test
    void aPageOfExactlyTheLimitIsPublishedWholeAndOneByteMoreIsRefusedNamingTheLimit() throws Exception {
        IngestFixture.createTopics(KAFKA.kafka());
        PageSizeContract contract = PageSizeContract.defaults();
        String text = prose(contract.maxPageBytes());
        try (IngestService service = IngestService.start(IngestFixture.config(KAFKA.bootstrapServers(),
                // cleaning and compressing 5 MiB on a busy machine may take longer than the default wait; the wait is
                // not what this test is about
                Map.of("INGEST_CONSUME_RAW", "false", "INGEST_ACK_TIMEOUT_MS", "120000")))) {
            assertEquals(contract.maxMessageBytes(), maxMessageBytes(Topics.PAGES_CLEAN),
                    "pages.clean was not raised to the contract");

            HttpResponse<String> atLimit = IngestFixture.post(service.httpPort(), "/v1/pages", "text/plain", text,
                    "X-Page-Url", newUrl());
            assertEquals(202, atLimit.statusCode(), atLimit.body());
            String id = json(atLimit.body()).path("id").asText();
            JsonNode page = json(TopicReader.readMatching(KAFKA.bootstrapServers(), Topics.PAGES_CLEAN,
                    r -> id.equals(r.key()), 1).get(0).value());
            String published = page.path("text").asText();
            assertTrue(published.length() > 1_040_000, "not larger than the page that stalled enrich");
            assertEquals(text.replaceAll("\\s+", " ").strip(), published.replaceAll("\\s+", " ").strip(),
                    "the published text is not the page's, whole");

            // one byte more, sent whole as any client does: refused naming the limit, and the client reads the
            // answer (the rest of the body is read and dropped, not met with a reset connection) and can go on
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> over = IngestFixture.post(service.httpPort(), "/v1/pages", "text/plain",
                        text + "x", "X-Page-Url", newUrl());
                assertEquals(413, over.statusCode(), over.body());
                assertTrue(json(over.body()).path("message").asText()
                        .contains(Integer.toString(contract.maxPageBytes())), over.body());
            }

            // a client that waits for "100 Continue" (curl does above 1 MB) is refused at once from its
            // Content-Length, without sending the body
            try (RawHttp client = new RawHttp(service.httpPort(), Duration.ofSeconds(5))) {
                client.send("POST /v1/pages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nX-Page-Url: "
                        + newUrl() + "\r\nExpect: 100-continue\r\nContent-Length: " + (text.length() + 1)
                        + "\r\n\r\n");
                RawHttp.Answer refused = client.read();
                assertEquals(413, refused.status(), refused.body());
            }
        }
    }

    private static long maxMessageBytes(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KAFKA.bootstrapServers()))) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            return Long.parseLong(admin.describeConfigs(List.of(resource)).all().get().get(resource)
                    .get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG).value());
        }
    }

    /** Plain ASCII prose of exactly {@code bytes} bytes, in paragraphs. */
    private static String prose(int bytes) {
        String[] words = ("the council said on monday that its plan for the river port would go ahead after a vote"
                + " in which members from both parties backed new money for roads schools and housing").split(" ");
        Random random = new Random(3);
        StringBuilder sb = new StringBuilder(bytes + 100);
        while (sb.length() < bytes) {
            for (int s = 0; s < 4; s++) {
                int n = 8 + random.nextInt(10);
                for (int w = 0; w < n; w++) {
                    String word = words[random.nextInt(words.length)];
                    sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
                            .append(w == n - 1 ? ". " : " ");
                }
            }
            sb.append("\n\n");
        }
        sb.setLength(bytes - 1);
        return sb.append('.').toString();
    }
}
