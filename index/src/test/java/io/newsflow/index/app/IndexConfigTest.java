package io.newsflow.index.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsflow.service.config.ConfigException;
import io.newsflow.service.config.Env;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexConfigTest {

    @TempDir
    Path dir;

    @Test
    void defaultsPointAtALocalNodeAndTheArticlesAlias() {
        IndexConfig config = IndexConfig.fromEnv(new Env(Map.of()));

        assertEquals("http://localhost:9200", config.openSearch().urls().get(0).toString());
        assertEquals("articles-write", config.names().writeAlias());
        assertEquals(1000, config.bulkMaxDocs());
        assertEquals(Duration.ofMillis(100), config.bulkMaxWait());
        assertEquals("newsflow-index", config.groupId());
        assertEquals("localhost:9092", config.kafka().get("bootstrap.servers"));
    }

    @Test
    void readsEveryKnob() {
        IndexConfig config = IndexConfig.fromEnv(new Env(Map.of(
                "OPENSEARCH_URL", "https://os1:9200,https://os2:9200",
                "INDEX_ALIAS", "news",
                "INDEX_REPLICAS", "0",
                "INDEX_BULK_MAX_DOCS", "250",
                "INDEX_BULK_MAX_WAIT_MS", "20",
                "INDEX_RETRY_MAX_MS", "5000",
                "KAFKA_BOOTSTRAP_SERVERS", "k1:9092")));

        assertEquals(2, config.openSearch().urls().size());
        assertEquals("news-write", config.names().writeAlias());
        assertEquals(0, config.replicas());
        assertEquals(250, config.bulkMaxDocs());
        assertEquals(Duration.ofMillis(20), config.bulkMaxWait());
        assertEquals(Duration.ofSeconds(5), config.backoff().max());
        assertEquals("k1:9092", config.kafka().get("bootstrap.servers"));
    }

    @Test
    void passwordMayComeFromASecretFile() throws Exception {
        Path secret = Files.writeString(dir.resolve("password"), "s3cret\n");

        IndexConfig config = IndexConfig.fromEnv(new Env(Map.of("OPENSEARCH_USERNAME", "indexer",
                "OPENSEARCH_PASSWORD_FILE", secret.toString())));

        assertEquals(Optional.of("s3cret"), config.openSearch().password());
    }

    @Test
    void errorsNameTheVariable() {
        assertEquals("INDEX_BULK_MAX_DOCS", variableOf(Map.of("INDEX_BULK_MAX_DOCS", "lots")));
        assertEquals("OPENSEARCH_URL", variableOf(Map.of("OPENSEARCH_URL", "localhost:9200")));
        assertEquals("OPENSEARCH_PASSWORD", variableOf(Map.of("OPENSEARCH_USERNAME", "indexer")));
        assertEquals("INDEX_ALIAS", variableOf(Map.of("INDEX_ALIAS", "Articles")));
        assertEquals("OPENSEARCH_CA_FILE", variableOf(Map.of("OPENSEARCH_CA_FILE", dir.resolve("none.pem")
                .toString())));
        assertEquals("INDEX_RETRY_MAX_MS", variableOf(Map.of("INDEX_RETRY_INITIAL_MS", "500",
                "INDEX_RETRY_MAX_MS", "100")));
    }

    private static String variableOf(Map<String, String> vars) {
        return assertThrows(ConfigException.class, () -> IndexConfig.fromEnv(new Env(vars))).variable();
    }
}
