package io.newsflow.deploy.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.testkit.Articles;
import io.newsflow.events.Article;
import io.newsflow.events.Page;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryLineTest {

    private final Article created = Articles.article("harbour-strike", "a strike");

    @Test
    void aNewStoryShowsWhenWhereWhatAndWho() {
        assertEquals(Optional.of("2026-11-20 08:30Z  NEW         example.org  Port of Rotterdam a strike"
                + "  [en; Anna de Vries, Port of Rotterdam Authority, Rotterdam]"), StoryLine.of(created));
    }

    @Test
    void anUndatedStoryShowsWhenItArrivedAndSaysSo() {
        Page dated = created.page();
        Page undated = new Page(dated.id(), dated.url(), dated.canonicalUrl(), dated.site(), dated.siteName(),
                dated.title(), dated.byline(), null, null, dated.languageHint(), dated.text(), dated.captions(),
                dated.contentHash(), null, Instant.parse("2026-11-21T10:15:00Z"), dated.source(), dated.extraction());

        assertEquals(Optional.of("2026-11-21 10:15Z  NEW         example.org  Port of Rotterdam a strike"
                + "  [undated: time received; en; Anna de Vries, Port of Rotterdam Authority, Rotterdam]"),
                StoryLine.of(new Article(undated, created.enrichment(), created.story())));
    }

    @Test
    void aSyndicationShowsWhoCopiedTheStoryAndHowClosely() {
        String line = StoryLine.of(Articles.syndicated(created, "copies.example.net")).orElseThrow();

        assertEquals("2026-11-20 09:30Z  SYNDICATED  example.org  Port of Rotterdam a strike  <- copied by"
                + " copies.example.net (near, 0.97; 1 copy so far)", line);
    }

    @Test
    void anUpdateOfAKnownArticleIsNotNews() {
        Article updated = Articles.article("harbour-strike", 2, "Strike ends", "Dock workers returned.");

        assertEquals(Optional.empty(), StoryLine.of(updated));
    }

    @Test
    void queryNeedsEveryWordAnywhereInTheStoryIgnoringCase() {
        assertTrue(StoryLine.matches(created, "rotterdam STRIKE"));
        assertTrue(StoryLine.matches(created, "vries"));
        assertTrue(StoryLine.matches(created, "  "));
        assertFalse(StoryLine.matches(created, "rotterdam hamburg"));
    }

    @Test
    void longTitlesAreCutToKeepOneLine() {
        Article long_ = Articles.article("long", 1, "Word ".repeat(60), "Body.");

        String line = StoryLine.of(long_).orElseThrow();

        String title = line.substring(line.indexOf("Word"), line.indexOf('…') + 1);
        assertEquals(120, title.length(), line);
    }
}
