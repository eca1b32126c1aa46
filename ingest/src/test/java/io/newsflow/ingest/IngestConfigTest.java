package io.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.events.config.ConfigException;
import io.newsflow.events.config.Env;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IngestConfigTest {

    @Test
    void defaultsServeOnPort8080AgainstLocalKafkaWithAnOpenApi() {
        IngestConfig config = IngestConfig.from(new Env(Map.of()));

        assertEquals(8080, config.httpPort());
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
                "INGEST_GROUP_ID", "g")));

        assertEquals("k1:9092", config.kafka().getProperty("bootstrap.servers"));
        assertEquals(9000, config.httpPort());
        assertEquals(Optional.of("t"), config.apiToken());
        assertEquals(2048, config.maxPageBytes());
        assertEquals(Duration.ofMillis(1500), config.ackTimeout());
        assertFalse(config.consumeRaw());
        assertEquals("g", config.consumerGroup());
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
}
