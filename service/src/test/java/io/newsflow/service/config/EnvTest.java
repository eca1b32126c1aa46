package io.newsflow.service.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.service.status.PipelineStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvTest {

    @Test
    void badNumberNamesTheVariable() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new Env(Map.of("INGEST_HTTP_PORT", "eighty")).getInt("INGEST_HTTP_PORT", 8080, 1, 65535));
        assertTrue(e.getMessage().startsWith("INGEST_HTTP_PORT=eighty"), e.getMessage());
        assertEquals("INGEST_HTTP_PORT", e.variable());
    }

    @Test
    void outOfRangeNumberIsRejected() {
        assertThrows(ConfigException.class,
                () -> new Env(Map.of("PORT", "70000")).getInt("PORT", 8080, 1, 65535));
    }

    @Test
    void secretIsReadFromTheFileVariable(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("pw"), "s3cret\n");
        Env env = new Env(Map.of("OPENSEARCH_PASSWORD_FILE", secret.toString()));
        assertEquals("s3cret", env.required("OPENSEARCH_PASSWORD"));
    }

    @Test
    void unreadableSecretFileNamesTheVariable() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new Env(Map.of("X_FILE", "/nonexistent/pw")).get("X"));
        assertEquals("X_FILE", e.variable());
    }

    @Test
    void kafkaVariablesPassThroughAsClientProperties(@TempDir Path dir) throws Exception {
        Path jaas = Files.writeString(dir.resolve("jaas"), "org.apache.kafka...ScramLoginModule required;");
        Properties props = new Env(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "k1:9093",
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SASL_JAAS_CONFIG_FILE", jaas.toString(),
                "INGEST_HTTP_PORT", "8080")).kafkaClientProperties();
        assertEquals("k1:9093", props.get("bootstrap.servers"));
        assertEquals("SASL_SSL", props.get("security.protocol"));
        assertEquals("org.apache.kafka...ScramLoginModule required;", props.get("sasl.jaas.config"));
        assertFalse(props.containsKey("ingest.http.port"));
    }

    @Test
    void bootstrapDefaultsToLocalhost() {
        assertEquals("localhost:9092", new Env(Map.of()).kafkaClientProperties().get("bootstrap.servers"));
    }

    @Test
    void aStatusPageUserOverridesTheServicesOwnKafkaUserOnlyForTheStatusPage() {
        Env env = new Env(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "k1:9093",
                "KAFKA_SASL_JAAS_CONFIG", "ScramLoginModule required username=\"newsflow-ingest\";",
                "STATUS_KAFKA_SASL_JAAS_CONFIG", "ScramLoginModule required username=\"newsflow-status\";"));
        Properties service = env.kafkaClientProperties();
        Properties status = PipelineStatus.Settings.from(env, service).kafka();
        assertEquals("ScramLoginModule required username=\"newsflow-ingest\";", service.get("sasl.jaas.config"));
        assertFalse(service.containsKey("status.kafka.sasl.jaas.config"));
        assertEquals("ScramLoginModule required username=\"newsflow-status\";", status.get("sasl.jaas.config"));
        assertEquals("k1:9093", status.get("bootstrap.servers"));
    }
}
