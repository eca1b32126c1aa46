package io.newsflow.ingest;

import static io.newsflow.ingest.IngestFixture.articleHtml;
import static io.newsflow.ingest.IngestFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.localstack.LocalKafka;
import io.newsflow.testkit.LocalKafkaExtension;
import io.newsflow.testkit.TopicReader;
import io.newsflow.events.Topics;
import io.newsflow.ingest.FileImport;
import io.newsflow.ingest.source.FileIngester;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

@ExtendWith(LocalKafkaExtension.class)
class IngestFilesIT {

    private static String bootstrap;

    @BeforeAll
    static void topics(LocalKafka kafka) {
        IngestFixture.createTopics(kafka);
        bootstrap = kafka.bootstrapServers();
    }

    private static FileIngester.Summary ingest(List<Path> paths) {
        try (FileImport files = FileImport.open(IngestFixture.config(bootstrap, Map.of()))) {
            return files.ingest(paths);
        }
    }

    private static Set<String> urlsOnPagesClean(Set<String> expected) {
        List<ConsumerRecord<String, String>> records = TopicReader.readMatching(bootstrap, Topics.PAGES_CLEAN,
                r -> expected.contains(json(r.value()).path("url").asText()), expected.size());
        return records.stream().map(r -> json(r.value()).path("url").asText()).collect(Collectors.toSet());
    }

    @Test
    void withABaseUrlASavedPageWithoutCanonicalLinkIsKnownByItsAddressUnderIt(@TempDir Path dir) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path nested = Files.createDirectories(dir.resolve(run).resolve("2026 01"));
        Files.writeString(nested.resolve("council.html"), articleHtml("Council", "base-" + run));
        String declared = "https://www.valley-times.example.net/news/" + run + "/bridge";
        Files.writeString(nested.resolve("bridge.html"), articleHtml("Bridge", "canon-" + run)
                .replace("</head>", "<link rel=canonical href='" + declared + "'></head>"));
        Path alone = Files.writeString(dir.resolve("wire-" + run + ".txt"), "Officials met on Monday to discuss the"
                + " plan.\n\nThey agreed to meet again next month to review the figures and the budget (" + run + ").");
        URI base = FileIngester.baseUrl("https://harbor-daily.example.com/saved");

        FileIngester.Summary summary;
        try (FileImport files = FileImport.open(IngestFixture.config(bootstrap, Map.of()))) {
            summary = files.ingest(List.of(dir.resolve(run), alone), base);
        }

        assertEquals(3, summary.published(), summary + " " + summary.problems());
        String plainUrl = "https://harbor-daily.example.com/saved/2026%2001/council.html";
        String bridgeUrl = "https://harbor-daily.example.com/saved/2026%2001/bridge.html";
        String aloneUrl = "https://harbor-daily.example.com/saved/wire-" + run + ".txt";
        Map<String, JsonNode> pages = TopicReader.readMatching(bootstrap,
                Topics.PAGES_CLEAN, r -> Set.of(plainUrl, bridgeUrl, aloneUrl).contains(json(r.value()).path("url")
                        .asText()), 3).stream().map(r -> json(r.value()))
                .collect(Collectors.toMap(p -> p.path("url").asText(), p -> p));
        // no canonical link: the address under the base URL, and its site
        assertEquals(plainUrl, pages.get(plainUrl).path("canonical_url").asText(), pages.toString());
        assertEquals("example.com", pages.get(plainUrl).path("site").asText(), pages.toString());
        assertEquals(aloneUrl, pages.get(aloneUrl).path("canonical_url").asText(), pages.toString());
        assertEquals("example.com", pages.get(aloneUrl).path("site").asText(), pages.toString());
        // a canonical web address the page declares still wins, even on another site
        assertEquals(declared, pages.get(bridgeUrl).path("canonical_url").asText(), pages.toString());
        assertEquals("example.net", pages.get(bridgeUrl).path("site").asText(), pages.toString());
    }

    @Test
    void aBaseUrlMustBeAWebAddress() {
        for (String bad : List.of("ftp://example.com/", "/saved/pages", "https:///no-host", "https://example.com/?q=1")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> FileIngester.baseUrl(bad));
            assertTrue(e.getMessage().contains("got: " + bad), e.getMessage());
        }
        assertEquals(URI.create("http://example.com"), FileIngester.baseUrl("http://example.com"));
    }

    @Test
    void aDirectoryPublishesItsHtmlAndTextFilesAndSkipsTheRest(@TempDir Path dir) throws Exception {
        Path nested = Files.createDirectories(dir.resolve("2026").resolve("01"));
        Path html = Files.writeString(dir.resolve("council.html"), articleHtml("Council", "dir-html"));
        Path htm = Files.writeString(nested.resolve("river.htm"), articleHtml("River", "dir-htm"));
        Path text = Files.writeString(nested.resolve("wire.txt"), "Officials met on Monday to discuss the plan.\n\n"
                + "They agreed to meet again next month to review the figures.");
        Files.writeString(dir.resolve("notes.csv"), "a,b\n1,2\n");
        Files.writeString(dir.resolve("empty.html"), "<html><body></body></html>");

        FileIngester.Summary summary = ingest(List.of(dir));

        assertEquals(4, summary.files(), summary.toString());
        assertEquals(3, summary.published(), summary.toString());
        assertEquals(1, summary.rejected(), summary.toString());
        assertEquals(1, summary.skipped(), summary.toString());
        assertTrue(summary.problems().get(0).contains("empty.html"), summary.problems().toString());
        Set<String> urls = Set.of(html.toUri().toString(), htm.toUri().toString(), text.toUri().toString());
        assertEquals(urls, urlsOnPagesClean(urls));
    }

    @Test
    void aWarcFilePublishesItsHtmlResponsesWithTargetUrlAndCaptureDate(@TempDir Path dir) throws Exception {
        String run = UUID.randomUUID().toString();
        String first = "https://news.example.org/warc/" + run + "/council.html";
        String second = "https://news.example.org/warc/" + run + "/river.html";
        String resource = "https://news.example.org/warc/" + run + "/brief.txt";
        Instant captured = Instant.parse("2026-01-07T06:30:00Z");
        Path warc = dir.resolve("crawl.warc.gz");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            writer.write(response(first, captured, "text/html; charset=utf-8", articleHtml("Council", "warc-1")));
            writer.write(response(second, captured, "text/html", articleHtml("River", "warc-2")));
            writer.write(response("https://news.example.org/warc/" + run + "/logo.png", captured, "image/png",
                    "PNG"));
            writer.write(new WarcResource.Builder(URI.create(resource)).date(captured)
                    .body(MediaType.PLAIN_TEXT, ("The council met again on Wednesday to discuss the plan.\n\n"
                            + "A vote is expected next week.").getBytes(StandardCharsets.UTF_8)).build());
        }

        FileIngester.Summary summary = ingest(List.of(warc));

        assertEquals(1, summary.files(), summary.toString());
        assertEquals(3, summary.warcRecords(), summary.toString());
        assertEquals(3, summary.published(), summary.toString());
        assertEquals(1, summary.skipped(), summary.toString());
        Set<String> urls = Set.of(first, second, resource);
        List<ConsumerRecord<String, String>> records = TopicReader.readMatching(bootstrap, Topics.PAGES_CLEAN,
                r -> urls.contains(json(r.value()).path("url").asText()), 3);
        assertTrue(records.stream().allMatch(r -> "warc".equals(json(r.value()).path("source").asText())));
        assertTrue(records.stream().allMatch(r -> captured.toString().equals(json(r.value()).path("fetched_at")
                .asText())), records.toString());
    }

    @Test
    void aMissingPathIsReportedNotIgnored(@TempDir Path dir) {
        FileIngester.Summary summary = ingest(List.of(dir.resolve("missing")));

        assertEquals(1, summary.rejected());
        assertTrue(summary.problems().get(0).contains("no such file"), summary.problems().toString());
    }

    private static WarcResponse response(String url, Instant date, String contentType, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .addHeader("Content-Type", contentType)
                .body(MediaType.parse(contentType), bytes)
                .build();
        return new WarcResponse.Builder(url).date(date).body(http).build();
    }
}
