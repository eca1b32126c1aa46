package io.newsflow.enrich.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        assertEquals(6, Summarizer.wordCount("Zürich’s café_au lait: ９９ Ⅻ"), "beyond ASCII as Character.isLetterOrDigit says");
        for (char c = 0; c < 0x800; c++) {
            assertEquals(Character.isLetterOrDigit(c) ? 1 : 2, Summarizer.wordCount("a" + c + "b"), "U+" + (int) c);
        }
    }

    @Test
    void eachChineseCharacterAndJapaneseKanaIsAWordAsWordProcessorsCountThem() {
        assertEquals(6, Summarizer.wordCount("能源价格上涨。"), "no spaces between Chinese words");
        assertEquals(8, Summarizer.wordCount("政府はエネルギー"));
        assertEquals(3, Summarizer.wordCount("Apple的iPhone"));
        assertEquals(2, Summarizer.wordCount("정부는 에너지"), "Korean sets spaces between its words");
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

    @Test
    void oneSummarizerGivesEachTextTheSummaryAFreshOneWouldWhateverTheLanguagesAndThreads() throws Exception {
        List<String> texts = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            texts.add("Sentence " + i + " opens here. " + "Then words " + i + " follow! ".repeat(i % 7) + "The end " + i + ".");
            // real tags, odd ones, garbage and none: more of them than the summarizer keeps rules for
            languages.add(i % 5 == 0 ? null : i % 5 == 1 ? "en" : i % 5 == 2 ? "th" : "x-hint-" + i + "_?" + i);
        }
        List<String> fresh = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            fresh.add(new Summarizer(60).summarize(texts.get(i), languages.get(i)));
        }
        Summarizer shared = new Summarizer(60);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> summaries = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                int at = i;
                summaries.add(threads.submit(() -> shared.summarize(texts.get(at), languages.get(at))));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertEquals(fresh.get(i), summaries.get(i).get(), "text " + i);
            }
        } finally {
            threads.shutdownNow();
        }
        assertTrue(fresh.get(3).startsWith("Sentence 3 opens here. Then words 3 follow!"), fresh.get(3));
    }
}
