package io.newsflow.ingest.clean;

import io.newsflow.testkit.SharedData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.events.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageCleanerTextTest {

    private static final PageCleaner CLEANER = new PageCleaner(
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    /** Lines of the seeds that are boilerplate, by kind; none may survive. */
    private static final List<String> BOILERPLATE = List.of("Accessibility links", "Breaking News", "please wait",
            "No media source currently available", "0:00 0:03:32 0:00", "Direct link", "From", "Send to",
            "spot_imgspot_img", "Get in Touch", "Latest Posts");

    private static Page clean(String text) throws PageRejectedException {
        return CLEANER.clean(ScrapedPage.ofString("file:///tmp/page.txt", text, ScrapedPage.Kind.DETECT, null,
                "file"));
    }

    @Test
    void repairsAWordBrokenAcrossLinesAndJoinsWordsSplitAtALineEnd() throws Exception {
        Page p = clean("""
                Headline of the story

                The countries pledged to facilitate access t
                o independent information, and to give access to records, since access to them is
                essential to address the challenges posed to them.
                """);
        assertEquals("The countries pledged to facilitate access to independent information, and to give access to "
                + "records, since access to them is essential to address the challenges posed to them.", p.text());
        assertEquals("Headline of the story", p.title());
    }

    @Test
    void takesDateAndBylineLinesOutAsMetadata() throws Exception {
        Page p = clean("""
                From
                Send to

                Ships collide in the strait

                April 5, 2016 - 15:08 By Lee Min

                Two cargo ships collided in the strait on Tuesday, officials said, and no one was hurt.
                """);
        assertEquals("Ships collide in the strait", p.title());
        assertEquals(Instant.parse("2016-04-05T15:08:00Z"), p.publishedAt());
        assertEquals("text", p.publishedAtSource());
        assertEquals("Lee Min", p.byline());
        assertEquals("Two cargo ships collided in the strait on Tuesday, officials said, and no one was hurt.",
                p.text());
    }

    @Test
    void setsCaptionsApart() throws Exception {
        Page p = clean("""
                Talks stall

                FILE - Delegates arrive at the venue in Geneva.

                The talks stalled on Friday after two days, with no date set for a new round of meetings.
                """);
        assertEquals(List.of("FILE - Delegates arrive at the venue in Geneva."), p.captions());
        assertFalse(p.text().contains("Delegates arrive"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void seedKeepsEveryBodyParagraphAndNoBoilerplateLine(String seed) throws Exception {
        Path file = seed(seed);
        Page p = CLEANER.clean(new ScrapedPage(file.toUri().toString(), Files.readAllBytes(file), null,
                ScrapedPage.Kind.DETECT, null, "file"));
        List<String> paragraphs = List.of(p.text().split("\n\n"));
        for (String line : BOILERPLATE) {
            assertFalse(paragraphs.contains(line), seed + ": boilerplate line kept: " + line);
            assertFalse(p.text().lines().anyMatch(l -> l.strip().equals(line)), seed + ": kept " + line);
        }
        for (String line : Files.readAllLines(file)) {
            String l = line.strip();
            // Body paragraphs: long lines that end a sentence (the broken lines of seed 004 are checked apart).
            if (l.length() > 150 && (l.endsWith(".") || l.endsWith("\"") || l.endsWith("”") || l.endsWith(")"))) {
                assertTrue(p.text().contains(l), seed + ": body paragraph missing: " + l);
            }
        }
        assertFalse(p.text().contains(p.title() == null ? "\u0000" : p.title()), seed + ": title in the text");
    }

    @Test
    void seedTitlesAreTheirHeadlines() throws Exception {
        assertEquals("South Korea, U.S. discuss ways to improve Pyongyang's human rights situation",
                cleanSeed("001").title());
        assertEquals("U.S. Policy On N. Korea Human Rights", cleanSeed("002").title());
        assertEquals("US 'Reviewing Options' on N. Korea Over Human Rights Violations", cleanSeed("003").title());
        assertEquals("S. Korea, U.S., Japan Emphasize Unified Approach on North Korean Human Rights",
                cleanSeed("004").title());
    }

    @Test
    void seed001IsDatedTheFifthOfApril2016() throws Exception {
        Page p = cleanSeed("001");
        assertEquals(LocalDate.of(2016, 4, 5), LocalDate.ofInstant(p.publishedAt(), ZoneOffset.UTC));
    }

    @Test
    void seed004HasItsBrokenWordsRepaired() throws Exception {
        String text = cleanSeed("004").text();
        assertTrue(text.contains("access to independent information"), text);
        assertTrue(text.contains("is essential to address"), text);
        assertFalse(text.contains("access t o"), text);
        assertFalse(text.contains("isessential"), text);
    }

    private static Page cleanSeed(String seed) throws Exception {
        Path file = seed(seed);
        return CLEANER.clean(new ScrapedPage(file.toUri().toString(), Files.readAllBytes(file), null,
                ScrapedPage.Kind.DETECT, null, "file"));
    }

    private static Path seed(String number) throws IOException {
        Optional<Path> seeds = SharedData.find("seeds");
        assumeTrue(seeds.isPresent(), "../shared/seeds is absent");
        try (Stream<Path> files = Files.list(seeds.get())) {
            Optional<Path> file = files.filter(f -> f.getFileName().toString().startsWith(number + "_")).findFirst();
            assumeTrue(file.isPresent(), "seed " + number + " is absent");
            return file.get();
        }
    }
}
