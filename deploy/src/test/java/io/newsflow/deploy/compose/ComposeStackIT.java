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
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The whole Compose stack, as an operator starts it from {@code .env.example}: a page posted to the ingest API is
 * found in OpenSearch by the read-only dashboards user, through OpenSearch Dashboards. Needs a Docker engine with
 * {@code docker compose}; skipped, with that reason, where there is none.
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

    /** {@code .env.example} as the operator copies it, with free host ports so that nothing here is disturbed. */
    private static Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        try {
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
                .header("Authorization", "Bearer " + ENV.get("INGEST_API_TOKEN"))
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

    private static long hits(HttpResponse<String> response) throws IOException {
        return response.statusCode() == 200
                ? Json.mapper().readTree(response.body()).path("hits").path("total").path("value").asLong() : -1;
    }

    /** An OpenSearch request as the dashboards reader, through the Dashboards console proxy (its only way in). */
    private static HttpResponse<String> asReader(String method, String path, String body) throws Exception {
        String credentials = "newsflow_reader:" + ENV.get("DASHBOARDS_READER_PASSWORD");
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
