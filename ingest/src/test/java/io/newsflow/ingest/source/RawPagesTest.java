package io.newsflow.ingest.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.ingest.clean.ScrapedPage;
import io.newsflow.ingest.source.InvalidPageException.Problem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RawPagesTest {

    private final RawPages rawPages = new RawPages(1_024);

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private Problem problemOf(String json) {
        return assertThrows(InvalidPageException.class, () -> rawPages.parse(bytes(json), "kafka")).problem();
    }

    @Test
    void anHtmlPageKeepsItsUrlBodyAndFetchTime() throws Exception {
        ScrapedPage page = rawPages.parse(bytes("{\"url\":\"https://example.org/a\",\"html\":\"<p>é</p>\","
                + "\"fetched_at\":\"2026-01-02T03:04:05Z\"}"), "kafka");

        assertEquals("https://example.org/a", page.url());
        assertEquals(ScrapedPage.Kind.HTML, page.kind());
        assertArrayEquals(bytes("<p>é</p>"), page.body());
        assertEquals(Instant.parse("2026-01-02T03:04:05Z"), page.fetchedAt());
        assertEquals("kafka", page.source());
    }

    @Test
    void aTextPageIsMarkedAsText() throws Exception {
        assertEquals(ScrapedPage.Kind.TEXT,
                rawPages.parse(bytes("{\"url\":\"http://example.org/b\",\"text\":\"plain words\"}"), "http").kind());
    }

    @Test
    void oneLineOfABufferIsParsedAlone() throws Exception {
        byte[] ndjson = bytes("{\"url\":\"https://example.org/1\",\"text\":\"one\"}\n"
                + "{\"url\":\"https://example.org/2\",\"text\":\"two\"}");
        int second = "{\"url\":\"https://example.org/1\",\"text\":\"one\"}\n".length();

        assertEquals("https://example.org/2", rawPages.parse(ndjson, second, ndjson.length - second, "http").url());
    }

    @Test
    void brokenJsonIsMalformed() {
        assertEquals(Problem.MALFORMED, problemOf("{\"url\": "));
        assertEquals(Problem.MALFORMED, problemOf(""));
        assertEquals(Problem.MALFORMED, problemOf("null"));
    }

    @Test
    void aWrongShapeOrAMissingFieldIsInvalid() {
        assertEquals(Problem.INVALID, problemOf("[1, 2]"));
        assertEquals(Problem.INVALID, problemOf("{\"text\":\"no url\"}"));
        assertEquals(Problem.INVALID, problemOf("{\"url\":\"https://example.org/a\"}"));
        assertEquals(Problem.INVALID, problemOf("{\"url\":\"https://example.org/a\",\"html\":\"x\",\"text\":\"x\"}"));
        assertEquals(Problem.INVALID, problemOf("{\"url\":\"/relative\",\"text\":\"x\"}"));
        assertEquals(Problem.INVALID, problemOf("{\"url\":\"javascript:alert(1)\",\"text\":\"x\"}"));
        assertEquals(Problem.INVALID, problemOf("{\"url\":\"https://example.org/a\",\"text\":\"x\","
                + "\"fetched_at\":\"yesterday\"}"));
    }

    @Test
    void aPageOverTheLimitIsTooLargeAndTheMessageGivesTheLimit() {
        InvalidPageException error = assertThrows(InvalidPageException.class, () -> rawPages.parse(
                bytes("{\"url\":\"https://example.org/a\",\"text\":\"" + "é".repeat(600) + "\"}"), "kafka"));

        assertEquals(Problem.TOO_LARGE, error.problem());
        assertTrue(error.getMessage().contains("1200 bytes, over the limit of 1024"), error.getMessage());
    }
}
