package io.newsflow.enrich.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.TestPages;
import io.newsflow.enrich.dedup.EnrichedPage;
import io.newsflow.enrich.keywords.InMemoryFrequencies;
import io.newsflow.enrich.summary.Summarizer;
import io.newsflow.events.Page;
import io.newsflow.service.config.Env;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A text far longer than a news article, as the page limit allows: the costly steps read its lead (and the wire
 * credit its end too), so its time stays bounded; the article still holds all of it.
 */
class EnricherLongTextTest {

    private static final Enricher ENRICHER = new Enricher(EnrichConfig.fromEnv(new Env(Map.of())));

    @Test
    void aLongTextIsAnalysedByItsLeadAndItsEndAndKeptWhole() {
        String lead = "Headteacher Sarah Okafor said on Monday that the school in Leeds would stay shut.\n\n";
        String filler = "The council met again and the talks went on for another day without a result.\n\n"
                .repeat(2 * Enricher.ANALYSED_CHARS / 80);
        String late = "Mayor Quentin Fairweather of Harrogate spoke last.\n\n";
        String text = lead + filler + late + "(Reuters)";
        Page page = TestPages.page("https://example.org/long", "Long", text, TestPages.T0);

        EnrichedPage enriched = ENRICHER.enrich(page, new InMemoryFrequencies());

        assertEquals(text, enriched.draft().page().text());
        assertEquals(Summarizer.wordCount(text), enriched.draft().enrichment().wordCount());
        assertTrue(enriched.draft().enrichment().entities().people().contains("Sarah Okafor"),
                enriched.draft().enrichment().entities().toString());
        assertFalse(enriched.draft().enrichment().entities().people().contains("Quentin Fairweather"),
                "a name past the analysed lead was read: the lead is not bounded");
        assertEquals("Reuters", enriched.draft().enrichment().wire());
    }

    @Test
    void theLeadEndsAtAWordBoundaryWithinTheLimit() {
        String text = "word ".repeat(Enricher.ANALYSED_CHARS);
        String lead = Enricher.lead(text);
        assertTrue(lead.length() <= Enricher.ANALYSED_CHARS);
        assertTrue(lead.endsWith(" "), "cut inside a word");
        assertEquals("short text", Enricher.lead("short text"));
    }
}
