package io.newsflow.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.events.Page;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Pages built to hurt: each is rejected with a clear reason or cleaned within the limits, never a crash or hang. */
class HostileInputTest {

    private static final PageCleaner CLEANER = new PageCleaner(Clock.systemUTC());
    private static final Duration NO_HANG = Duration.ofSeconds(30);
    private static final String PARAGRAPH = "<p>The council met on Monday and agreed the budget for the next year "
            + "after a long debate about roads, schools and the harbour.</p>";

    @Test
    void rejectsA50MegabytePageAsTooLarge() {
        byte[] body = new byte[50 * 1024 * 1024];
        Arrays.fill(body, (byte) 'a');
        PageRejectedException e = assertThrows(PageRejectedException.class, () -> CLEANER.clean(
                new ScrapedPage("https://example.org/big", body, null, ScrapedPage.Kind.HTML, null, "http")));
        assertEquals(PageRejectedException.Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("over the limit of " + CleanerConfig.DEFAULT_MAX_BYTES + " bytes"), e.getMessage());
    }

    @Test
    void rejectsA100000DeepNestingAsTooDeepWithoutOverflowingTheStack() {
        String html = "<html><body>" + "<div>".repeat(100_000) + PARAGRAPH + "</div>".repeat(100_000);
        PageRejectedException e = assertTimeoutPreemptively(NO_HANG, () -> assertThrows(PageRejectedException.class,
                () -> CLEANER.clean(ScrapedPage.ofString("https://example.org/deep", html, ScrapedPage.Kind.DETECT,
                        null, "http"))));
        assertEquals(PageRejectedException.Reason.TOO_DEEP, e.reason());
        assertTrue(e.getMessage().contains("deeper than the limit of 512"), e.getMessage());
    }

    @Test
    void cleansNestingJustInsideTheLimit() throws Exception {
        String html = "<html><body>" + "<div>".repeat(400) + PARAGRAPH + "</div>".repeat(400);
        Page p = CLEANER.clean(ScrapedPage.ofString("https://example.org/d", html, ScrapedPage.Kind.DETECT, null,
                "http"));
        assertTrue(p.text().startsWith("The council met on Monday"), p.text());
    }

    @Test
    void rejectsRandomBinaryBytesAsNotText() {
        byte[] body = new byte[200_000];
        new Random(42).nextBytes(body);
        PageRejectedException e = assertThrows(PageRejectedException.class, () -> CLEANER.clean(
                new ScrapedPage("https://example.org/bin", body, null, ScrapedPage.Kind.DETECT, null, "http")));
        assertEquals(PageRejectedException.Reason.NOT_TEXT, e.reason());
    }

    @Test
    void rejectsAnImageServedAsAPage() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        PageRejectedException e = assertThrows(PageRejectedException.class, () -> CLEANER.clean(
                new ScrapedPage("https://example.org/img", png, null, ScrapedPage.Kind.HTML, null, "http")));
        assertEquals(PageRejectedException.Reason.NOT_TEXT, e.reason());
        assertTrue(e.getMessage().contains("PNG"), e.getMessage());
    }

    @Test
    void readsUtf8BytesCorrectlyWhateverCharsetIsClaimed() throws Exception {
        byte[] body = ("<html><head><meta charset=\"utf-16\"></head><body><p>Café owners in Zürich met the mayor "
                + "on Monday to discuss the new opening hours for the old town’s terraces.</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        for (var claimed : new java.nio.charset.Charset[] {StandardCharsets.UTF_16, StandardCharsets.ISO_8859_1,
                null}) {
            Page p = CLEANER.clean(new ScrapedPage("https://example.org/cafe", body, claimed, ScrapedPage.Kind.DETECT,
                    null, "http"));
            assertTrue(p.text().startsWith("Café owners in Zürich"), claimed + ": " + p.text());
            assertTrue(p.text().contains("town’s terraces"), claimed + ": " + p.text());
        }
    }

    @Test
    void readsLatin1BytesThatClaimUtf8() throws Exception {
        byte[] body = "<html><body><p>Les élèves de l'école ont présenté leur projet au maire de la ville lundi.</p>"
                .getBytes(StandardCharsets.ISO_8859_1);
        Page p = CLEANER.clean(new ScrapedPage("https://example.org/fr", body, StandardCharsets.UTF_8,
                ScrapedPage.Kind.HTML, null, "http"));
        assertTrue(p.text().startsWith("Les élèves de l'école"), p.text());
    }

    @Test
    void rejectsAPageWithNoTextAsNoContent() {
        PageRejectedException e = assertThrows(PageRejectedException.class, () -> CLEANER.clean(
                ScrapedPage.ofString("https://example.org/empty", "<html><body><script>x()</script><nav>Home</nav>",
                        ScrapedPage.Kind.HTML, null, "http")));
        assertEquals(PageRejectedException.Reason.NO_CONTENT, e.reason());
        assertEquals("no body text: the longest block of text on the page is 4 characters: \"Home\"; a page needs"
                + " at least one paragraph of 80 characters, or of 60 with 7 words, that is not a heading, a caption"
                + " or mostly links", e.getMessage());
    }

    @Test
    void aOneSentencePageIsToldWhatItHadAndWhatABodyNeeds() {
        PageRejectedException e = assertThrows(PageRejectedException.class, () -> CLEANER.clean(
                ScrapedPage.ofString("https://example.org/short", "<html><head><title>Council</title></head>"
                        + "<body><p>The council met on Tuesday.</p></body></html>", ScrapedPage.Kind.HTML, null,
                        "http")));

        assertEquals(PageRejectedException.Reason.NO_CONTENT, e.reason());
        assertTrue(e.getMessage().contains("is 27 characters: \"The council met on Tuesday.\""), e.getMessage());
        assertTrue(e.getMessage().contains("a page needs at least one paragraph of 80 characters"), e.getMessage());
    }

    @Test
    void aPageWhoseTextIsAllLinksIsToldSo() {
        String links = "<ul>" + "<li><a href='/a'>Council approves the new water management plan after a long debate over the river</a></li>"
                .repeat(3) + "</ul>";
        PageRejectedException e = assertThrows(PageRejectedException.class, () -> CLEANER.clean(
                ScrapedPage.ofString("https://example.org/links", "<html><body>" + links + "</body></html>",
                        ScrapedPage.Kind.HTML, null, "http")));

        assertEquals(PageRejectedException.Reason.NO_CONTENT, e.reason());
        assertTrue(e.getMessage().startsWith("no body text: all of the page's text reads as navigation, links or"
                + " boilerplate (its longest block is 81 characters: "), e.getMessage());
    }

    @Test
    void rejectsARelativeOrNonHttpUrl() {
        PageRejectedException e = assertThrows(PageRejectedException.class, () -> CLEANER.clean(
                ScrapedPage.ofString("javascript:alert(1)", PARAGRAPH, ScrapedPage.Kind.HTML, null, "http")));
        assertEquals(PageRejectedException.Reason.BAD_URL, e.reason());
    }

    @Test
    void rejectsAPageOverItsTimeBudget() {
        PageCleaner hurried = new PageCleaner(new CleanerConfig(CleanerConfig.DEFAULT_MAX_BYTES,
                CleanerConfig.DEFAULT_MAX_DEPTH, Duration.ofNanos(1), Boilerplate.defaults()), Clock.systemUTC());
        String html = "<html><body>" + PARAGRAPH.repeat(5_000);
        PageRejectedException e = assertThrows(PageRejectedException.class, () -> hurried.clean(
                ScrapedPage.ofString("https://example.org/slow", html, ScrapedPage.Kind.HTML, null, "http")));
        assertEquals(PageRejectedException.Reason.TOO_SLOW, e.reason());
    }
}
