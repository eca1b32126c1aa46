package io.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.events.Page;
import io.newsflow.service.config.ConfigException;
import io.newsflow.service.config.Env;
import io.newsflow.ingest.clean.PageCleaner;
import io.newsflow.ingest.clean.ScrapedPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestConfigTest {

    @Test
    void defaultsServeOnPort8080AgainstLocalKafkaWithAnOpenApi() {
        IngestConfig config = IngestConfig.from(new Env(Map.of()));

        assertEquals(8080, config.httpPort());
        assertEquals("127.0.0.1", config.httpHost(), "loopback unless asked otherwise");
        assertEquals(Duration.ofSeconds(30), config.readTimeout());
        assertEquals(512, config.maxConnections());
        assertEquals("localhost:9092", config.kafka().getProperty("bootstrap.servers"));
        assertEquals(Optional.empty(), config.apiToken());
        assertEquals(Duration.ofSeconds(10), config.ackTimeout());
        assertTrue(config.consumeRaw());
    }

    @Test
    void everyVariableIsRead() {
        IngestConfig config = IngestConfig.from(new Env(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "k1:9092", "INGEST_HTTP_PORT", "9000", "INGEST_API_TOKEN", "t",
                "INGEST_MAX_PAGE_BYTES", "2048", "INGEST_ACK_TIMEOUT_MS", "1500", "INGEST_CONSUME_RAW", "false",
                "INGEST_GROUP_ID", "g", "INGEST_HTTP_HOST", "0.0.0.0", "INGEST_HTTP_READ_TIMEOUT_MS", "4000",
                "INGEST_HTTP_MAX_CONNECTIONS", "64")));

        assertEquals("k1:9092", config.kafka().getProperty("bootstrap.servers"));
        assertEquals(9000, config.httpPort());
        assertEquals(Optional.of("t"), config.apiToken());
        assertEquals(2048, config.maxPageBytes());
        assertEquals(Duration.ofMillis(1500), config.ackTimeout());
        assertFalse(config.consumeRaw());
        assertEquals("g", config.consumerGroup());
        assertEquals("0.0.0.0", config.httpHost());
        assertEquals(Duration.ofMillis(4000), config.readTimeout());
        assertEquals(64, config.maxConnections());
    }

    @Test
    void aBadValueStopsStartUpNamingTheVariable() {
        ConfigException error = assertThrows(ConfigException.class,
                () -> IngestConfig.from(new Env(Map.of("INGEST_HTTP_PORT", "eighty"))));

        assertEquals("INGEST_HTTP_PORT", error.variable());
    }

    @Test
    void theKafkaPropertiesHandedOutAreACopy() {
        IngestConfig config = IngestConfig.from(new Env(Map.of()));
        config.kafka().put("acks", "0");

        assertFalse(config.kafka().containsKey("acks"));
    }

    /** A station's own promo line, which the shipped vocabulary does not know. */
    private static final String PROMO = "Hear the harbour podcast every Friday on Radio Bay";
    private static final String ARTICLE = "<html><body><article><h1>Harbour bridge reopens after repairs</h1>"
            + "<p>The harbour bridge reopened on Monday after eight months of repairs to its steel deck and cables,"
            + " the city council said.</p><p>" + PROMO + "</p><p>Traffic engineers expect the morning queues on the"
            + " coast road to shrink by half now that the second crossing is open again.</p></article></body></html>";

    @Test
    void anOperatorVocabularyFileIsAddedToTheShippedOne(@TempDir Path dir) throws Exception {
        Path house = dir.resolve("house-boilerplate.txt");
        Files.writeString(house, "[lines]\nhear the harbour podcast .*\n");

        IngestConfig config = IngestConfig.from(new Env(Map.of("INGEST_BOILERPLATE_FILE", house.toString())));
        Page cleaned = clean(new PageCleaner(config.cleaner(), Clock.systemUTC()));

        assertFalse(cleaned.text().contains(PROMO), cleaned.text());
        assertTrue(cleaned.text().contains("second crossing is open again"), cleaned.text());
        assertTrue(clean(new PageCleaner(Clock.systemUTC())).text().contains(PROMO),
                "without the file the line is kept: the file made the difference");
    }

    @Test
    void aMissingVocabularyFileStopsStartUpNamingTheVariable(@TempDir Path dir) {
        ConfigException error = assertThrows(ConfigException.class, () -> IngestConfig.from(
                new Env(Map.of("INGEST_BOILERPLATE_FILE", dir.resolve("absent.txt").toString()))));

        assertEquals("INGEST_BOILERPLATE_FILE", error.variable());
        assertTrue(error.getMessage().contains("absent.txt"), error.getMessage());
    }

    @Test
    void anUnreadableOrBrokenVocabularyFileStopsStartUpNamingTheVariable(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.txt");
        Files.writeString(broken, "kicker\n");

        for (Path file : new Path[] {dir, broken}) {
            ConfigException error = assertThrows(ConfigException.class,
                    () -> IngestConfig.from(new Env(Map.of("INGEST_BOILERPLATE_FILE", file.toString()))));
            assertEquals("INGEST_BOILERPLATE_FILE", error.variable(), error.getMessage());
        }
    }

    private static Page clean(PageCleaner cleaner) throws Exception {
        return cleaner.clean(new ScrapedPage("https://news.example/harbour-bridge",
                ARTICLE.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, ScrapedPage.Kind.HTML, null, "file"));
    }
}
