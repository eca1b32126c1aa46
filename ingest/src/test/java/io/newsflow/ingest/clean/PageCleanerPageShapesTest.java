package io.newsflow.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.events.Page;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shapes of real pages that the cleaner must read right: where the article sits among teasers, author boxes
 * and forms, which lines are the page's own metadata, how its title and numbered lists show, and what a page that
 * was garbled on its way to us says.
 */
class PageCleanerPageShapesTest {

    private static final PageCleaner CLEANER =
            new PageCleaner(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));

    private static Page clean(String head, String body) throws Exception {
        return CLEANER.clean(ScrapedPage.ofString("https://news.example.org/story", "<html><head>" + head
                + "</head><body>" + body + "</body></html>", ScrapedPage.Kind.HTML, null, "http"));
    }

    private static String paragraph(String topic) {
        return "<p>The harbour board met on Monday to discuss " + topic + ", and members agreed to publish a"
                + " plan before the end of the month.</p>";
    }

    @Test
    void dropsAnAuthorBoxInsideTheArticleEvenWhenTheArticleIsWrittenBetweenLineBreaks() throws Exception {
        // The story is text between <br>s, so the author box holds most of the page's <p> prose.
        String story = "<div class='entry'>The harbour board met on Monday to discuss the new ferry timetable,"
                + " and members agreed to publish it soon.<br><br>The winter service starts in November, with"
                + " two crossings a day in each direction until March.<br><br>Fares stay as they are for the"
                + " season, the board said after a long debate.<br><br>"
                + "<div class='about-author'><p>Mara Quinn is a reporter who has covered the harbour, its"
                + " ferries and its people for the Coastal Times since 2015.</p></div></div>";
        Page p = clean("", story);
        assertTrue(p.text().contains("two crossings a day"), p.text());
        assertFalse(p.text().contains("Mara Quinn is a reporter"), p.text());
    }

    @Test
    void dropsTheClosingBiographyOfTheBylinedAuthorButNotAStoryAboutSomeoneElse() throws Exception {
        String head = "<meta name='author' content='Mara Quinn'>";
        Page bio = clean(head, paragraph("the ferry timetable") + paragraph("the fares")
                + "<p>Mara Quinn is a reporter who has covered the harbour and its ferries since 2015.</p>");
        assertEquals("Mara Quinn", bio.byline());
        assertFalse(bio.text().contains("is a reporter"), bio.text());
        Page story = clean(head, paragraph("the ferry timetable") + paragraph("the fares")
                + "<p>Tom Hale is the new harbour master, and he starts work on the first of May.</p>");
        assertTrue(story.text().contains("Tom Hale is the new harbour master"), story.text());
    }

    @Test
    void dropsTheLoneBylineAndDateLinesButKeepsAListingOfDates() throws Exception {
        Page story = clean("", "<div>By Mara Quinn</div><div>Updated: March 4, 2024 at 9:27 am</div>"
                + "<div>5 min read</div>" + paragraph("the ferry timetable") + paragraph("the winter fares"));
        for (String meta : List.of("By Mara Quinn", "March 4, 2024", "5 min read")) {
            assertFalse(story.text().contains(meta), meta + " leaked into: " + story.text());
        }
        StringBuilder events = new StringBuilder(paragraph("the events of the spring"));
        for (String day : List.of("March 16, 2024", "March 23, 2024", "April 6, 2024", "April 13, 2024")) {
            events.append("<div>").append(day).append("</div>").append(paragraph("the meeting of " + day));
        }
        Page listing = clean("", events.toString());
        assertTrue(listing.text().contains("\n\nApril 6, 2024\n\n"), listing.text());
    }

    @Test
    void findsTheArticleThatAListOfTeasersSurrounds() throws Exception {
        StringBuilder teasers = new StringBuilder("<div class='more-posts'>");
        for (int i = 1; i <= 6; i++) {
            teasers.append("<div class='post-item'><h3><a href='/t").append(i).append("'>Another story number ")
                    .append(i).append("</a></h3><p>A teaser of another story, long enough to read like a"
                            + " paragraph of prose on its own, number ").append(i).append(".</p>")
                    .append("<span>Dec ").append(i).append(", 2024</span></div>");
        }
        teasers.append("</div>");
        String article = "<div class='post-body'>" + paragraph("the ferry timetable") + paragraph("the fares")
                + paragraph("the winter crossings") + "</div>";
        Page p = clean("", "<div class='post-content'>" + article + teasers + "</div>");
        assertTrue(p.text().contains("the winter crossings"), p.text());
        assertFalse(p.text().contains("A teaser of another story"), p.text());
    }

    @Test
    void readsAPageWhoseEveryBlockIsNamedLikeChromeByItsMarkup() throws Exception {
        // "nav" in "content-nav-section" names chrome; here it names each part of the article.
        Page p = clean("", "<div class='content-nav-section'>" + paragraph("the ferry timetable") + "</div>"
                + "<div class='content-nav-section'>" + paragraph("the winter fares") + "</div>"
                + "<div class='content-nav-section'>" + paragraph("the crossings") + "</div>");
        assertTrue(p.text().contains("the winter fares"), p.text());
    }

    @Test
    void dropsSmallFormsButReadsAPageWrappedInOne() throws Exception {
        Page signUp = clean("", paragraph("the ferry timetable") + paragraph("the fares")
                + "<form><label>First Name*</label><input name=f><label>Email*</label><input name=e>"
                + "<p>Get the harbour news in your inbox every week.</p></form>");
        assertFalse(signUp.text().contains("First Name"), signUp.text());
        assertFalse(signUp.text().contains("inbox"), signUp.text());
        StringBuilder wrapped = new StringBuilder("<form id='aspnetForm'>");
        for (String topic : List.of("the timetable", "the fares", "the crossings", "the harbour", "the berths",
                "the pier", "the budget", "the staff", "the winter", "the spring", "the vote", "the plan")) {
            wrapped.append(paragraph(topic));
        }
        Page page = clean("", wrapped.append("</form>").toString());
        assertTrue(page.text().contains("the berths"), page.text());
    }

    @Test
    void dropsTableOfContentsLabelsAndBlocksHiddenFromScreenReaders() throws Exception {
        Page p = clean("", "<h2>Table of Contents</h2>" + paragraph("the ferry timetable")
                + "<div aria-hidden='true'>Swipe for more</div>" + paragraph("the fares"));
        assertFalse(p.text().contains("Table of Contents"), p.text());
        assertFalse(p.text().contains("Swipe"), p.text());
    }

    @Test
    void putsPhotoCreditsWithTheCaptions() throws Exception {
        Page p = clean("", paragraph("the ferry timetable") + "<div>Credit: Getty Images / Jane Doe</div>"
                + "<div>The new ferry at the pier on Monday. | Photo by Mara Quinn</div>" + paragraph("the fares"));
        assertFalse(p.text().contains("Getty"), p.text());
        assertFalse(p.text().contains("Photo by"), p.text());
        assertEquals(List.of("Credit: Getty Images / Jane Doe", "The new ferry at the pier on Monday. | Photo by"
                + " Mara Quinn"), p.captions());
    }

    @Test
    void numbersTheItemsOfAnOrderedListAsReadersSeeThem() throws Exception {
        Page p = clean("", paragraph("the steps") + "<ol><li>Buy a ticket online</li><li><p>Arrive early</p></li>"
                + "</ol><ol start='3'><li>Board the ferry</li></ol><ol><li>4) Relax on deck</li></ol>"
                + "<ul><li>Bring a coat</li></ul>" + paragraph("the crossing"));
        assertTrue(p.text().contains("\n\n1. Buy a ticket online\n\n2. Arrive early\n\n3. Board the ferry\n\n"),
                p.text());
        assertTrue(p.text().contains("\n\n4) Relax on deck\n\nBring a coat"), p.text());
    }

    @Test
    void keepsALineWithALinkInItButNotABlockOfLinks() throws Exception {
        Page p = clean("", paragraph("the ferry timetable") + "<p>See <a href='/t'>the full timetable</a> here.</p>"
                + "<div><a href='/a'>Ferries</a> <a href='/b'>Fares and tickets</a></div>" + paragraph("fares"));
        assertTrue(p.text().contains("See the full timetable here."), p.text());
        assertFalse(p.text().contains("Fares and tickets"), p.text());
    }

    @Test
    void takesTheMetadataTitleWhenThePageMakesEveryHeadingAnH1() throws Exception {
        Page p = clean("<meta property='og:title' content='Small adventures with small language models'>",
                "<h1>Engora Data Blog</h1>" + paragraph("models") + "<h1>What is a small model?</h1>"
                        + paragraph("sizes") + "<h1>How to get started with them</h1>" + paragraph("tools"));
        assertEquals("Small adventures with small language models", p.title());
    }

    @Test
    void takesTheMetadataTitleOverAPullQuoteWhenThePageShowsItAsAHeading() throws Exception {
        Page p = clean("<meta property='og:title' content='What do people love about Rust? | Rust Blog'>",
                "<h1>But what they love is the sense of empowerment</h1><h2>What do people love about Rust?</h2>"
                        + paragraph("the survey"));
        assertEquals("What do people love about Rust?", p.title());
    }

    @Test
    void repairsUtf8ReadAsWindows1252InThePageAndInItsEntities() throws Exception {
        String garbled = new String("The investor’s guide".getBytes(StandardCharsets.UTF_8),
                java.nio.charset.Charset.forName("windows-1252"));
        Page raw = clean("", "<p>" + garbled + ", a paragraph long enough to count as the content of this page.</p>");
        assertTrue(raw.text().startsWith("The investor’s guide,"), raw.text());
        Page entities = clean("", "<p>It isn&acirc;&euro;&trade;t over&Acirc;&nbsp;yet, a paragraph long enough to"
                + " count as the content of this small page.</p>");
        assertTrue(entities.text().startsWith("It isn’t over yet,"), entities.text());
    }

    @Test
    void takesThePostDateFromTheDataOfAScriptRenderedPage() throws Exception {
        Page p = clean("<script>window.__DATA__={\"post\":{\"title\":\"Ferries\",\"date\":\"2024-04-08T06:59:34\"}}"
                + "</script>", paragraph("the ferry timetable"));
        assertEquals(Instant.parse("2024-04-08T06:59:34Z"), p.publishedAt());
    }
}
