package io.newsflow.enrich.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SummarizerTest {

    @Test
    void theSummaryIsTheLeadSentencesThatFitTheLength() {
        String text = "First sentence is here. Second one follows it.\n\nA third sentence that is much longer and "
                + "would not fit into the limit at all.";
        assertEquals("First sentence is here. Second one follows it.", new Summarizer(60).summarize(text, "en"));
    }

    @Test
    void aFirstSentenceLongerThanTheLimitIsCutAtAWord() {
        String s = new Summarizer(40).summarize("This single sentence goes on and on without any full stop for a while", "en");
        assertTrue(s.length() <= 41 && s.endsWith("…"), s);
    }

    @Test
    void wordsAreRunsOfLettersOrDigits() {
        assertEquals(6, Summarizer.wordCount("Seoul, April 5 -- talks (resumed) today"));
    }

    @Test
    void onlyTheLeadIsFlattenedAndTheSummaryIsTheSameAsFromTheWholeFlatText() {
        String messy = "  \t Lead sentence one.\n\n\tSentence two ends here!  Three?\r\n" + " More words follow.".repeat(400)
                + "\f\u000B end  ";
        String whole = messy.strip().replaceAll("\\s+", " ");
        assertEquals(whole, Summarizer.flatten(messy, Integer.MAX_VALUE));
        assertEquals(whole.substring(0, 700), Summarizer.flatten(messy, 700));
        for (int max : new int[] {40, 60, 200, 300}) {
            String lead = new Summarizer(max).summarize(messy, "en");
            assertTrue(lead.length() <= max + 1, lead);
            assertTrue(whole.startsWith(lead.replace("…", "")), lead);
        }
        assertEquals("Lead sentence one. Sentence two ends here! Three?", new Summarizer(60).summarize(messy, "en"));
    }
}
