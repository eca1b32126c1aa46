package io.newsflow.enrich.fingerprint;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Similarity of two fingerprints, estimated from their bottom-k sketches: Jaccard over shingles, containment of the
 * shorter text in the longer one (a truncated copy), and the overlap of the numbers they quote.
 *
 * @param jaccard      estimated shingle Jaccard similarity, 0..1
 * @param containment  estimated share of the shorter text's shingles found in the longer one, 0..1; 0 when the
 *                     sketches give too few samples to say
 * @param numberOverlap longest common subsequence of the quoted numbers over the shorter sequence; 1 when either
 *                      quotes few numbers
 */
public record Similarity(double jaccard, double containment, double numberOverlap) {

    /** Samples needed before a containment estimate is trusted. */
    static final int MIN_CONTAINMENT_SAMPLES = 4;
    /** Below this many numbers a text is not judged by its figures. */
    static final int MIN_NUMBERS = 3;

    /** Compares two fingerprints. Pure and thread-safe. */
    public static Similarity of(Fingerprint a, Fingerprint b) {
        int[] sa = a.sketchView();
        int[] sb = b.sketchView();
        if (sa.length == 0 || sb.length == 0) {
            return new Similarity(0, 0, 1);
        }
        return new Similarity(jaccard(a, b), containment(a, b), numberOverlap(a.numbers(), b.numbers()));
    }

    /** The larger of Jaccard and containment: the score a duplicate is reported with. */
    public double score() {
        return Math.max(jaccard, containment);
    }

    /** Jaccard from the k smallest hashes of the union: the share of them present in both sketches. */
    private static double jaccard(Fingerprint a, Fingerprint b) {
        int[] x = a.sketchView();
        int[] y = b.sketchView();
        int k = Math.min(Fingerprinter.SKETCH_SIZE, a.shingleCount() + b.shingleCount());
        int i = 0;
        int j = 0;
        int taken = 0;
        int both = 0;
        // A hash beyond the end of a truncated sketch is unknown for that side, so stop there.
        boolean xComplete = a.shingleCount() <= x.length;
        boolean yComplete = b.shingleCount() <= y.length;
        while (taken < k) {
            boolean xDone = i >= x.length;
            boolean yDone = j >= y.length;
            if ((xDone && !xComplete) || (yDone && !yComplete) || (xDone && yDone)) {
                break;
            }
            if (!xDone && !yDone && x[i] == y[j]) {
                both++;
                i++;
                j++;
            } else if (yDone || (!xDone && x[i] < y[j])) {
                i++;
            } else {
                j++;
            }
            taken++;
        }
        return taken == 0 ? 0 : (double) both / taken;
    }

    /**
     * Containment of the shorter text: its sketched hashes that lie below the longer sketch's largest hash must all
     * be in the longer sketch if the shorter text is a part of the longer one.
     */
    private static double containment(Fingerprint a, Fingerprint b) {
        Fingerprint small = a.shingleCount() <= b.shingleCount() ? a : b;
        Fingerprint large = small == a ? b : a;
        int[] s = small.sketchView();
        int[] l = large.sketchView();
        long limit = large.shingleCount() <= l.length ? Long.MAX_VALUE : l[l.length - 1];
        if (small.shingleCount() > s.length) {
            limit = Math.min(limit, s[s.length - 1]);
        }
        Set<Integer> inLarge = new HashSet<>(l.length * 2);
        for (int h : l) {
            inLarge.add(h);
        }
        int samples = 0;
        int found = 0;
        for (int h : s) {
            if (h > limit) {
                break;
            }
            samples++;
            if (inLarge.contains(h)) {
                found++;
            }
        }
        double estimate = samples < MIN_CONTAINMENT_SAMPLES ? 0 : (double) found / samples;
        return Math.max(estimate, leadContainment(small, large, inLarge));
    }

    /**
     * A short text known in full (all its shingles in its sketch) checked against the longer text's lead and
     * sketch: a copy truncated to the lead of a long article has too few shingles in the sketch range to sample.
     */
    private static double leadContainment(Fingerprint small, Fingerprint large, Set<Integer> inLarge) {
        int[] s = small.sketchView();
        if (small.shingleCount() > s.length || s.length < MIN_CONTAINMENT_SAMPLES) {
            return 0;
        }
        int[] lead = large.leadView();
        int found = 0;
        for (int h : s) {
            if (inLarge.contains(h) || java.util.Arrays.binarySearch(lead, h) >= 0) {
                found++;
            }
        }
        return (double) found / s.length;
    }

    /** Copies quote the same figures in the same order, possibly fewer of them (truncated, paragraphs dropped). */
    private static double numberOverlap(List<String> a, List<String> b) {
        if (a.size() < MIN_NUMBERS || b.size() < MIN_NUMBERS) {
            return 1;
        }
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String x : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = x.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return (double) previous[b.size()] / Math.min(a.size(), b.size());
    }
}
