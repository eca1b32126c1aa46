package io.newsflow.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.localstack.LocalKafka;
import io.newsflow.events.Json;
import io.newsflow.events.Topics;
import io.newsflow.service.config.Env;
import io.newsflow.ingest.IngestConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Pages, configuration and HTTP calls shared by the ingest integration tests. */
final class IngestFixture {

    /** Longest any test waits for one HTTP answer: a request not answered by then fails the test. */
    static final Duration HTTP_TIMEOUT = Duration.ofSeconds(30);

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private IngestFixture() {
    }

    static void createTopics(LocalKafka kafka) {
        for (String topic : new String[] {Topics.PAGES_RAW, Topics.PAGES_CLEAN, Topics.INGEST_DLQ}) {
            kafka.createTopic(topic, 4);
        }
    }

    /** Service configuration on loopback, a free port, its own consumer group, plus {@code overrides}. */
    static IngestConfig config(String bootstrap, Map<String, String> overrides) {
        Map<String, String> vars = new HashMap<>();
        vars.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        vars.put("INGEST_HTTP_HOST", "127.0.0.1");
        vars.put("INGEST_HTTP_PORT", "0");
        vars.put("INGEST_HTTP_THREADS", "4");
        vars.put("INGEST_GROUP_ID", "ingest-it-" + UUID.randomUUID());
        vars.putAll(overrides);
        return IngestConfig.from(new Env(vars));
    }

    /** A unique news URL. */
    static String newUrl() {
        return "https://news.example.org/2026/01/" + UUID.randomUUID() + ".html";
    }

    /** A realistic news article page whose body mentions {@code marker}. */
    static String articleHtml(String title, String marker) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%1$s | Example News</title>
                <meta property="og:site_name" content="Example News"></head>
                <body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
                <main><article><h1>%1$s</h1><p class="byline">By Jane Reporter</p>
                <p>The regional council approved a new water management plan on Tuesday after months of debate over
                how to share the river between farms and the growing towns downstream (%2$s).</p>
                <p>Under the plan, irrigation permits will be reviewed every five years, and towns will be required to
                publish their water use each quarter so that residents can compare districts.</p>
                <p>Farmers' groups said the review period was too short to plan long-term investments, while
                environmental organisations welcomed the reporting rules as a first step towards transparency.</p>
                <p>The council's chair told reporters that the plan balanced competing needs and that an independent
                panel would assess its effects on the river's fish populations within two years.</p>
                <p>Opposition members said they would ask the regional court to examine whether the consultation had
                been long enough, citing complaints from several villages that were not invited to the hearings.</p>
                </article></main>
                <footer><p>Copyright 2026 Example News. All rights reserved.</p></footer></body></html>
                """.formatted(title, marker);
    }

    /** {@code {url, html}} as one line of JSON. */
    static String pageJson(String url, String html) {
        ObjectNode node = Json.mapper().createObjectNode().put("url", url).put("html", html);
        return node.toString();
    }

    static HttpResponse<String> post(int port, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(HTTP_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    static HttpResponse<String> get(int port, String path) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(HTTP_TIMEOUT)
                .GET().build());
    }

    /** Sends {@code request}; an I/O failure fails the test. */
    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }
}
