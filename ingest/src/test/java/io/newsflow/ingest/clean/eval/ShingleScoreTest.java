package io.newsflow.ingest.clean.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {

    @Test
    void tokensAreLettersDigitsAndUnderscoresWithCaseKept() {
        assertEquals(List.of("Hello", "wörld_1", "42", "Ünïcode"), ShingleScore.tokens("Hello, wörld_1! 42 -- Ünïcode"));
    }

    @Test
    void oneToThreeTokensGiveOneShortShingleAndNoneGiveNone() {
        assertEquals(1, ShingleScore.shingles(ShingleScore.tokens("a b c")).size());
        assertEquals(List.of("a", "b"), ShingleScore.shingles(ShingleScore.tokens("a b")).keySet().iterator().next());
        assertTrue(ShingleScore.shingles(ShingleScore.tokens(" ,. ")).isEmpty());
        assertEquals(2, ShingleScore.shingles(ShingleScore.tokens("a b c d e")).size());
    }

    @Test
    void shinglesAreAMultiset() {
        assertEquals(2, ShingleScore.shingles(ShingleScore.tokens("a b c d a b c d a")).get(List.of("a", "b", "c", "d")));
    }

    @Test
    void identicalTextsScorePerfectly() {
        ShingleScore.PageScore s = ShingleScore.score("one two three four five", "one two three four five");
        assertEquals(1.0, s.precision());
        assertEquals(1.0, s.recall());
    }

    @Test
    void extraAndMissingShinglesLowerPrecisionAndRecall() {
        // truth shingles: [a b c d], [b c d e]; predicted: [a b c d], [b c d x], [c d x y]
        ShingleScore.PageScore s = ShingleScore.score("a b c d e", "a b c d x y");
        assertEquals(1.0 / 3, s.precision(), 1e-9);
        assertEquals(1.0 / 2, s.recall(), 1e-9);
        assertEquals(1.0 / 4, s.tp(), 1e-9);
        assertEquals(2.0 / 4, s.fp(), 1e-9);
        assertEquals(1.0 / 4, s.fn(), 1e-9);
    }

    @Test
    void emptyPredictionHasZeroRecallAndIsLeftOutOfPrecision() {
        ShingleScore.PageScore s = ShingleScore.score("a b c d e", "");
        assertFalse(s.hasPrediction());
        assertTrue(s.hasTruth());
        assertEquals(0.0, s.recall());
    }

    @Test
    void emptyTruthAndEmptyPredictionCountNowhere() {
        ShingleScore.PageScore s = ShingleScore.score("", "");
        assertFalse(s.hasPrediction());
        assertFalse(s.hasTruth());
        assertEquals(1.0, s.precision());
    }

    @Test
    void predictionAgainstEmptyTruthHasZeroPrecisionAndIsLeftOutOfRecall() {
        ShingleScore.PageScore s = ShingleScore.score("", "a b c d");
        assertEquals(0.0, s.precision());
        assertFalse(s.hasTruth());
    }

    @Test
    void corpusMeansSkipEmptyOutputsForPrecisionButNotForRecall() {
        ShingleScore.CorpusScore c = ShingleScore.CorpusScore.of(List.of(
                ShingleScore.score("a b c d e", "a b c d e"),
                ShingleScore.score("a b c d e", "")), 1);
        assertEquals(1.0, c.precision());
        assertEquals(0.5, c.recall());
        assertEquals(2 * 0.5 / 1.5, c.f1(), 1e-9);
        assertEquals(2, c.pages());
        assertEquals(1, c.empty());
    }
}
