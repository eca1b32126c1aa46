package io.newsflow.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.events.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PageCleanerHtmlTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final PageCleaner CLEANER = new PageCleaner(CLOCK);
    private static Page page;

    @BeforeAll
    static void cleanFixture() throws Exception {
        page = CLEANER.clean(new ScrapedPage("https://www.coastal-times.co.uk/news/harbour-bridge-reopens?ref=home",
                fixture("news-article.html"), null, ScrapedPage.Kind.DETECT, null, "file"));
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = PageCleanerHtmlTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void keepsEveryBodyParagraphInOrderSeparatedByBlankLines() {
        List<String> paragraphs = List.of(page.text().split("\n\n"));
        assertTrue(paragraphs.get(0).startsWith("The harbour bridge reopened"), page.text());
        assertTrue(paragraphs.contains("Traffic returns"), page.text());
        assertTrue(paragraphs.get(paragraphs.size() - 1).startsWith("The council said cyclists"), page.text());
        assertEquals(6, paragraphs.size(), page.text());
    }

    @Test
    void dropsNavigationShareAdsPlayerRelatedNewsletterCommentsCookiesAndFooter() {
        for (String boilerplate : List.of("Sport", "Share on", "Advertisement", "Play video", "0:00",
                "Related stories", "Council approves", "newsletter", "waited for this", "cookies", "Most read",
                "All rights reserved", "Home")) {
            assertFalse(page.text().contains(boilerplate), boilerplate + " leaked into: " + page.text());
        }
    }

    @Test
    void putsCaptionsApartAndLeavesTitleAndBylineOutOfTheText() {
        assertEquals(List.of("The bridge at dawn on Monday."), page.captions());
        assertFalse(page.text().contains("Harbour bridge reopens after repairs"));
        assertFalse(page.text().contains("By Mara Quinn"));
    }

    @Test
    void readsTheMetadata() {
        assertEquals("Harbour bridge reopens after repairs", page.title());
        assertEquals("Mara Quinn", page.byline());
        assertEquals(Instant.parse("2024-03-18T08:30:00Z"), page.publishedAt());
        assertEquals("jsonld", page.publishedAtSource());
        assertEquals("The Coastal Times", page.siteName());
        assertEquals("en-GB", page.languageHint());
        assertEquals("coastal-times.co.uk", page.site());
    }

    @Test
    void usesTheSameSiteCanonicalLinkWithoutTrackingParameters() {
        assertEquals("https://www.coastal-times.co.uk/news/harbour-bridge-reopens?id=7", page.canonicalUrl());
        assertEquals(64, page.id().length());
        assertEquals(64, page.contentHash().length());
        assertEquals(CLOCK.instant(), page.ingestedAt());
    }

    @Test
    void ignoresACanonicalLinkToAnotherSite() throws Exception {
        String html = "<html><head><link rel=canonical href='https://spam.example.net/x'></head><body><p>"
                + "A paragraph long enough to count as the content of this small page, with several words in it."
                + "</p></body></html>";
        Page p = CLEANER.clean(ScrapedPage.ofString("https://news.example.org/a?utm_medium=x", html,
                ScrapedPage.Kind.HTML, null, "http"));
        assertEquals("https://news.example.org/a", p.canonicalUrl());
    }

    @Test
    void aPageReadFromAFileTakesTheWebAddressItDeclaresAndItsSite() throws Exception {
        String body = "<body><p>A paragraph long enough to count as the content of this small page, with words.</p>";
        Page saved = CLEANER.clean(ScrapedPage.ofString("file:///data/pages/strike.html", "<html><head><link"
                + " rel=canonical href='https://www.valley-times.example.net/news/strike?utm_source=rss'></head>"
                + body, ScrapedPage.Kind.HTML, null, "file"));
        Page local = CLEANER.clean(ScrapedPage.ofString("file:///data/pages/local.html", "<html><head><link"
                + " rel=canonical href='file:///elsewhere/local.html'></head>" + body, ScrapedPage.Kind.HTML, null,
                "file"));

        assertEquals("file:///data/pages/strike.html", saved.url());
        assertEquals("https://www.valley-times.example.net/news/strike", saved.canonicalUrl());
        assertEquals("example.net", saved.site());
        assertEquals("file:///data/pages/local.html", local.canonicalUrl());
        assertNull(local.site());
    }

    @Test
    void sameTextGivesTheSameContentHashWhateverTheMarkup() throws Exception {
        String words = "A paragraph long enough to count as the content of this small page, with several words.";
        Page a = CLEANER.clean(ScrapedPage.ofString("https://a.example.org/1", "<html><body><div><p>" + words
                + "</p></div></body></html>", ScrapedPage.Kind.HTML, null, "http"));
        Page b = CLEANER.clean(ScrapedPage.ofString("https://b.example.org/2", "<html><body><section><p>  " + words
                + "</p></section></body></html>", ScrapedPage.Kind.HTML, null, "http"));
        assertEquals(a.contentHash(), b.contentHash());
    }

    @Test
    void neverTakesAFutureOrPre1990Date() throws Exception {
        String body = "<body><p>A paragraph long enough to count as the content of this small page, with words.</p>";
        Page future = CLEANER.clean(ScrapedPage.ofString("https://a.example.org/1", "<html><head>"
                + "<meta property='article:published_time' content='2031-01-01T00:00:00Z'></head>" + body,
                ScrapedPage.Kind.HTML, null, "http"));
        assertNull(future.publishedAt());
        Page old = CLEANER.clean(ScrapedPage.ofString("https://a.example.org/1985/02/03/x", "<html>" + body,
                ScrapedPage.Kind.HTML, null, "http"));
        assertNull(old.publishedAt());
    }

    @Test
    void takesTheDateFromTheUrlWhenThePageHasNone() throws Exception {
        Page p = CLEANER.clean(ScrapedPage.ofString("https://a.example.org/2016/04/05/story", "<html><body><p>"
                + "A paragraph long enough to count as the content of this small page, with words.</p>",
                ScrapedPage.Kind.HTML, null, "http"));
        assertEquals(Instant.parse("2016-04-05T00:00:00Z"), p.publishedAt());
        assertEquals("url", p.publishedAtSource());
    }

    private static final String PROSE = "<p>A paragraph long enough to count as the content of this small page,"
            + " with several words in it.</p>";

    private static Page cleanHtml(String head, String body) throws Exception {
        return CLEANER.clean(ScrapedPage.ofString("https://news.example.org/story", "<html><head>" + head
                + "</head><body>" + body + "</body></html>", ScrapedPage.Kind.HTML, null, "http"));
    }

    @Test
    void cutsTheMetadataTitleToItsHeadlineWithoutSectionOrSiteName() throws Exception {
        Page p = cleanHtml("<title>Ferry timetable changes for winter | Travel | Coastal Times</title>"
                + "<meta property='og:site_name' content='Coastal Times'>", PROSE);
        assertEquals("Ferry timetable changes for winter", p.title());
    }

    @Test
    void skipsABrandBeforeTheHeadline() throws Exception {
        Page p = cleanHtml("<title>Coastal | Ferry timetable changes for winter</title>", PROSE);
        assertEquals("Ferry timetable changes for winter", p.title());
    }

    @Test
    void prefersTheHeadlineReadersSeeWhenItSpeaksOfTheSameThing() throws Exception {
        Page p = cleanHtml("<meta property='og:title' content='Winter ferry timetable: what changes'>",
                "<h1>Ferry timetable changes for the winter season</h1>" + PROSE);
        assertEquals("Ferry timetable changes for the winter season", p.title());
    }

    @Test
    void ignoresAnH1ThatHasNothingInCommonWithTheTitle() throws Exception {
        Page p = cleanHtml("<meta property='og:title' content='Ferry timetable changes for winter'>",
                "<h1>Contact our newsroom today</h1>" + PROSE);
        assertEquals("Ferry timetable changes for winter", p.title());
    }

    @Test
    void takesTheTitleItselfWhenTheH1PutsAKickerBeforeIt() throws Exception {
        Page p = cleanHtml("<meta property='og:title' content='Ferry timetable changes for winter'>",
                "<h1>Travel: Ferry timetable changes for winter</h1>" + PROSE);
        assertEquals("Ferry timetable changes for winter", p.title());
    }

    @Test
    void repairsUtf8ThatWasDecodedAsLatin1BeforeItReachedUs() throws Exception {
        String garbled = new String("The investor’s guide — in full".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1);
        Page p = cleanHtml("<meta charset='utf-8'>", "<p>" + garbled + ", a paragraph long enough to count as the"
                + " content of this small page.</p>");
        assertTrue(p.text().startsWith("The investor’s guide — in full,"), p.text());
    }

    @Test
    void keepsABlockNamedLikeChromeWhenItHoldsMostOfTheProseOutsideHeaderAndFooter() throws Exception {
        String menu = "<header>" + (PROSE + PROSE).replace("small page", "menu panel") + "</header><footer>"
                + PROSE.replace("small page", "site footer") + "</footer>";
        String article = "<div class='wrapper_meta_field'>" + PROSE.replace("small page", "article body")
                + PROSE.replace("small page", "story here") + "</div>";
        Page p = cleanHtml("", menu + article);
        assertTrue(p.text().contains("article body"), p.text());
        assertTrue(p.text().contains("story here"), p.text());
        assertFalse(p.text().contains("menu panel"), p.text());
    }
}
