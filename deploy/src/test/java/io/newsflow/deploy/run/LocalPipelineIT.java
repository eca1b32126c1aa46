package io.newsflow.deploy.run;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.deploy.cli.Newsflow;
import io.newsflow.testkit.SharedData;
import io.newsflow.localstack.FileTrees;
import io.newsflow.events.Article;
import io.newsflow.events.Json;
import io.newsflow.ingest.source.FileIngester;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The whole pipeline as {@code newsflow run} starts it (a real Kafka broker and OpenSearch node as child processes,
 * the ingest, enrich and index services in this JVM, free loopback ports, a fresh data directory), fed the bundled
 * sample pages and, when {@code ../shared/seeds} is present, the five seeds, and checked as dashboards and users see
 * the result: through OpenSearch's REST API on the {@code articles} alias. One stack serves the whole class; the
 * tests only read what the files produced, or add pages of their own. The last one stops the stack and runs
 * {@code newsflow run --once} on the same data directory.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalPipelineIT {

    private static final Logger LOG = LoggerFactory.getLogger(LocalPipelineIT.class);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** For about ten pages through three services and two servers on a busy 2-core machine; start-up not included. */
    private static final Duration CATCH_UP = Duration.ofSeconds(120);
    /** "Searchable within a few seconds": the indexer's bulk wait and the index refresh are a second each. */
    private static final Duration FEW_SECONDS = Duration.ofSeconds(15);
    private static final String STRIKE = "harbor-daily-port-strike.html";
    /** The Associated Press story of {@link #STRIKE} as another paper runs it: another URL, other boilerplate. */
    private static final String STRIKE_COPY = "valley-times-port-strike.html";
    private static final String LIBRARY = "harbor-daily-library.html";
    private static final String STORM = "coastal-radio-storm.txt";

    private static Instant started;
    private static Path dataDir;
    private static LocalPipeline pipeline;
    private static final String TOKEN = "run-token-" + UUID.randomUUID();
    private static Path samples;
    private static Optional<Path> seeds;

    @BeforeAll
    static void startThePipelineAndIngestTheSamplesAndSeeds() throws Exception {
        started = Instant.now();
        // the OpenSearch node may run as an unprivileged user (when this JVM is root), who must reach the directory
        dataDir = Files.createTempDirectory("newsflow-pipeline-it-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        // as `INGEST_API_TOKEN=... newsflow run` would be started: the API must demand the token
        pipeline = LocalPipeline.start(new LocalPipeline.Options(dataDir, 0, 0, 0,
                Map.of("INGEST_API_TOKEN", TOKEN)), step -> LOG.info("{}", step));
        samples = SamplePages.extractTo(dataDir.resolve("samples"));
        seeds = SharedData.find("seeds");
        List<Path> inputs = new ArrayList<>(List.of(samples));
        seeds.ifPresent(inputs::add);

        FileIngester.Summary ingested = pipeline.ingest(inputs);

        assertTrue(ingested.allPublished() && ingested.published() == ingested.files(),
                ingested + " " + ingested.problems());
        // held for a second: a stage that has just read its input may not have written its output yet
        await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(250)).during(Duration.ofSeconds(1))
                .until(() -> pipeline.behind().isEmpty());
        send("POST", "/articles/_refresh", null);
    }

    @AfterAll
    static void stopThePipeline() throws IOException {
        if (pipeline != null) {
            pipeline.close();
        }
        if (dataDir != null) {
            FileTrees.delete(dataDir);
        }
    }

    @Test
    void aSyndicatedCopyUnderAnotherUrlIsNoSecondDocumentButADuplicateOfItsStory() throws Exception {
        String original = url(samples.resolve(STRIKE));
        String copy = url(samples.resolve(STRIKE_COPY));

        List<JsonNode> strike = documents(terms("url", original, copy));

        assertEquals(1, strike.size(), "one story, one document: " + strike);
        JsonNode story = strike.get(0);
        // both pages are ingested together, so either may reach enrich first; the first seen holds the story
        String other = story.path("url").asText().equals(original) ? copy : original;
        assertEquals(1, story.path("duplicate_count").asInt(), story.toString());
        assertEquals(other, story.path("duplicates").path(0).path("url").asText(), story.toString());
        assertEquals(Article.SYNDICATED, story.path("event").asText());
        assertEquals(story.path("id").asText(), story.path("story_id").asText());
        assertEquals("AP", story.path("wire").asText());
        // saved pages are known by the address they declare: the papers' sites, not the files'
        assertEquals(Set.of("example.com", "example.net"), Set.of(story.path("site").asText(),
                story.path("duplicates").path(0).path("site").asText()), story.toString());
        assertEquals(Set.of(STORM, LIBRARY, fileName(story)),
                documents(prefix("url", url(samples))).stream().map(LocalPipelineIT::fileName)
                        .collect(Collectors.toSet()));
    }

    @Test
    void everyStoryCarriesItsLanguageEntitiesAndWhenItWasIndexed() throws Exception {
        Map<String, JsonNode> byFile = documents(prefix("url", url(samples))).stream()
                .collect(Collectors.toMap(LocalPipelineIT::fileName, d -> d, (a, b) -> a));
        JsonNode strike = byFile.containsKey(STRIKE) ? byFile.get(STRIKE) : byFile.get(STRIKE_COPY);
        JsonNode library = byFile.get(LIBRARY);

        assertTrue(strings(strike.path("entities").path("people")).contains("Maria Okafor"), strike.toString());
        assertTrue(strings(strike.path("entities").path("organizations")).contains("Calder Port Authority"),
                strike.toString());
        assertTrue(strings(library.path("entities").path("people")).contains("Ana Castillo"), library.toString());
        assertTrue(strings(library.path("entities").path("organizations")).contains("Calder City Council"),
                library.toString());
        assertEquals("https://harbor-daily.example.com/local/2025/03/12/central-library-approved",
                library.path("canonical_url").asText());
        assertEquals("example.com", library.path("site").asText());
        assertEquals("Harbor Daily", library.path("site_name").asText());
        Instant now = Instant.now();
        for (JsonNode doc : byFile.values()) {
            assertEquals("en", doc.path("language").asText(), doc.path("url").asText());
            assertTrue(doc.path("language_confidence").asDouble() > 0, doc.path("url").asText());
            Instant ingestedAt = Instant.parse(doc.path("ingested_at").asText());
            Instant indexedAt = Instant.parse(doc.path("indexed_at").asText());
            assertFalse(indexedAt.isBefore(ingestedAt) || indexedAt.isBefore(started) || indexedAt.isAfter(now),
                    "indexed_at " + indexedAt + ", ingested_at " + ingestedAt + " of " + doc.path("url").asText());
        }
    }

    @Test
    void eachStoryIsFoundByAWordOfItsBodyAndOnlyOnce() throws Exception {
        // none of these words is in a title; "overtime" is in both strike pages, which make one story
        Map<String, String> storyOfWord = Map.of("overtime", STRIKE, "auditorium", LIBRARY, "floodwater", STORM);

        for (var word : storyOfWord.entrySet()) {
            List<JsonNode> hits = documents(match("text", word.getKey()));

            assertEquals(1, hits.size(), word.getKey() + ": " + hits);
            String found = fileName(hits.get(0));
            assertTrue(found.equals(word.getValue()) || word.getValue().equals(STRIKE) && found.equals(STRIKE_COPY),
                    word.getKey() + " found " + found);
        }
    }

    @Test
    void relatedSeedStoriesSharingSentencesStayTwoStories() throws Exception {
        assumeTrue(seeds.isPresent(), "shared seeds not present");
        List<Path> seedFiles;
        try (Stream<Path> files = Files.list(seeds.get())) {
            seedFiles = files.filter(f -> f.getFileName().toString().matches("00[0-4]_.*\\.txt")).sorted().toList();
        }
        assumeTrue(seedFiles.size() == 5, "the five seeds are not all there: " + seedFiles);

        List<JsonNode> docs = documents(prefix("url", url(seeds.get())));
        JsonNode first = documents(terms("url", url(seedFiles.get(0)))).get(0);
        JsonNode second = documents(terms("url", url(seedFiles.get(1)))).get(0);

        assertEquals(5, docs.size(), "five seeds, five stories: " + docs.stream().map(LocalPipelineIT::fileName)
                .toList());
        for (JsonNode seed : List.of(first, second)) {
            assertEquals(0, seed.path("duplicate_count").asInt(), seed.toString());
            assertEquals(Article.CREATED, seed.path("event").asText());
            assertEquals(seed.path("id").asText(), seed.path("story_id").asText());
            assertEquals("en", seed.path("language").asText());
            assertEquals("Yonhap", seed.path("wire").asText());
        }
        assertFalse(first.path("id").asText().equals(second.path("id").asText()));
        assertTrue(strings(first.path("entities").path("people")).contains("Mark Lippert"), first.toString());
        assertTrue(strings(second.path("entities").path("people")).contains("Robert King"), second.toString());
        // the second is found by a body word of its own, not as a copy under the first
        assertEquals(List.of(second.path("id").asText()), documents(match("text", "Kim Yong-hyon")).stream()
                .map(d -> d.path("id").asText()).toList());
    }

    @Test
    void aPagePostedToTheIngestApiAfterwardsIsSearchableWithinAFewSeconds() throws Exception {
        String url = "https://news.example.org/2026/11/23/ferry-" + UUID.randomUUID();
        String word = "quayside" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        String html = """
                <html><head><title>Island ferry resumes sailings - Example News</title></head><body>
                <nav><a href="/">Home</a> <a href="/local">Local</a></nav>
                <article><h1>Island ferry resumes sailings</h1>
                <p>The island ferry resumed sailings on Monday after engineers replaced a damaged propeller, the
                operator said, ending a week of cancellations for commuters and freight.</p>
                <p>Passengers waiting at the %s terminal said the new timetable was a relief after days of
                uncertainty on the crossing, which carries about four thousand people a day.</p>
                </article><footer>Example News</footer></body></html>""".formatted(word);
        ObjectNode page = Json.mapper().createObjectNode().put("url", url).put("html", html);

        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(pipeline.ingestUrl() + "/v1/pages"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(page.toString()));
        HttpResponse<String> withoutToken = HTTP.send(post.build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrongToken = HTTP.send(post.copy().header("Authorization", "Bearer not-" + TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> accepted = HTTP.send(post.copy().header("Authorization", "Bearer " + TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(401, withoutToken.statusCode(), withoutToken.body());
        assertEquals(401, wrongToken.statusCode(), wrongToken.body());
        assertEquals(202, accepted.statusCode(), accepted.body());
        String id = Json.mapper().readTree(accepted.body()).path("id").asText();
        await().atMost(FEW_SECONDS).pollInterval(Duration.ofMillis(200))
                .until(() -> documents(match("text", word)).size() == 1);
        JsonNode doc = documents(match("text", word)).get(0);
        assertEquals(id, doc.path("id").asText());
        assertEquals(url, doc.path("url").asText());
        assertEquals("Island ferry resumes sailings", doc.path("title").asText());
        assertEquals("en", doc.path("language").asText());
        assertTrue(Instant.parse(doc.path("indexed_at").asText()).isAfter(Instant.parse(doc.path("ingested_at")
                .asText())), doc.toString());
    }

    @Test
    void theStatusPageAddsUpAsTheProgressLineDoesWithoutTheApiToken() throws Exception {
        // the figures come from Kafka alone (topics and the stages' committed offsets), the progress line from the
        // services in this JVM: once everything is processed they must tell the same story
        await().atMost(FEW_SECONDS).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            LocalPipeline.Progress progress = pipeline.progress();
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(pipeline.ingestUrl()
                    + "/v1/status")).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), "no token needed to look: " + answer.body());
            JsonNode status = Json.mapper().readTree(answer.body());
            String seen = progress + " / status page: " + answer.body();
            assertTrue(status.path("kafka").path("reachable").asBoolean(), seen);
            assertEquals(progress.ingested(), statusFigure(status, "ingest", "published"), seen);
            assertEquals(progress.ingested(), statusFigure(status, "enrich", "read"), seen);
            assertEquals(progress.created(), statusFigure(status, "enrich", "new"), seen);
            assertEquals(progress.updated(), statusFigure(status, "enrich", "updated"), seen);
            assertEquals(progress.duplicates(), statusFigure(status, "enrich", "duplicates"), seen);
            assertEquals(progress.repeats(), statusFigure(status, "enrich", "repeats"), seen);
            assertEquals(progress.deadLetters(), statusFigure(status, "enrich", "dead_letters"), seen);
            assertEquals(progress.syndicated(), statusFigure(status, "enrich", "syndicated"), seen);
            assertEquals(progress.created() + progress.updated() + progress.syndicated(),
                    statusFigure(status, "index", "indexed"), "every article event settled: " + seen);
            for (JsonNode stage : status.path("stages")) {
                if (!stage.path("lag").isNull()) {
                    assertEquals(0, stage.path("lag").path("records").asLong(-1), seen);
                }
            }
            assertTrue(status.path("stories").size() > 0, seen);
        });
    }

    private static long statusFigure(JsonNode status, String stage, String key) {
        for (JsonNode s : status.path("stages")) {
            for (JsonNode figure : s.path("figures")) {
                if (s.path("name").asText().equals(stage) && figure.path("key").asText().equals(key)) {
                    return figure.path("count").asLong();
                }
            }
        }
        throw new AssertionError("no figure " + stage + "/" + key + " in " + status);
    }

    /** Last, since it stops the class's pipeline (as Ctrl-C stops {@code newsflow run}) to start another on its data. */
    @Test
    @Order(Integer.MAX_VALUE)
    void aSecondRunOnTheSameDataDirectoryKnowsTheStoriesOfTheFirst() throws Exception {
        pipeline.close();
        // a third paper's copy of the strike story: only a pipeline that remembers the story sees a duplicate
        Path thirdCopy = Files.createDirectories(dataDir.resolve("more")).resolve("coast-courier-port-strike.html");
        try (InputStream in = LocalPipelineIT.class.getResourceAsStream("coast-courier-port-strike.html")) {
            Files.copy(in, thirdCopy);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = new CommandLine(new Newsflow()).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute("run", "--once", "--data-dir", dataDir.toString(),
                        "--ingest-port", "0", "--kafka-port", "0", "--opensearch-port", "0",
                        "--timeout", CATCH_UP.toString(), thirdCopy.toString(), samples.toString());

        String printed = out.toString();
        assertEquals(0, exit, printed + err);
        long samplePages;
        try (var files = Files.list(samples)) {
            samplePages = files.count();
        }
        assertTrue(printed.contains("newsflow: ingest: files=" + (1 + samplePages) + " warc_records=0 published="
                + (1 + samplePages) + " rejected=0 failed=0"), printed);
        // the sample pages again, unchanged, are repeats; the third copy a duplicate; nothing is new
        Matcher counts = Pattern.compile("\nAll pages are processed\\.\npages ingested (\\d+) = new (\\d+) \\+ updated"
                + " (\\d+) \\+ duplicates (\\d+) \\+ repeats (\\d+) \\+ dead letters (\\d+) · indexed (\\d+)\n")
                .matcher(printed);
        assertTrue(counts.find(), printed);
        long[] n = IntStream.rangeClosed(1, 7).mapToLong(i -> Long.parseLong(counts.group(i))).toArray();
        assertEquals(1 + samplePages, n[0], printed);
        assertEquals(n[0], n[1] + n[2] + n[3] + n[4] + n[5], "every page accounted for once: " + printed);
        assertEquals(0, n[1], printed);
        assertEquals(samplePages, n[4], printed);
        assertEquals(1, n[3], printed);
        assertTrue(printed.matches("(?s).*\n  status page      http://127\\.0\\.0\\.1:\\d+/ .*"), printed);
        assertTrue(printed.matches("(?s).*\n  ingest API       http://127\\.0\\.0\\.1:\\d+/v1/pages .*"), printed);
        assertTrue(printed.matches("(?s).*\n  health, metrics  http://127\\.0\\.0\\.1:\\d+, http://127\\.0\\.0\\.1:\\d+, "
                + "http://127\\.0\\.0\\.1:\\d+ .*"), printed);
        assertTrue(printed.matches("(?s).*\n  Kafka bootstrap  127\\.0\\.0\\.1:\\d+ .*"), printed);
        assertTrue(printed.matches("(?s).*\n  OpenSearch       http://127\\.0\\.0\\.1:\\d+/articles/_search .*"),
                printed);
        assertTrue(printed.contains("  data directory   " + dataDir.toAbsolutePath()), printed);
        // a quiet console: log lines in the data directory's log file, named at start; on stderr at most summaries
        Path logFile = dataDir.resolve("newsflow.log").toAbsolutePath();
        assertTrue(printed.startsWith("newsflow: logging to " + logFile + "\n"), printed);
        assertTrue(err.toString().lines().allMatch(l -> l.startsWith("newsflow: ") && l.endsWith(" — see " + logFile)),
                err.toString());
        String logged = Files.readString(logFile);
        assertTrue(logged.contains("starting Kafka broker 0"), logged);
        // stopped in order: the services closed while Kafka still ran, and never lost their broker
        assertTrue(printed.endsWith("newsflow: stopping ...\nnewsflow: stopped\n"), printed);
        assertFalse(logged.contains("could not be established"), logged);
    }

    // ---- OpenSearch's REST API, as a dashboard or curl would use it

    /** The sources of the documents of the {@code articles} alias matching {@code query}. */
    private static List<JsonNode> documents(ObjectNode query) throws Exception {
        ObjectNode body = Json.mapper().createObjectNode().put("size", 100);
        body.set("query", query);
        HttpResponse<String> response = send("POST", "/articles/_search", body.toString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode hits = Json.mapper().readTree(response.body()).path("hits").path("hits");
        return StreamSupport.stream(hits.spliterator(), false).map(h -> h.path("_source")).toList();
    }

    private static HttpResponse<String> send(String method, String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(pipeline.openSearchUrl() + path))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static ObjectNode terms(String field, String... values) {
        ObjectNode query = Json.mapper().createObjectNode();
        var list = query.putObject("terms").putArray(field);
        for (String value : values) {
            list.add(value);
        }
        return query;
    }

    private static ObjectNode prefix(String field, String value) {
        ObjectNode query = Json.mapper().createObjectNode();
        query.putObject("prefix").put(field, value);
        return query;
    }

    private static ObjectNode match(String field, String text) {
        ObjectNode query = Json.mapper().createObjectNode();
        query.putObject("match_phrase").put(field, text);
        return query;
    }

    /** The URL the file ingester gives a page read from {@code file}. */
    private static String url(Path file) {
        return file.toAbsolutePath().toUri().toString();
    }

    private static String fileName(JsonNode doc) {
        String url = doc.path("url").asText();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
