package io.newsflow.enrich.eval;

import java.util.Locale;

/** Pairwise precision, recall and F1 of "same story" predictions. */
public record Score(long truePositives, long falsePositives, long falseNegatives, long pairs) {

    public double precision() {
        return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The summary line of {@code dedup-eval}. */
    public String line() {
        return String.format(Locale.ROOT, "precision=%.4f recall=%.4f f1=%.4f pairs=%d", precision(), recall(), f1(), pairs);
    }
}
