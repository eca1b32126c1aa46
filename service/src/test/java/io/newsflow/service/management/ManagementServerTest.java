package io.newsflow.service.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.events.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ManagementServerTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicReference<Readiness> readiness = new AtomicReference<>(Readiness.notReady("starting"));
    private final AtomicInteger scrapes = new AtomicInteger();
    private ManagementServer server;

    @BeforeEach
    void start() {
        server = ManagementServer.start("127.0.0.1", 0, "TEST_HTTP_PORT", new ManagementEndpoints(readiness::get,
                () -> "# TYPE test_scrapes_total counter\ntest_scrapes_total " + scrapes.incrementAndGet() + "\n"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    @Test
    void livenessAnswersWhateverTheReadiness() throws Exception {
        HttpResponse<String> live = get("/health/live");
        assertEquals(200, live.statusCode());
        assertEquals("up", Json.mapper().readTree(live.body()).path("status").asText());
    }

    @Test
    void readinessFollowsTheCheckAndSaysWhy() throws Exception {
        HttpResponse<String> starting = get("/health/ready");
        assertEquals(503, starting.statusCode());
        JsonNode body = Json.mapper().readTree(starting.body());
        assertEquals("not_ready", body.path("status").asText());
        assertEquals("starting", body.path("detail").asText());

        readiness.set(Readiness.ready("consuming"));
        HttpResponse<String> ready = get("/health/ready");
        assertEquals(200, ready.statusCode());
        assertEquals("ready", Json.mapper().readTree(ready.body()).path("status").asText());
    }

    @Test
    void metricsAreRenderedAfreshInPrometheusTextOnEveryScrape() throws Exception {
        HttpResponse<String> first = get("/metrics");
        HttpResponse<String> second = get("/metrics");
        assertEquals(200, first.statusCode());
        assertTrue(first.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        assertTrue(first.body().contains("test_scrapes_total 1"), first.body());
        assertTrue(second.body().contains("test_scrapes_total 2"), second.body());
    }

    @Test
    void unknownPathIsNotFoundAndNamesTheEndpoints() throws Exception {
        HttpResponse<String> response = get("/health");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("/health/ready"), response.body());
    }

    @Test
    void writingMethodsAreRefused() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/health/ready"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals(405, response.statusCode());
        assertEquals("method_not_allowed", Json.mapper().readTree(response.body()).path("error").asText());
    }

    @Test
    void aTakenPortNamesItsVariable() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> ManagementServer.start("127.0.0.1", server.port(),
                "TEST_HTTP_PORT", new ManagementEndpoints(readiness::get, () -> "")));
        assertTrue(e.getMessage().contains("TEST_HTTP_PORT"), e.getMessage());
    }

    @Test
    void closingTwiceIsHarmless() {
        server.close();
        server.close();
    }
}
