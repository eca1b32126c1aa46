package io.newsflow.enrich.keywords;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.events.JsonLines;
import io.newsflow.testkit.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackgroundFrequenciesTest {

    private final KeywordExtractor extractor = new KeywordExtractor(0, BackgroundFrequencies.NONE);

    @Test
    void keepsTheTermsOfAtLeastThreeDocumentsAndReadsBackWhatItWrites() throws IOException {
        BackgroundFrequencies counted = BackgroundFrequencies.count(List.of(
                "The harbour strike went on.", "A strike at the harbour.", "Harbour workers strike again.",
                "The harbour cranes stood still."), extractor);
        assertEquals(4, counted.documents());
        assertEquals(4, counted.documentsWith("harbour"));
        assertEquals(3, counted.documentsWith("strike"));
        assertEquals(0, counted.documentsWith("crane"), "seen in one document only");
        assertEquals(2, counted.terms());

        StringWriter written = new StringWriter();
        counted.write(written);
        assertEquals("documents\t4\nharbour\t4\nstrike\t3\n", written.toString());
        BackgroundFrequencies read = BackgroundFrequencies.read(new StringReader(written.toString()));
        assertEquals(4, read.documents());
        assertEquals(3, read.documentsWith("strike"));
        assertThrows(IOException.class, () -> BackgroundFrequencies.read(new StringReader("strike\t3\n")));
    }

    @Test
    void theShippedEnglishTableHasTheCommonWordsOfNews() {
        BackgroundFrequencies english = BackgroundFrequencies.english();
        assertTrue(english.documents() >= 500 && english.terms() >= 5_000, english.documents() + " documents, "
                + english.terms() + " terms");
        // the analyzer's terms (Porter stems): common words in most documents, a rare one in none or few
        assertTrue(english.documentsWith("make") > english.documents() / 2);
        assertTrue(english.documentsWith("accord") > 10 * Math.max(1, english.documentsWith("tsunami")));
    }

    @Test
    void theShippedTableIsWhatTrainKeywordsMakesOfTheExtractDevTexts() throws IOException {
        var truth = SharedData.find("data/extract-dev/truth.jsonl");
        assumeTrue(truth.isPresent(), "shared extract-dev data not present");
        List<String> texts = JsonLines.read(truth.get(), JsonLines::text);
        StringWriter recounted = new StringWriter();
        BackgroundFrequencies.count(texts, extractor).write(recounted);
        try (InputStream shipped = BackgroundFrequencies.class.getResourceAsStream(
                BackgroundFrequencies.ENGLISH_RESOURCE)) {
            assertArrayEquals(shipped.readAllBytes(), recounted.toString().getBytes(StandardCharsets.UTF_8),
                    "retrain with ./newsflow train-keywords (see the README)");
        }
    }
}
