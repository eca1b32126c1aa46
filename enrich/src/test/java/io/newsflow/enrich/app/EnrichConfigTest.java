package io.newsflow.enrich.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsflow.service.config.ConfigException;
import io.newsflow.service.config.Env;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.rocksdb.Options;

class EnrichConfigTest {

    @Test
    void defaultsAreExactlyOnceWithTheDocumentedWindows() {
        EnrichConfig c = EnrichConfig.fromEnv(new Env(Map.of()));
        assertEquals("newsflow-enrich", c.applicationId());
        assertEquals(Duration.ofDays(30), c.dedup().urlWindow());
        assertEquals(Duration.ofDays(30), c.dedup().exactWindow());
        assertEquals(Duration.ofDays(3), c.dedup().nearWindow());
        assertEquals(StreamsConfig.EXACTLY_ONCE_V2, c.streamsProperties().get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
        assertEquals("enrich.dlq", c.streamsProperties().get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG));
        assertEquals("newsflow-enrich-decisions", c.decisionsTopic());
    }

    @Test
    void transactionsCommitEvery200MsUnlessAKafkaVariableSaysOtherwise() {
        assertEquals(200, EnrichConfig.fromEnv(new Env(Map.of())).streamsProperties()
                .get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG));
        assertEquals("100", EnrichConfig.fromEnv(new Env(Map.of("KAFKA_COMMIT_INTERVAL_MS", "100")))
                .streamsProperties().get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG));
    }

    @Test
    void storesKeepBloomFiltersOnEveryLevelUnlessAKafkaVariableNamesAnotherSetter() {
        assertEquals(StoreOptions.class, EnrichConfig.fromEnv(new Env(Map.of())).streamsProperties()
                .get(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG));
        assertEquals("com.example.Tuning", EnrichConfig.fromEnv(new Env(Map.of(
                "KAFKA_ROCKSDB_CONFIG_SETTER", "com.example.Tuning"))).streamsProperties()
                .get(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG));
        try (Options options = new Options().setOptimizeFiltersForHits(true)) { // as Kafka Streams sets it
            new StoreOptions().setConfig("enrich-postings", options, Map.of());
            assertFalse(options.optimizeFiltersForHits(), "the last level keeps its Bloom filters");
        }
    }

    @Test
    void healthAndMetricsPortDefaultsTo8081AndABadOneNamesTheVariable() {
        assertEquals(8081, EnrichConfig.fromEnv(new Env(Map.of())).httpPort());
        assertEquals(0, EnrichConfig.fromEnv(new Env(Map.of("ENRICH_HTTP_PORT", "0"))).httpPort());
        ConfigException e = assertThrows(ConfigException.class,
                () -> EnrichConfig.fromEnv(new Env(Map.of("ENRICH_HTTP_PORT", "http"))));
        assertEquals("ENRICH_HTTP_PORT", e.variable());
    }

    @Test
    void windowsLanguagesAndKafkaSettingsComeFromTheEnvironment() {
        EnrichConfig c = EnrichConfig.fromEnv(new Env(Map.of("ENRICH_APPLICATION_ID", "enrich-eu",
                "ENRICH_NEAR_WINDOW", "72h", "ENRICH_EXACT_WINDOW", "P10D", "ENRICH_LANGUAGES", "en, KO",
                "KAFKA_BOOTSTRAP_SERVERS", "broker:9093", "KAFKA_SECURITY_PROTOCOL", "SSL")));
        assertEquals(Duration.ofHours(72), c.dedup().nearWindow());
        assertEquals(Duration.ofDays(10), c.dedup().exactWindow());
        assertEquals(List.of("en", "ko"), c.languages());
        assertEquals("broker:9093", c.streamsProperties().get("bootstrap.servers"));
        assertEquals("SSL", c.streamsProperties().get("security.protocol"));
        assertEquals("enrich-eu", c.streamsProperties().get(StreamsConfig.APPLICATION_ID_CONFIG));
    }

    @Test
    void aBadValueNamesItsVariable() {
        assertEquals("ENRICH_NEAR_WINDOW", assertThrows(ConfigException.class,
                () -> EnrichConfig.fromEnv(new Env(Map.of("ENRICH_NEAR_WINDOW", "soon")))).variable());
        assertEquals("ENRICH_LANGUAGES", assertThrows(ConfigException.class,
                () -> EnrichConfig.fromEnv(new Env(Map.of("ENRICH_LANGUAGES", "english")))).variable());
        assertEquals("ENRICH_TAXONOMY_FILE", assertThrows(ConfigException.class,
                () -> EnrichConfig.fromEnv(new Env(Map.of("ENRICH_TAXONOMY_FILE", "/no/such/file")))).variable());
        assertEquals("ENRICH_THREADS", assertThrows(ConfigException.class,
                () -> EnrichConfig.fromEnv(new Env(Map.of("ENRICH_THREADS", "0")))).variable());
    }
}
