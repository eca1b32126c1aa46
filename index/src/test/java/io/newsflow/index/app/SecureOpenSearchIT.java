package io.newsflow.index.app;

import io.newsflow.testkit.tls.HttpsBasicAuthProxy;
import io.newsflow.testkit.tls.TestCa;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.testkit.Articles;
import io.newsflow.localstack.LocalKafka;
import io.newsflow.testkit.LocalKafkaExtension;
import io.newsflow.localstack.LocalOpenSearch;
import io.newsflow.testkit.LocalOpenSearchExtension;
import io.newsflow.events.Article;
import io.newsflow.events.Json;
import io.newsflow.events.JsonSerde;
import io.newsflow.service.config.Env;
import io.newsflow.index.app.Health;
import io.newsflow.index.app.IndexConfig;
import io.newsflow.index.app.Indexer;
import io.newsflow.index.connect.OpenSearchSettings;
import io.newsflow.index.schema.IndexNames;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The indexer against OpenSearch over HTTPS with basic authentication, configured only through its environment
 * variables: a Jetty reverse proxy with a certificate from a throwaway CA and one user stands in front of the local
 * node, which the test queries directly to see what arrived.
 */
class SecureOpenSearchIT {

    @RegisterExtension
    static final LocalKafkaExtension KAFKA = LocalKafkaExtension.shared();
    @RegisterExtension
    static final LocalOpenSearchExtension OPENSEARCH = new LocalOpenSearchExtension();

    private static final String USER = "indexer";
    private static final String PASSWORD = "basic-" + UUID.randomUUID();
    private static final AtomicInteger RUNS = new AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Bounds the wait for a refusal: the indexer must fail on its first attempt, far inside this. */
    private static final Duration REFUSAL = Duration.ofSeconds(30);

    @TempDir
    static Path dir;

    private static HttpsBasicAuthProxy proxy;
    private static Path caPem;
    private static Path trustStore;
    private static Path otherCaPem;
    private static Path passwordFile;

    @BeforeAll
    static void startProxy(LocalOpenSearch node) throws Exception {
        TestCa ca = TestCa.create("newsflow test CA");
        caPem = ca.writeCertificatePem(dir.resolve("ca.pem"));
        trustStore = ca.writeTrustStore(dir.resolve("ca.p12"), "changeit");
        otherCaPem = TestCa.create("some other CA").writeCertificatePem(dir.resolve("other-ca.pem"));
        passwordFile = Files.writeString(dir.resolve("opensearch-password"), PASSWORD + "\n", StandardCharsets.UTF_8);
        proxy = HttpsBasicAuthProxy.start(node.url(), ca.issueServer("opensearch"), USER, PASSWORD);
    }

    @AfterAll
    static void stopProxy() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
    }

    @ParameterizedTest(name = "trusting the CA through {0}")
    @ValueSource(strings = {OpenSearchSettings.CA_FILE, OpenSearchSettings.TRUSTSTORE})
    void theIndexerInstallsTheTemplateAndIndexesArticlesOverHttpsWithBasicAuth(String trust, LocalKafka kafka,
                                                                                LocalOpenSearch node) throws Exception {
        assertEquals(403, getThroughProxy("/").statusCode(), "the indexer's user may not read the root");
        Map<String, String> env = indexerEnv(kafka);
        env.put("OPENSEARCH_PASSWORD_FILE", passwordFile.toString());
        if (trust.equals(OpenSearchSettings.CA_FILE)) {
            env.put(OpenSearchSettings.CA_FILE, caPem.toString());
        } else {
            env.put(OpenSearchSettings.TRUSTSTORE, trustStore.toString());
            env.put(OpenSearchSettings.TRUSTSTORE_PASSWORD, "changeit");
        }
        String alias = env.get("INDEX_ALIAS");
        List<Article> articles = List.of(Articles.article("secure-1-" + alias, "a crane failure"),
                Articles.article("secure-2-" + alias, "a strike"), Articles.article("secure-3-" + alias, "fog"));
        try (Indexer indexer = new Indexer(IndexConfig.fromEnv(new Env(env)))) {
            indexer.start();
            produce(kafka, env.get("INDEX_TOPIC"), articles);
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                    .until(() -> count(node, alias) == articles.size());
            assertEquals(Health.State.UP, indexer.health().state(), String.valueOf(indexer.health().detail()));
        }
        HttpResponse<String> template = get(node.url() + "/_index_template/" + new IndexNames(alias).template());
        assertEquals(200, template.statusCode(), template.body());
        HttpResponse<String> doc = get(node.url() + "/" + alias + "/_doc/" + articles.get(0).id());
        assertEquals(articles.get(0).page().title(),
                Json.mapper().readTree(doc.body()).path("_source").path("title").asText());
    }

    @Test
    void aWrongPasswordFailsTheIndexerAtOnceNamingTheUrlAndTheRefusedCredentials(LocalKafka kafka) throws Exception {
        Map<String, String> env = indexerEnv(kafka);
        env.put("OPENSEARCH_PASSWORD", "not-the-password");
        env.put(OpenSearchSettings.CA_FILE, caPem.toString());
        String detail = failure(env);
        assertTrue(detail.startsWith(OpenSearchSettings.PASSWORD + ": OpenSearch at " + proxy.url()), detail);
        assertTrue(detail.contains("HTTP 401") && detail.contains("authentication failed"), detail);
        assertFalse(detail.contains("not-the-password"), "the password must not be echoed: " + detail);
    }

    @ParameterizedTest(name = "trusting {0}")
    @ValueSource(strings = {"another CA", "only the JVM's default CAs"})
    void anUntrustedCertificateFailsTheIndexerAtOnceNamingTheTlsHandshake(String trust, LocalKafka kafka)
            throws Exception {
        Map<String, String> env = indexerEnv(kafka);
        env.put("OPENSEARCH_PASSWORD", PASSWORD);
        if (trust.equals("another CA")) {
            env.put(OpenSearchSettings.CA_FILE, otherCaPem.toString());
        }
        String detail = failure(env);
        assertTrue(detail.startsWith(OpenSearchSettings.CA_FILE + ": TLS handshake with OpenSearch at "
                + proxy.url() + " failed"), detail);
        assertTrue(detail.contains("PKIX path building failed"), detail);
    }

    /** Starts an indexer with {@code env} and returns why it failed; it must fail, and well inside the bound. */
    private static String failure(Map<String, String> env) throws Exception {
        try (Indexer indexer = new Indexer(IndexConfig.fromEnv(new Env(env)))) {
            indexer.start();
            await().atMost(REFUSAL).until(() -> indexer.health().state() == Health.State.FAILED);
            return indexer.health().detail();
        }
    }

    /** The variables a compose file gives the indexer, less the password and the trust, with names of its own. */
    private static Map<String, String> indexerEnv(LocalKafka kafka) {
        String run = "secure-os-" + RUNS.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        kafka.createTopic(run, 1);
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put(OpenSearchSettings.URL, proxy.url());
        env.put(OpenSearchSettings.USERNAME, USER);
        env.put("INDEX_TOPIC", run);
        env.put("INDEX_ALIAS", run);
        env.put("INDEX_GROUP_ID", run);
        env.put("INDEX_REPLICAS", "0");
        env.put("INDEX_HTTP_PORT", "0");
        env.put("INDEX_BULK_MAX_WAIT_MS", "100");
        return env;
    }

    private static void produce(LocalKafka kafka, String topic, List<Article> articles) {
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (Article article : articles) {
                producer.send(new ProducerRecord<>(topic, article.id().getBytes(StandardCharsets.UTF_8),
                        JsonSerde.article().serialize(topic, article)));
            }
            producer.flush();
        }
    }

    private static long count(LocalOpenSearch node, String alias) throws Exception {
        get(node.url() + "/" + alias + "/_refresh");
        HttpResponse<String> count = get(node.url() + "/" + alias + "/_count");
        return count.statusCode() == 200 ? Json.mapper().readTree(count.body()).path("count").asLong() : -1;
    }

    /** A request to the proxy that trusts its CA and logs in as the indexer's user. */
    private static HttpResponse<String> getThroughProxy(String path) throws Exception {
        SSLContext tls = SSLContext.getInstance("TLS");
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(trustStore)) {
            store.load(in, "changeit".toCharArray());
        }
        trust.init(store);
        tls.init(null, trust.getTrustManagers(), null);
        String basic = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newBuilder().sslContext(tls).build().send(HttpRequest.newBuilder(URI.create(proxy.url()
                        + path)).timeout(Duration.ofSeconds(30)).header("Authorization", "Basic " + basic).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
