package io.newsflow.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.events.Page;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** What a page or its scraper states that must not reach a terminal, a browser or the de-dup windows as given. */
class UntrustedFieldsTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final PageCleaner CLEANER = new PageCleaner(Clock.fixed(NOW, ZoneOffset.UTC));
    private static final String BODY = "The council met on Monday and agreed the budget for the next year after a long"
            + " debate about roads, schools and the harbour.";

    private static Page clean(String html, Instant fetchedAt) throws PageRejectedException {
        return CLEANER.clean(ScrapedPage.ofString("https://news.example.org/2026/budget", html,
                ScrapedPage.Kind.HTML, fetchedAt, "http"));
    }

    @Test
    void terminalEscapesControlCharactersAndBidiOverridesAreRemovedFromTitleAndText() throws Exception {
        String title = "Budget \u001B[31mapproved\u001B[0m \u202Etxt.exe\u202C";
        String html = "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>"
                + "<p>" + BODY + " Bell\u0007 and C1 \u009B2J and isolate \u2067here\u2069.</p>"
                + "<p>Residents will see the first repairs to the harbour wall in the spring, the council's"
                + " leader said after the vote.</p></article></body></html>";

        Page page = clean(html, null);

        assertEquals("Budget approved txt.exe", page.title());
        assertTrue(page.text().contains("Bell and C1 2J and isolate here."), page.text());
        assertTrue(page.text().contains("here.\n\nResidents will see"), page.text());
        for (String field : new String[] {page.title(), page.text()}) {
            assertTrue(field.chars().noneMatch(c -> (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)), field);
        }
    }

    @Test
    void markupSpelledAsTextStaysTheCharactersItIsForConsumersToEscape() throws Exception {
        String html = "<html><body><article><h1>Alert &lt;img src=x onerror=alert(5)&gt;</h1><p>" + BODY
                + " &lt;script&gt;steal()&lt;/script&gt;</p></article></body></html>";

        Page page = clean(html, null);

        assertEquals("Alert <img src=x onerror=alert(5)>", page.title());
        assertTrue(page.text().endsWith("<script>steal()</script>"), page.text());
    }

    @Test
    void plainTextLeavesOrdinaryTextAloneAndKeepsRightToLeftScripts() {
        String text = "Hello, world.\n\nمرحبا بالعالم — שלום\tעולם ‏(RLM kept)";
        assertEquals(text, PlainText.of(text));
        assertEquals("line one\nline two\nline three", PlainText.of("line one\r\nline two\rline three"));
        assertNull(PlainText.of(null));
    }

    @Test
    void aBelievableFetchTimeIsKeptAsTheScrapers() throws Exception {
        Instant fetched = NOW.minus(Duration.ofHours(3));
        Page page = clean("<html><body><article><p>" + BODY + "</p></article></body></html>", fetched);
        assertEquals(fetched, page.fetchedAt());
        assertEquals("client", page.fetchedAtSource());
        assertEquals(NOW, page.ingestedAt());
    }

    @Test
    void aFetchTimeFarInThePastOrInTheFutureIsClampedToTheIngestTimeAndSaysSo() throws Exception {
        for (Instant stated : new Instant[] {Instant.ofEpochSecond(12_345), NOW.minus(Duration.ofDays(2)),
                NOW.plus(Duration.ofHours(1))}) {
            Page page = clean("<html><body><article><p>" + BODY + "</p></article></body></html>", stated);
            assertEquals(NOW, page.fetchedAt(), stated.toString());
            assertEquals("clamped", page.fetchedAtSource(), stated.toString());
        }
    }

    @Test
    void theCaptureDateOfAnArchivedPageIsKeptHoweverOld() throws Exception {
        Instant captured = Instant.parse("2019-03-04T05:06:07Z");
        Page page = CLEANER.clean(ScrapedPage.ofString("https://news.example.org/2019/budget",
                "<html><body><article><p>" + BODY + "</p></article></body></html>", ScrapedPage.Kind.HTML, captured,
                "warc"));
        assertEquals(captured, page.fetchedAt());
        assertEquals("archive", page.fetchedAtSource());
    }

    @Test
    void noFetchTimeStaysNone() throws Exception {
        Page page = clean("<html><body><article><p>" + BODY + "</p></article></body></html>", null);
        assertNull(page.fetchedAt());
        assertNull(page.fetchedAtSource());
        assertFalse(page.text().isBlank());
    }
}
