package io.newsflow.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        assertEquals("<p>é</p>", page.text());
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

    private InvalidPageException errorOf(String json) {
        return assertThrows(InvalidPageException.class, () -> rawPages.parse(bytes(json), "kafka"));
    }

    @Test
    void brokenJsonOrAValueThatIsNotAnObjectIsMalformed() {
        assertEquals(Problem.MALFORMED, problemOf("{\"url\": "));
        assertEquals(Problem.MALFORMED, problemOf(""));
        assertEquals(Problem.MALFORMED, problemOf("null"));
        assertEquals(Problem.MALFORMED, problemOf("[1, 2]"));
        assertEquals(Problem.MALFORMED, problemOf("\"a page\""));
        assertEquals("expected a JSON object {url, html | text, fetched_at?, headers?}, got an array",
                errorOf("[{\"url\":\"https://example.org/a\",\"text\":\"x\"}]").getMessage());
        assertTrue(errorOf("{\"url\": ").getMessage().startsWith("not valid JSON at line 1, column "),
                errorOf("{\"url\": ").getMessage());
    }

    @Test
    void jsonCutShortInsideAStringOrFollowedByMoreTextOrNoJsonAtAllIsNotValidJson() {
        for (String json : new String[] {"{\"url\": \"https://example.org/a\", \"html\": \"<p>hi",
                "{\"url\": \"https://exa", "{\"url\":\"https://example.org/a\",\"text\":\"x\"} xyz",
                "{\"url\":\"https://example.org/a\",\"text\":\"x\"}{\"url\":\"https://example.org/b\"}",
                "not json {", "nul", "tru", "falsehood"}) {
            InvalidPageException error = errorOf(json);
            assertEquals(Problem.MALFORMED, error.problem(), json);
            assertTrue(error.getMessage().startsWith("not valid JSON at line 1, column "), error.getMessage());
        }
        assertEquals("expected a JSON object {url, html | text, fetched_at?, headers?}, got a boolean",
                errorOf(" true").getMessage());
    }

    @Test
    void aNumberOrABooleanIsNoStringAndIsNotTurnedIntoOne() {
        InvalidPageException html = errorOf("{\"url\":\"https://example.org/a\",\"html\":5}");
        InvalidPageException url = errorOf("{\"url\":5,\"text\":\"x\"}");
        InvalidPageException text = errorOf("{\"url\":\"https://example.org/a\",\"text\":true}");

        assertEquals("html: expected a string, the page's HTML, got a number", html.getMessage());
        assertEquals(java.util.Optional.of("/html"), html.field());
        assertEquals(Problem.INVALID, url.problem());
        assertTrue(url.getMessage().startsWith("url: expected a string, the page's absolute http(s) URL")
                && url.getMessage().endsWith(", got a number"), url.getMessage());
        assertEquals("text: expected a string, the page's plain text, got a boolean", text.getMessage());
    }

    @Test
    void aMissingOrConflictingFieldIsInvalid() {
        assertEquals(Problem.INVALID, problemOf("{\"text\":\"no url\"}"));
        assertEquals(Problem.INVALID, problemOf("{\"url\":\"https://example.org/a\"}"));
        assertEquals(Problem.INVALID, problemOf("{\"url\":\"https://example.org/a\",\"html\":\"x\",\"text\":\"x\"}"));
        assertEquals(Problem.INVALID, problemOf("{\"url\":\"/relative\",\"text\":\"x\"}"));
        assertEquals(Problem.INVALID, problemOf("{\"url\":\"javascript:alert(1)\",\"text\":\"x\"}"));
        assertEquals(java.util.Optional.of("/url"), errorOf("{\"text\":\"no url\"}").field());
        assertEquals("html, text: give exactly one of them (html for an HTML page, text for plain text); got both",
                errorOf("{\"url\":\"https://example.org/a\",\"html\":\"x\",\"text\":\"x\"}").getMessage());
    }

    @Test
    void aFieldOfTheWrongTypeOrFormatIsNamedWithWhatItMustBeAndNoJavaTypes() {
        InvalidPageException date = errorOf("{\"url\":\"https://example.org/a\",\"text\":\"x\","
                + "\"fetched_at\":\"yesterday\"}");
        InvalidPageException html = errorOf("{\"url\":\"https://example.org/a\",\"html\":{\"p\":1}}");
        InvalidPageException header = errorOf("{\"url\":\"https://example.org/a\",\"text\":\"x\","
                + "\"headers\":{\"etag\":[1]}}");

        assertEquals(Problem.INVALID, date.problem());
        assertEquals("fetched_at: expected an ISO-8601 instant such as 2026-03-01T12:00:00Z, got \"yesterday\"",
                date.getMessage());
        assertEquals(java.util.Optional.of("/fetched_at"), date.field());
        assertEquals("html: expected a string, the page's HTML, got an object", html.getMessage());
        assertEquals(java.util.Optional.of("/html"), html.field());
        assertEquals("headers.etag: expected a string, got an array", header.getMessage());
        assertEquals(java.util.Optional.of("/headers/etag"), header.field());
        for (InvalidPageException e : new InvalidPageException[] {date, html, header}) {
            assertFalse(e.getMessage().matches("(?s).*(java\\.|io\\.newsflow|RawPage|Instant|deserialize).*"),
                    e.getMessage());
        }
    }

    @Test
    void aPageOverTheLimitIsTooLargeAndTheMessageGivesTheLimit() {
        InvalidPageException error = assertThrows(InvalidPageException.class, () -> rawPages.parse(
                bytes("{\"url\":\"https://example.org/a\",\"text\":\"" + "é".repeat(600) + "\"}"), "kafka"));

        assertEquals(Problem.TOO_LARGE, error.problem());
        assertTrue(error.getMessage().contains("1200 bytes, over the limit of 1024"), error.getMessage());
    }
}
