package io.newsflow.ingest;

import static io.newsflow.ingest.IngestFixture.articleHtml;
import static io.newsflow.ingest.IngestFixture.json;
import static io.newsflow.ingest.IngestFixture.newUrl;
import static io.newsflow.ingest.IngestFixture.pageJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.localstack.LocalKafka;
import io.newsflow.testkit.LocalKafkaExtension;
import io.newsflow.testkit.TopicReader;
import io.newsflow.events.Topics;
import io.newsflow.ingest.IngestService;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(LocalKafkaExtension.class)
class IngestHttpIT {

    private static final String TOKEN = "it-token-4f1c";
    private static final String[] AUTH = {"Authorization", "Bearer " + TOKEN};
    private static final int MAX_PAGE_BYTES = 64 * 1024;

    private static IngestService service;
    private static String bootstrap;

    @BeforeAll
    static void startService(LocalKafka kafka) {
        IngestFixture.createTopics(kafka);
        bootstrap = kafka.bootstrapServers();
        service = IngestService.start(IngestFixture.config(bootstrap, Map.of(
                "INGEST_API_TOKEN", TOKEN,
                "INGEST_CONSUME_RAW", "false",
                "INGEST_MAX_PAGE_BYTES", Integer.toString(MAX_PAGE_BYTES),
                "INGEST_MAX_BATCH_PAGES", "20")));
    }

    @AfterAll
    static void stopService() {
        if (service != null) {
            service.close();
        }
    }

    private static HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        String[] all = new String[AUTH.length + headers.length];
        System.arraycopy(AUTH, 0, all, 0, AUTH.length);
        System.arraycopy(headers, 0, all, AUTH.length, headers.length);
        return IngestFixture.post(service.httpPort(), path, contentType, body, all);
    }

    private static ConsumerRecord<String, String> onPagesClean(String id) {
        return TopicReader.readMatching(bootstrap, Topics.PAGES_CLEAN, r -> id.equals(r.key()), 1).get(0);
    }

    private static void assertError(HttpResponse<String> response, int status, String error) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        JsonNode body = json(response.body());
        assertEquals(error, body.path("error").asText(), response.body());
        assertTrue(body.path("message").asText().length() > 10, "the message says what was wrong: " + body);
    }

    @Test
    void aJsonPageAnswered202IsOnPagesCleanKeyedByItsId() {
        String url = newUrl();
        HttpResponse<String> response = post("/v1/pages", "application/json",
                pageJson(url, articleHtml("Council approves water plan", "json-page")));

        assertEquals(202, response.statusCode(), response.body());
        String id = json(response.body()).path("id").asText();
        JsonNode page = json(onPagesClean(id).value());
        assertEquals(url, page.path("url").asText());
        assertEquals("http", page.path("source").asText());
        assertTrue(page.path("text").asText().contains("water management plan"), page.toString());
    }

    @Test
    void anHtmlBodyTakesItsUrlFromTheHeaderOrTheQuery() {
        String headerUrl = newUrl();
        String fetchedAt = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS).toString();
        HttpResponse<String> byHeader = post("/v1/pages", "text/html; charset=utf-8",
                articleHtml("Header page", "header"), "X-Page-Url", headerUrl, "X-Fetched-At", fetchedAt);
        String queryUrl = newUrl();
        HttpResponse<String> byQuery = post("/v1/pages?url=" + URLEncoder.encode(queryUrl, StandardCharsets.UTF_8),
                "text/html", articleHtml("Query page", "query"));

        assertEquals(202, byHeader.statusCode(), byHeader.body());
        assertEquals(202, byQuery.statusCode(), byQuery.body());
        JsonNode headerPage = json(onPagesClean(json(byHeader.body()).path("id").asText()).value());
        assertEquals(headerUrl, headerPage.path("url").asText());
        assertEquals(fetchedAt, headerPage.path("fetched_at").asText());
        assertEquals("client", headerPage.path("fetched_at_source").asText());
        assertEquals(queryUrl, json(onPagesClean(json(byQuery.body()).path("id").asText()).value())
                .path("url").asText());
    }

    @Test
    void aBatchPublishesItsGoodLinesAndNamesTheProblemOfEachBadOne() {
        List<String> urls = IntStream.range(0, 3).mapToObj(i -> newUrl()).toList();
        String body = String.join("\n",
                pageJson(urls.get(0), articleHtml("Batch one", "b1")),
                "{not json",
                pageJson(urls.get(1), articleHtml("Batch two", "b2")),
                "{\"url\": \"" + urls.get(2) + "\"}",
                "") + "\n";

        HttpResponse<String> response = post("/v1/pages/batch", "application/x-ndjson", body);

        assertEquals(202, response.statusCode(), response.body());
        JsonNode answer = json(response.body());
        assertEquals(2, answer.path("accepted").asInt());
        assertEquals(2, answer.path("rejected").asInt());
        JsonNode results = answer.path("results");
        assertEquals(List.of(202, 400, 202, 400), IntStream.range(0, 4)
                .mapToObj(i -> results.get(i).path("status").asInt()).toList());
        assertEquals(List.of(1, 2, 3, 4), IntStream.range(0, 4)
                .mapToObj(i -> results.get(i).path("line").asInt()).toList());
        assertEquals("invalid_field", results.get(3).path("error").asText());
        assertEquals("/html", results.get(3).path("field").asText());
        assertTrue(results.get(3).path("message").asText().startsWith("html, text: give exactly one of them"),
                results.get(3).toString());
        List<String> ids = List.of(results.get(0).path("id").asText(), results.get(2).path("id").asText());
        List<String> publishedUrls = TopicReader.readMatching(bootstrap, Topics.PAGES_CLEAN,
                r -> ids.contains(r.key()), 2).stream().map(r -> json(r.value()).path("url").asText())
                .collect(Collectors.toList());
        assertEquals(List.of(urls.get(0), urls.get(1)), publishedUrls.stream().sorted(
                (a, b) -> Integer.compare(urls.indexOf(a), urls.indexOf(b))).toList());
    }

    @Test
    void malformedJsonAndJsonThatIsNotAnObjectAre400() {
        assertError(post("/v1/pages", "application/json", "{\"url\": "), 400, "invalid_json");
        assertError(post("/v1/pages", "application/json", "{\"url\": \"" + newUrl() + "\", \"html\": \"<p>hi"), 400,
                "invalid_json");
        assertError(post("/v1/pages", "application/json", pageJson(newUrl(), "<p>x</p>") + " xyz"), 400, "invalid_json");
        assertError(post("/v1/pages", "application/json", "not json {"), 400, "invalid_json");
        HttpResponse<String> array = post("/v1/pages", "application/json", "[" + pageJson(newUrl(), "<p>x</p>") + "]");

        assertError(array, 400, "invalid_json");
        assertEquals("expected a JSON object {url, html | text, fetched_at?, headers?}, got an array",
                json(array.body()).path("message").asText());
    }

    @Test
    void aPageWithoutUrlOrWithBothHtmlAndTextIs400NamingTheField() {
        HttpResponse<String> noUrl = post("/v1/pages", "application/json", "{\"html\": \"<p>x</p>\"}");
        assertError(noUrl, 400, "invalid_field");
        assertEquals("/url", json(noUrl.body()).path("field").asText());
        assertError(post("/v1/pages", "application/json",
                "{\"url\": \"" + newUrl() + "\", \"html\": \"<p>x</p>\", \"text\": \"x\"}"), 400, "invalid_field");
        assertError(post("/v1/pages", "application/json", "{\"url\": \"ftp://example.org/a\", \"text\": \"x\"}"),
                400, "invalid_field");
    }

    @Test
    void aFieldOfTheWrongTypeSaysWhatItMustBeWithoutJavaNames() {
        HttpResponse<String> date = post("/v1/pages", "application/json", "{\"url\": \"" + newUrl()
                + "\", \"text\": \"x\", \"fetched_at\": \"1 March 2026\"}");
        HttpResponse<String> html = post("/v1/pages", "application/json", "{\"url\": \"" + newUrl()
                + "\", \"html\": [\"<p>x</p>\"]}");
        HttpResponse<String> header = post("/v1/pages", "text/html", articleHtml("Header date", "hd"),
                "X-Page-Url", newUrl(), "X-Fetched-At", "yesterday");
        HttpResponse<String> number = post("/v1/pages", "application/json", "{\"url\": \"" + newUrl()
                + "\", \"html\": 5}");

        assertError(date, 400, "invalid_field");
        assertEquals("fetched_at: expected an ISO-8601 instant such as 2026-03-01T12:00:00Z, got \"1 March 2026\"",
                json(date.body()).path("message").asText());
        assertEquals("/fetched_at", json(date.body()).path("field").asText());
        assertError(html, 400, "invalid_field");
        assertEquals("html: expected a string, the page's HTML, got an array", json(html.body()).path("message").asText());
        assertError(header, 400, "invalid_field");
        assertEquals("X-Fetched-At", json(header.body()).path("field").asText());
        assertError(number, 400, "invalid_field");
        assertEquals("html: expected a string, the page's HTML, got a number",
                json(number.body()).path("message").asText());
        for (HttpResponse<String> response : List.of(date, html, header)) {
            assertTrue(!response.body().matches("(?s).*(java\\.|io\\.newsflow|RawPage|Instant|deserializ).*"),
                    response.body());
        }
    }

    @Test
    void aPageTheCleanerRejectsIs422WithTheReason() {
        HttpResponse<String> response = post("/v1/pages", "application/json",
                pageJson(newUrl(), "<html><head><title>Empty</title></head><body></body></html>"));

        assertEquals(422, response.statusCode(), response.body());
        assertTrue(json(response.body()).path("error").asText().startsWith("rejected_"), response.body());
    }

    @Test
    void aOneSentencePageIsToldWhatWasFoundAndWhatTheMinimumIs() {
        HttpResponse<String> response = post("/v1/pages", "application/json",
                pageJson(newUrl(), "<html><body><p>The council met on Tuesday.</p></body></html>"));

        assertError(response, 422, "rejected_no_content");
        String message = json(response.body()).path("message").asText();
        assertTrue(message.contains("27 characters: \"The council met on Tuesday.\""), message);
        assertTrue(message.contains("at least one paragraph of 80 characters"), message);
    }

    @Test
    void aBatchWhoseLinesAreAllMalformedIs400LikeOneMalformedPage() {
        HttpResponse<String> response = post("/v1/pages/batch", "application/x-ndjson", "{not json\n[1]\n");

        assertError(response, 400, "no_page_accepted");
        assertEquals(0, json(response.body()).path("accepted").asInt());
        assertEquals(2, json(response.body()).path("rejected").asInt());
    }

    @Test
    void anUnsupportedContentTypeIs415() {
        assertError(post("/v1/pages", "application/pdf", "%PDF-1.4"), 415, "unsupported_media_type");
        assertError(post("/v1/pages/batch", "application/json", pageJson(newUrl(), "<p>x</p>")), 415,
                "unsupported_media_type");
    }

    @Test
    void anHtmlBodyWithoutUrlIs400() {
        assertError(post("/v1/pages", "text/html", articleHtml("No URL", "none")), 400, "invalid_field");
    }

    @Test
    void aPageOverTheLimitIs413PageTooLargeWhateverItsContentType() {
        String huge = articleHtml("Huge", "x".repeat(MAX_PAGE_BYTES + 1));

        assertError(post("/v1/pages", "text/html", huge, "X-Page-Url", newUrl()), 413, "page_too_large");
        assertError(post("/v1/pages", "application/json", pageJson(newUrl(), huge)), 413, "page_too_large");
    }

    @Test
    void aBatchOverThePageLimitIs413AndAnEmptyOneIs400() {
        String line = pageJson(newUrl(), "<p>short</p>");
        String tooMany = IntStream.range(0, 21).mapToObj(i -> line).collect(Collectors.joining("\n"));

        assertError(post("/v1/pages/batch", "application/x-ndjson", tooMany), 413, "too_many_pages");
        assertError(post("/v1/pages/batch", "application/x-ndjson", "\n\n"), 400, "empty_batch");
    }

    @Test
    void withoutTheRightBearerTokenPagesAre401() {
        String page = pageJson(newUrl(), articleHtml("Unauthorised", "auth"));

        assertError(IngestFixture.post(service.httpPort(), "/v1/pages", "application/json", page), 401, "unauthorized");
        assertError(IngestFixture.post(service.httpPort(), "/v1/pages", "application/json", page,
                "Authorization", "Bearer wrong"), 401, "unauthorized");
    }

    @Test
    void unknownPathsAre404AndWrongMethods405() {
        assertError(IngestFixture.get(service.httpPort(), "/v2/pages"), 404, "not_found");
        assertError(IngestFixture.get(service.httpPort(), "/v1/pages"), 405, "method_not_allowed");
    }

    /** {@code ingest_pages_rejected_total} by {@code source/reason}, as the service's /metrics says. */
    private static Map<String, Double> rejectedCounts() {
        Map<String, Double> counts = new TreeMap<>();
        Matcher m = Pattern.compile("(?m)^ingest_pages_rejected_total\\{reason=\"([a-z_]+)\",source=\"([a-z]+)\",?\\}"
                + " ([0-9.E]+)$").matcher(IngestFixture.get(service.httpPort(), "/metrics").body());
        while (m.find()) {
            counts.put(m.group(2) + "/" + m.group(1), Double.parseDouble(m.group(3)));
        }
        return counts;
    }

    @Test
    void everyRejectionIsCountedByItsReason(@TempDir Path dir) throws Exception {
        Map<String, Double> before = rejectedCounts();
        String deep = "<div>".repeat(600) + "The harbour board met on Monday and agreed to publish its plan soon.";
        post("/v1/pages", "application/json", "{\"url\": ");
        post("/v1/pages", "application/json", "[]");
        post("/v1/pages", "application/json", "{\"url\": \"" + newUrl() + "\", \"text\": \"x\", \"fetched_at\": true}");
        post("/v1/pages", "text/html", articleHtml("Huge", "x".repeat(MAX_PAGE_BYTES + 1)), "X-Page-Url", newUrl());
        IngestFixture.post(service.httpPort(), "/v1/pages", "application/json", pageJson(newUrl(), "<p>x</p>"));
        post("/v1/pages", "application/pdf", "%PDF-1.4");
        post("/v1/pages", "application/json", pageJson(newUrl(), "<p>The council met on Tuesday.</p>"));
        post("/v1/pages", "text/html", deep, "X-Page-Url", newUrl());
        post("/v1/pages", "text/html", "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj", "X-Page-Url", newUrl());
        post("/v1/pages/batch", "application/x-ndjson", "{not json\n" + pageJson(newUrl(), "<p>Short.</p>") + "\n");
        Files.writeString(dir.resolve("short.html"), "<html><body><p>Too short.</p></body></html>");
        Files.writeString(dir.resolve("huge.txt"), "y".repeat(MAX_PAGE_BYTES + 1));
        service.ingestFiles(List.of(dir, dir.resolve("missing.html")));

        Map<String, Double> after = rejectedCounts();
        Map<String, Double> added = new TreeMap<>();
        after.forEach((key, count) -> {
            double delta = count - before.getOrDefault(key, 0.0);
            if (delta > 0) {
                added.put(key, delta);
            }
        });
        assertEquals(new TreeMap<>(Map.ofEntries(
                Map.entry("http/malformed", 3.0),
                Map.entry("http/invalid_field", 1.0),
                Map.entry("http/too_large", 1.0),
                Map.entry("http/unauthorized", 1.0),
                Map.entry("http/unsupported_media_type", 1.0),
                Map.entry("http/no_content", 2.0),
                Map.entry("http/too_deep", 1.0),
                Map.entry("http/not_text", 1.0),
                Map.entry("file/no_content", 1.0),
                Map.entry("file/too_large", 1.0),
                Map.entry("file/unreadable", 1.0))), added);
    }

    @Test
    void healthAndMetricsAreServed() {
        post("/v1/pages", "application/json", pageJson(newUrl(), articleHtml("Metrics", "metrics")));

        assertEquals(200, IngestFixture.get(service.httpPort(), "/health/live").statusCode());
        HttpResponse<String> ready = IngestFixture.get(service.httpPort(), "/health/ready");
        assertEquals(200, ready.statusCode());
        assertEquals("ready", json(ready.body()).path("status").asText());
        assertEquals("Kafka is reachable", json(ready.body()).path("detail").asText());
        String metrics = IngestFixture.get(service.httpPort(), "/metrics").body();
        assertTrue(metrics.contains("ingest_pages_published_total{source=\"http\"}"), metrics);
        assertTrue(metrics.contains("kafka_producer_record_send_total"), "Kafka client metrics are exported");
        assertTrue(metrics.contains("ingest_http_requests_seconds_count"), metrics);
    }
}
