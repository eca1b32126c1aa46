package io.newsflow.enrich.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.events.Json;
import io.newsflow.testkit.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class RememberingEnglishAnalyzerTest {

    private static final CharArraySet STOP_WORDS = new CharArraySet(List.of("the", "of", "and", "said", "it"), false);

    @Test
    void termsAndOffsetsAreTheEnglishAnalyzersWordsRepeatedOrNot() throws IOException {
        List<String> texts = new ArrayList<>(List.of("", "The", "the The THE",
                "Britain's ministers said the ministers' ministries ran; Britain’s ministry RUNS and it's running.",
                "Running runners ran: 1,200 runs in 2026, U.S. runners' RUNNING shoes, naïve cafés, Ärzte, İstanbul.",
                "Straße STRASSE ΟΔΟΣ σς 東京 서울 x1 1x ...", "a ".repeat(50) + "running ".repeat(3)));
        Optional<Path> truth = SharedData.find("data/extract-dev/truth.jsonl");
        if (truth.isPresent()) {
            for (String line : Files.readAllLines(truth.get())) {
                texts.add(Json.mapper().readTree(line).path("text").asText(""));
            }
        }
        try (Analyzer lucene = new EnglishAnalyzer(STOP_WORDS);
             Analyzer remembering = new RememberingEnglishAnalyzer(STOP_WORDS)) {
            for (String text : texts) {
                assertEquals(terms(lucene, text), terms(remembering, text), text);
                assertEquals(terms(lucene, text), terms(remembering, text), "again, remembered: " + text);
            }
        }
    }

    @Test
    void termsStayTheEnglishAnalyzersWhenTheMemoryStartsAgain() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < RememberingEnglishAnalyzer.REMEMBERED_WORDS + 100; k++) {
            text.append("running").append(Integer.toString(k, 26).replaceAll("[0-9]", "x")).append("s the ");
        }
        StringBuilder shortWords = new StringBuilder(); // as many words again, of four letters: fewer characters
        for (int k = 0; k < RememberingEnglishAnalyzer.REMEMBERED_WORDS + 100; k++) {
            for (int letter = 0, rest = k; letter < 4; letter++, rest /= 26) {
                shortWords.append((char) ('a' + rest % 26));
            }
            shortWords.append(k % 2 == 0 ? "s " : " it ");
        }
        try (Analyzer lucene = new EnglishAnalyzer(STOP_WORDS);
             Analyzer remembering = new RememberingEnglishAnalyzer(STOP_WORDS)) {
            assertEquals(terms(lucene, text.toString()), terms(remembering, text.toString()));
            assertEquals(terms(lucene, "runnings the"), terms(remembering, "runnings the"));
            assertEquals(terms(lucene, shortWords.toString()), terms(remembering, shortWords.toString()));
            assertEquals(terms(lucene, "runnings the"), terms(remembering, "runnings the"));
        }
    }

    /** Each token's term and offsets, one string per token. */
    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
            }
            ts.end();
        }
        return terms;
    }
}
