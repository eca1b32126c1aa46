package io.newsflow.deploy.tls;

import io.newsflow.testkit.tls.ScramListener;
import io.newsflow.testkit.tls.TestCa;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.localstack.LocalKafka;
import io.newsflow.testkit.RawPages;
import io.newsflow.testkit.TopicReader;
import io.newsflow.enrich.app.EnrichConfig;
import io.newsflow.enrich.app.EnrichService;
import io.newsflow.events.Json;
import io.newsflow.events.Topics;
import io.newsflow.service.config.ConfigException;
import io.newsflow.service.config.Env;
import io.newsflow.index.app.IndexConfig;
import io.newsflow.index.app.Indexer;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.IngestService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The services against a broker whose client listener is SASL_SSL with SCRAM-SHA-512 and a certificate from a
 * throwaway CA, configured only through the environment variables a compose file would give them. The broker also
 * has a PLAINTEXT listener, which the test itself uses to set up topics and read what the services wrote.
 */
class SecureKafkaIT {

    private static final String USER = "newsflow";
    private static final String PASSWORD = "scram-" + UUID.randomUUID();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dir;

    private static LocalKafka kafka;
    private static Path caPem;
    private static Path otherCaTrustStore;

    @BeforeAll
    static void startSecuredBroker() {
        TestCa ca = TestCa.create("newsflow test CA");
        caPem = ca.writeCertificatePem(dir.resolve("ca.pem"));
        otherCaTrustStore = TestCa.create("some other CA").writeTrustStore(dir.resolve("other-ca.p12"), "changeit");
        Path keyStore = ca.issueServer("kafka").writeKeyStore(dir.resolve("kafka.p12"), "broker-secret");
        kafka = LocalKafka.start(LocalKafka.Options.defaults()
                .listener(ScramListener.of(keyStore, "broker-secret")));
        ScramListener.addUser(kafka, USER, PASSWORD);
        for (String topic : new String[] {Topics.PAGES_RAW, Topics.PAGES_CLEAN, Topics.INGEST_DLQ}) {
            kafka.createTopic(topic, 1);
        }
    }

    @AfterAll
    static void stopBroker() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void ingestPublishesAndConsumesAndEnrichTurnsPagesIntoArticlesOverSaslSsl() throws Exception {
        Map<String, String> env = secureEnv(PASSWORD);
        try (IngestService ingest = IngestService.start(IngestConfig.from(new Env(ingestEnv(env))));
             EnrichService enrich = EnrichService.start(EnrichConfig.fromEnv(new Env(enrichEnv(env))))) {
            String url = "https://secure.example.org/news/" + UUID.randomUUID() + ".html";
            HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + ingest.httpPort() + "/v1/pages"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(RawPages.harbourStory(url, "posted over HTTP"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(202, posted.statusCode(), posted.body());
            String postedId = Json.mapper().readTree(posted.body()).path("id").asText();

            String rawUrl = "https://secure.example.org/news/" + UUID.randomUUID() + ".html";
            producePlain(Topics.PAGES_RAW, rawUrl, RawPages.harbourStory(rawUrl, "consumed from pages.raw"));

            TopicReader.readMatching(kafka.bootstrapServers(), Topics.PAGES_CLEAN,
                    r -> postedId.equals(r.key()) || url(r.value()).equals(rawUrl), 2);
            JsonNode article = Json.mapper().readTree(TopicReader.readMatching(kafka.bootstrapServers(),
                    Topics.ARTICLES, r -> postedId.equals(r.key()), 1).get(0).value());
            assertEquals(url, article.path("url").asText());
            assertEquals("created", article.path("event").asText());
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aWrongPasswordStopsEveryServiceAtStartNamingTheAuthenticationFailure() {
        Map<String, String> env = secureEnv("not-the-password");
        for (ConfigException refused : refusals(env)) {
            String message = refused.getMessage();
            assertEquals("KAFKA_SASL_JAAS_CONFIG", refused.variable(), message);
            assertTrue(message.toLowerCase(Locale.ROOT).contains("authentication failed"), message);
            assertTrue(message.contains(ScramListener.bootstrapServers(kafka)), message);
            assertFalse(message.contains("not-the-password"), "the password must not be echoed: " + message);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aBrokerCertificateFromAnUntrustedCaStopsEveryServiceAtStartNamingTheTlsHandshake() {
        Map<String, String> env = new HashMap<>(secureEnv(PASSWORD));
        env.put("KAFKA_SSL_TRUSTSTORE_TYPE", "PKCS12");
        env.put("KAFKA_SSL_TRUSTSTORE_LOCATION", otherCaTrustStore.toString());
        env.put("KAFKA_SSL_TRUSTSTORE_PASSWORD", "changeit");
        for (ConfigException refused : refusals(env)) {
            String message = refused.getMessage();
            assertEquals("KAFKA_SSL_TRUSTSTORE_LOCATION", refused.variable(), message);
            assertTrue(message.contains("TLS handshake with Kafka at " + ScramListener.bootstrapServers(kafka)), message);
            assertTrue(message.contains("PKIX path building failed"), message);
        }
    }

    /** Starts ingest, enrich and the indexer with {@code env} and returns how each refused. */
    private static ConfigException[] refusals(Map<String, String> env) {
        Map<String, String> indexEnv = new HashMap<>(env);
        indexEnv.put("INDEX_HTTP_PORT", "0");
        return new ConfigException[] {
                refusal(() -> IngestService.start(IngestConfig.from(new Env(ingestEnv(env)))).close()),
                refusal(() -> EnrichService.start(EnrichConfig.fromEnv(new Env(enrichEnv(env)))).close()),
                refusal(() -> new Indexer(IndexConfig.fromEnv(new Env(indexEnv))).close())};
    }

    private static ConfigException refusal(Executable start) {
        return assertThrows(ConfigException.class, start);
    }

    /** What a compose file gives every service to reach the secured listener; the JAAS line is a secret file. */
    private static Map<String, String> secureEnv(String password) {
        Path jaas = dir.resolve("jaas-" + UUID.randomUUID() + ".conf");
        try {
            Files.writeString(jaas, "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                    + USER + "\" password=\"" + password + "\";", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", ScramListener.bootstrapServers(kafka),
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "KAFKA_SASL_JAAS_CONFIG_FILE", jaas.toString(),
                "KAFKA_SSL_TRUSTSTORE_TYPE", "PEM",
                "KAFKA_SSL_TRUSTSTORE_LOCATION", caPem.toString());
    }

    private static Map<String, String> ingestEnv(Map<String, String> kafkaEnv) {
        Map<String, String> env = new HashMap<>(kafkaEnv);
        env.put("INGEST_HTTP_HOST", "127.0.0.1");
        env.put("INGEST_HTTP_PORT", "0");
        env.put("INGEST_HTTP_THREADS", "2");
        env.put("INGEST_GROUP_ID", "secure-ingest-" + UUID.randomUUID());
        return env;
    }

    private static Map<String, String> enrichEnv(Map<String, String> kafkaEnv) {
        Map<String, String> env = new HashMap<>(kafkaEnv);
        env.put("ENRICH_APPLICATION_ID", "secure-enrich-" + UUID.randomUUID());
        env.put("ENRICH_STATE_DIR", dir.resolve("enrich-state").toString());
        return env;
    }

    private static void producePlain(String topic, String key, String value) {
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value));
            producer.flush();
        }
    }

    private static String url(String pageJson) {
        try {
            return Json.mapper().readTree(pageJson).path("url").asText();
        } catch (IOException e) {
            return "";
        }
    }

}
