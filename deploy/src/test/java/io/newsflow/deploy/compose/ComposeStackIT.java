package io.newsflow.deploy.compose;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.events.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The whole Compose stack, as an operator starts it from {@code .env.example} and {@code make-secrets.sh}: every
 * OpenSearch and Kafka user logs in with the password of its own secret file (and with no other), a page posted to
 * the ingest API is found in OpenSearch by the read-only dashboards user, through OpenSearch Dashboards. Needs a
 * Docker engine with {@code docker compose}; skipped, with that reason, where there is none.
 */
@Testcontainers(disabledWithoutDocker = true)
class ComposeStackIT {

    private static final Duration STARTUP = Duration.ofMinutes(15);
    private static final Duration PIPELINE = Duration.ofMinutes(3);
    private static final Map<String, String> ENV = environment();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Container
    static final ComposeContainer STACK = new ComposeContainer(ComposeFiles.COMPOSE.toFile())
            .withLocalCompose(true)
            .withBuild(true)
            .withEnv(ENV)
            .waitingFor("ingest", Wait.forHealthcheck().withStartupTimeout(STARTUP))
            .waitingFor("enrich", Wait.forHealthcheck().withStartupTimeout(STARTUP))
            .waitingFor("index", Wait.forHealthcheck().withStartupTimeout(STARTUP))
            .waitingFor("opensearch-dashboards", Wait.forHealthcheck().withStartupTimeout(STARTUP));

    /**
     * {@code .env.example} as the operator copies it, with secrets made by {@code make-secrets.sh} in a directory of
     * the test's own, and free host ports so that nothing here is disturbed.
     */
    private static Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        try {
            Path secrets = Files.createTempDirectory("newsflow-secrets-").resolve("secrets");
            Process make = new ProcessBuilder("sh", ComposeFiles.DEPLOY.resolve("make-secrets.sh").toString(),
                    secrets.toString()).inheritIO().start();
            if (make.waitFor() != 0) {
                throw new IllegalStateException("make-secrets.sh failed");
            }
            env.put("NEWSFLOW_SECRETS_DIR", secrets.toString());
            for (String line : Files.readAllLines(ComposeFiles.DEPLOY.resolve(".env.example"))) {
                int eq = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && eq > 0) {
                    env.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                }
            }
            env.put("INGEST_PORT", Integer.toString(freePort()));
            env.put("DASHBOARDS_PORT", Integer.toString(freePort()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read deploy/.env.example", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return env;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aPagePostedToIngestIsFoundByTheDashboardsReaderAndTheReaderCannotWrite() throws Exception {
        String url = "https://harbor-daily.example/" + UUID.randomUUID();
        String html;
        try (InputStream in = getClass().getResourceAsStream("/io/newsflow/deploy/samples/harbor-daily-port-strike.html")) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String page = Json.mapper().createObjectNode().put("url", url).put("html", html).toString();
        HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + ENV.get("INGEST_PORT") + "/v1/pages"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + secret("ingest_api_token"))
                .POST(HttpRequest.BodyPublishers.ofString(page)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, accepted.statusCode(), accepted.body());
        String id = Json.mapper().readTree(accepted.body()).path("id").asText();

        String query = "{\"query\": {\"term\": {\"id\": \"" + id + "\"}}}";
        await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(2)).ignoreExceptions().until(() ->
                hits(asReader("POST", "articles/_search", query)) == 1);
        JsonNode hit = Json.mapper().readTree(asReader("POST", "articles/_search", query).body())
                .path("hits").path("hits").path(0).path("_source");
        assertEquals(url, hit.path("url").asText());

        HttpResponse<String> write = asReader("POST", "articles/_doc", "{\"id\": \"forged\"}");
        assertEquals(403, write.statusCode(), write.body());
    }

    @Test
    void everyOpenSearchUserLogsInWithItsOwnSecretOnly() throws Exception {
        Map<String, String> users = Map.of("admin", "opensearch_admin_password",
                "kibanaserver", "opensearch_kibanaserver_password", "newsflow_indexer", "opensearch_indexer_password",
                "newsflow_reader", "opensearch_reader_password");
        for (Map.Entry<String, String> user : users.entrySet()) {
            assertEquals("200", openSearchLogin(user.getKey(), secret(user.getValue())), user.getKey());
            assertEquals("401", openSearchLogin(user.getKey(), secret("ingest_api_token")), user.getKey()
                    + " logs in with another secret");
        }
    }

    @Test
    void everyKafkaUserLogsInWithItsOwnSecretOnly() throws Exception {
        String users = ComposeFiles.environment(ComposeFiles.yaml(ComposeFiles.COMPOSE).path("services").path("kafka"))
                .get("SCRAM_USERS");
        for (String user : users.trim().split("\\s+")) {
            String secret = "kafka_" + user.substring("newsflow-".length()).replace('-', '_') + "_password";
            assertEquals(0, kafkaLogin(user, secret(secret)), user);
            assertEquals(1, kafkaLogin(user, secret("ingest_api_token")), user + " logs in with another secret");
        }
    }

    /** The HTTP status of GET /_plugins/_security/authinfo as {@code user}, asked inside the OpenSearch container. */
    private static String openSearchLogin(String user, String password) throws Exception {
        ExecResult result = STACK.getContainerByServiceName("opensearch").orElseThrow().execInContainer("bash", "-c",
                "printf 'user = \"%s:%s\"\\n' \"$0\" \"$1\" | curl -sS -K - -o /dev/null -w '%{http_code}'"
                        + " --cacert /usr/share/opensearch/config/tls/ca.pem https://localhost:9200/_plugins/_security/authinfo",
                user, password);
        return result.getStdout().trim();
    }

    /** The exit code of kafka-broker-api-versions.sh as {@code user} on the SASL_SSL listener, in the broker's container. */
    private static int kafkaLogin(String user, String password) throws Exception {
        ExecResult result = STACK.getContainerByServiceName("kafka").orElseThrow().execInContainer("bash", "-c",
                "f=$(mktemp) && printf '%s\\n' 'security.protocol=SASL_SSL' 'sasl.mechanism=SCRAM-SHA-512'"
                        + " \"sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required"
                        + " username=\\\"$0\\\" password=\\\"$1\\\";\" 'ssl.truststore.type=PEM'"
                        + " 'ssl.truststore.location=/tls/ca.pem' > \"$f\" && timeout 60"
                        + " /opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server kafka:9092 --command-config \"$f\""
                        + " > /dev/null 2>&1; status=$?; rm -f \"$f\"; [ $status -eq 0 ] && exit 0 || exit 1",
                user, password);
        return result.getExitCode();
    }

    private static String secret(String name) {
        try {
            return Files.readString(Path.of(ENV.get("NEWSFLOW_SECRETS_DIR"), name));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read secret " + name, e);
        }
    }

    private static long hits(HttpResponse<String> response) throws IOException {
        return response.statusCode() == 200
                ? Json.mapper().readTree(response.body()).path("hits").path("total").path("value").asLong() : -1;
    }

    /** An OpenSearch request as the dashboards reader, through the Dashboards console proxy (its only way in). */
    private static HttpResponse<String> asReader(String method, String path, String body) throws Exception {
        String credentials = "newsflow_reader:" + secret("opensearch_reader_password");
        URI uri = URI.create("http://127.0.0.1:" + ENV.get("DASHBOARDS_PORT") + "/api/console/proxy?path="
                + URLEncoder.encode(path, StandardCharsets.UTF_8) + "&method=" + method);
        return HTTP.send(HttpRequest.newBuilder(uri)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)))
                .header("osd-xsrf", "true")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
