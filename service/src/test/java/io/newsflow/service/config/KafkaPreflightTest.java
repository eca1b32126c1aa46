package io.newsflow.service.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KafkaPreflightTest {

    @Test
    void aBrokerThatDoesNotAnswerYetLetsTheServiceStart() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertFalse(KafkaPreflight.verify(Map.of("bootstrap.servers", "127.0.0.1:" + closedPort),
                Duration.ofMillis(500)));
    }

    @Test
    void settingsKafkaCannotUseStopTheServiceNamingTheProblem() {
        Properties settings = new Env(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9",
                "KAFKA_SECURITY_PROTOCOL", "SSL",
                "KAFKA_SSL_TRUSTSTORE_TYPE", "PEM",
                "KAFKA_SSL_TRUSTSTORE_LOCATION", "/no/such/ca.pem")).kafkaClientProperties();
        ConfigException e = assertThrows(ConfigException.class,
                () -> KafkaPreflight.verify(settings, Duration.ofSeconds(1)));
        assertEquals("KAFKA_*", e.variable());
        assertTrue(e.getMessage().contains("127.0.0.1:9") && e.getMessage().contains("/no/such/ca.pem"),
                e.getMessage());
    }

    @Test
    void aHostNameThatResolvesToNoAddressIsNamedAsSuch() {
        Properties settings = new Env(Map.of("KAFKA_BOOTSTRAP_SERVERS", "no-such-host.invalid:9092"))
                .kafkaClientProperties();
        ConfigException e = assertThrows(ConfigException.class,
                () -> KafkaPreflight.verify(settings, Duration.ofSeconds(1)));
        assertEquals("KAFKA_BOOTSTRAP_SERVERS", e.variable());
        assertEquals("KAFKA_BOOTSTRAP_SERVERS: no host name in no-such-host.invalid:9092 resolves to an address",
                e.getMessage());
    }
}
