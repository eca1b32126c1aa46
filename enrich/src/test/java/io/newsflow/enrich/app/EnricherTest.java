package io.newsflow.enrich.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.TestPages;
import io.newsflow.enrich.dedup.EnrichedPage;
import io.newsflow.enrich.keywords.InMemoryFrequencies;
import io.newsflow.events.Entities;
import io.newsflow.events.Page;
import io.newsflow.service.config.Env;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnricherTest {

    private static final Enricher ENRICHER = new Enricher(EnrichConfig.fromEnv(new Env(Map.of())));

    @Test
    void aPageOfUndeterminedLanguageIsEnrichedAsUndWithoutEntities() {
        Page page = TestPages.page("https://example.org/short", "Brief", "Kim Jong Un met Mark Lippert.", TestPages.T0);
        Page noHint = new Page(page.id(), page.url(), page.canonicalUrl(), page.site(), page.siteName(), page.title(),
                page.byline(), page.publishedAt(), page.publishedAtSource(), null, page.text(), page.captions(),
                page.contentHash(), page.fetchedAt(), page.ingestedAt(), page.source(), page.extraction());

        EnrichedPage enriched = ENRICHER.enrich(noHint, new InMemoryFrequencies());

        assertEquals(Enricher.UNDETERMINED, enriched.draft().enrichment().language());
        assertEquals(Entities.NONE, enriched.draft().enrichment().entities());
        assertTrue(enriched.draft().enrichment().wordCount() > 0);
    }

    @Test
    void anEnglishPageGetsItsEntitiesThroughTheSameCall() {
        Page page = TestPages.page("https://example.org/strike", "Strike", "Headteacher Sarah Okafor said on Monday "
                + "that the school in Leeds would stay shut while the Calder Port Authority and the union talk. The "
                + "strike has closed the port for a week, and the city council has asked both sides to return.",
                TestPages.T0);

        Entities entities = ENRICHER.enrich(page, new InMemoryFrequencies()).draft().enrichment().entities();

        assertTrue(entities.people().contains("Sarah Okafor"), entities.toString());
        assertTrue(entities.organizations().contains("Calder Port Authority"), entities.toString());
        assertTrue(entities.locations().contains("Leeds"), entities.toString());
    }

    @Test
    void aPageIsInTheLanguageOfItsWordsNotOfTheNamesItCites() {
        Page results = TestPages.page("https://example.org/results", "Results", "Results of German first division "
                + "matches on Saturday : Bayer Leverkusen 2 Schalke 0 VfB Stuttgart 4 Freiburg 1 Borussia Dortmund 3 "
                + "Karlsruhe 1 Werder Bremen 0 Hansa Rostock 1", TestPages.T0);
        Page german = TestPages.page("https://example.org/ergebnisse", "Ergebnisse", "Bayern München gewann am "
                + "Samstag gegen Borussia Dortmund mit 2:1. Jürgen Klinsmann erzielte beide Tore für die Münchner. "
                + "Trainer Otto Rehhagel war mit der Leistung seiner Mannschaft zufrieden.", TestPages.T0);

        var english = ENRICHER.enrich(results, new InMemoryFrequencies()).draft().enrichment();
        var inGerman = ENRICHER.enrich(german, new InMemoryFrequencies()).draft().enrichment();

        assertEquals("en", english.language());
        assertTrue(english.entities().organizations().contains("Borussia Dortmund"), english.toString());
        assertEquals("de", inGerman.language());
        assertEquals(Entities.NONE, inGerman.entities(), inGerman.toString());
    }

    @Test
    void aTableOfNamesAndNumbersHasItsEntitiesWhateverLanguageItsNamesAreIn() {
        Page table = TestPages.page("https://example.org/table", "Bundesliga", "Bayern Muenchen 2 Hamburger SV 0\n"
                + "Borussia Moenchengladbach 3 Karlsruher SC 1\nVfB Stuttgart 4 Fortuna Duesseldorf 0\nWerder Bremen 1 "
                + "Hansa Rostock 1", TestPages.T0);

        var enrichment = ENRICHER.enrich(table, new InMemoryFrequencies()).draft().enrichment();

        assertEquals("de", enrichment.language());
        assertTrue(enrichment.entities().organizations().containsAll(List.of("Hamburger SV", "Karlsruher SC")),
                enrichment.toString());
    }
}
