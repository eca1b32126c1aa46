package io.newsflow.enrich.entities;

import io.newsflow.enrich.text.Fnv;
import io.newsflow.enrich.text.LongTable;
import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * The weights of a maximum-entropy model laid out for scoring: each feature's weights found through a
 * {@link LongTable} of 64-bit feature hashes, held in flat arrays (weights as floats). OpenNLP's own evaluation
 * looks every feature up in a {@code HashMap} of strings (about 170,000 for the shipped model) and takes
 * {@code StrictMath.exp} of every outcome; choosing the most likely outcome needs neither, so {@link #add} only
 * sums weights, which orders the outcomes as the probabilities do (the model's prior is uniform). Immutable and
 * thread-safe.
 */
final class FeatureWeights {

    /** Marks a value that holds its feature's one weight itself. */
    private static final long INLINE = 1L << 32;
    /** What {@link #find} gives a feature the model does not have: no weights. */
    static final long ABSENT = 0;

    private final String[] outcomes;
    /**
     * A feature's hash → its weights. Most features (three in four) have one outcome's weight, held in the value
     * itself as {@link #weights} holds it, with the low bit of the outcome's half set; for the others where their
     * weights start in {@link #weights} (high bits) and how many there are (low byte). A lookup then reads one place
     * in memory for most features, two for the rest.
     */
    private final LongTable table;
    /** The weights of features with more than one, side by side, each as {@link #packed}. */
    private final long[] weights;

    /**
     * @throws IllegalStateException when two of the model's features share a 64-bit hash (then this layout cannot
     *                               tell them apart; no shipped model has such a pair)
     */
    FeatureWeights(AbstractModel model) {
        Object[] data = model.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> features = (Map<String, Context>) data[1];
        this.outcomes = ((String[]) data[2]).clone();
        if (outcomes.length > 255) {
            throw new IllegalStateException("a model of " + outcomes.length + " outcomes; at most 255 are laid out");
        }
        this.table = new LongTable(features.size());
        int total = 0;
        for (Context c : features.values()) {
            total += c.getOutcomes().length > 1 ? c.getOutcomes().length : 0;
        }
        if (total >= 1 << 24) {
            throw new IllegalStateException("a model of " + total + " weights; fewer than 2^24 are laid out");
        }
        this.weights = new long[total];
        int next = 0;
        for (Map.Entry<String, Context> e : features.entrySet()) {
            int[] os = e.getValue().getOutcomes();
            double[] ps = e.getValue().getParameters();
            long where = os.length == 1 ? packed(os[0], ps[0]) | INLINE : ((long) next << 8) | os.length;
            if (!table.put(Fnv.hash(e.getKey()), where)) {
                throw new IllegalStateException("two features of the model share the hash of " + e.getKey());
            }
            if (os.length > 1) {
                for (int k = 0; k < os.length; k++) {
                    weights[next++] = packed(os[k], ps[k]);
                }
            }
        }
    }

    /** An outcome (high int, shifted left by one) and its weight (low int, float bits). */
    private static long packed(int outcome, double weight) {
        return ((long) outcome << 33) | (Float.floatToRawIntBits((float) weight) & 0xffffffffL);
    }

    int outcomeCount() {
        return outcomes.length;
    }

    String outcome(int index) {
        return outcomes[index];
    }

    /** Writes the summed weights of the given features into {@code scores}: higher is more likely. */
    void score(String[] context, double[] scores) {
        Arrays.fill(scores, 0);
        for (String feature : context) {
            add(find(Fnv.hash(feature)), scores, 0);
        }
    }

    /**
     * Where the weights of the feature with this hash are ({@link #ABSENT} for a feature the model does not have): what
     * {@link #add} adds up. Never -1, so a cache of these may mark what it has not looked up yet with -1.
     */
    long find(long hash) {
        return table.get(hash, ABSENT);
    }

    /** What {@link #find} gives each of {@code hashes[0..n)}, into {@code found[0..n)}, the loads overlapped. */
    void findAll(long[] hashes, int n, long[] found) {
        table.getAll(hashes, n, found, ABSENT);
    }

    /** Adds the weights of the features found at {@code found[0..n)} ({@link #find}) to {@code scores}, in that order. */
    void add(long[] found, int n, double[] scores) {
        for (int f = 0; f < n; f++) {
            add(found[f], scores, 0);
        }
    }

    /**
     * Adds the weights of the feature found at {@code where} ({@link #find}) to {@code scores[offset..offset +
     * outcomeCount())}, each to its outcome's place.
     */
    void add(long where, double[] scores, int offset) {
        if ((where & INLINE) != 0) {
            scores[offset + (int) (where >>> 33)] += Float.intBitsToFloat((int) where);
        } else {
            for (int w = (int) (where >>> 8), end = w + (int) (where & 0xff); w < end; w++) {
                long packed = weights[w];
                scores[offset + (int) (packed >>> 33)] += Float.intBitsToFloat((int) packed);
            }
        }
    }
}
