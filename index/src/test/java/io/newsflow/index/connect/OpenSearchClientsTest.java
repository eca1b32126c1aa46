package io.newsflow.index.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsflow.service.config.ConfigException;
import io.newsflow.service.config.Env;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenSearchClientsTest {

    @TempDir
    Path dir;

    @Test
    void aCaFileWithoutCertificatesIsAConfigurationError() throws Exception {
        Path notPem = Files.writeString(dir.resolve("ca.pem"), "not a certificate");
        OpenSearchSettings settings = OpenSearchSettings.fromEnv(new Env(Map.of(
                "OPENSEARCH_URL", "https://localhost:9200", "OPENSEARCH_CA_FILE", notPem.toString())));

        ConfigException e = assertThrows(ConfigException.class, () -> OpenSearchClients.create(settings));

        assertEquals("OPENSEARCH_CA_FILE", e.variable());
    }

    @Test
    void settingsNeverShowThePassword() {
        OpenSearchSettings settings = OpenSearchSettings.fromEnv(new Env(Map.of(
                "OPENSEARCH_USERNAME", "indexer", "OPENSEARCH_PASSWORD", "s3cret")));

        assertEquals(false, settings.toString().contains("s3cret"));
    }
}
