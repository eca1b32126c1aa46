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
}
