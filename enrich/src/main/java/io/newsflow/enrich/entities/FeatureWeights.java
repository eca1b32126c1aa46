package io.newsflow.enrich.entities;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * The weights of a maximum-entropy model laid out for scoring: each feature's weights found through one open-addressed
 * table of 64-bit feature hashes, held in flat arrays (weights as floats). OpenNLP's own evaluation looks every feature up in a
 * {@code HashMap} of about half a million strings and takes {@code StrictMath.exp} of every outcome; choosing the most
 * likely outcome needs neither, so {@link #score} only sums weights, which orders the outcomes as the probabilities do
 * (the model's prior is uniform). Immutable and thread-safe.
 */
final class FeatureWeights {

    private static final long EMPTY = 0L;

    private final String[] outcomes;
    /**
     * Open addressing, two longs a slot: the feature's hash, then where its weights start in {@link #weights} (high
     * bits) and how many it has (low byte), so a lookup reads one place in memory.
     */
    private final long[] table;
    /** A feature's weights side by side, each the outcome (high int) and the weight (low int, float bits). */
    private final long[] weights;
    private final int mask;

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
        int capacity = Integer.highestOneBit(Math.max(16, features.size() * 2 - 1)) << 1;
        this.mask = capacity - 1;
        this.table = new long[2 * capacity];
        int total = 0;
        for (Context c : features.values()) {
            total += c.getOutcomes().length;
        }
        this.weights = new long[total];
        int next = 0;
        for (Map.Entry<String, Context> e : features.entrySet()) {
            long key = hash(e.getKey());
            int slot = (int) key & mask;
            while (table[2 * slot] != EMPTY) {
                if (table[2 * slot] == key) {
                    throw new IllegalStateException("two features of the model share the hash of " + e.getKey());
                }
                slot = (slot + 1) & mask;
            }
            int[] os = e.getValue().getOutcomes();
            double[] ps = e.getValue().getParameters();
            table[2 * slot] = key;
            table[2 * slot + 1] = ((long) next << 8) | os.length;
            for (int k = 0; k < os.length; k++) {
                weights[next++] = ((long) os[k] << 32) | (Float.floatToRawIntBits((float) ps[k]) & 0xffffffffL);
            }
        }
    }

    int outcomeCount() {
        return outcomes.length;
    }

    String outcome(int index) {
        return outcomes[index];
    }

    /** Adds the weights of the given features into {@code scores} (zeroed first): higher is more likely. */
    void score(String[] context, double[] scores) {
        long[] keys = new long[context.length];
        for (int f = 0; f < context.length; f++) {
            keys[f] = hash(context[f]);
        }
        score(keys, keys.length, scores);
    }

    /** Adds the weights of the features with the given hashes ({@code keys[0..n)}) into {@code scores} (zeroed first). */
    void score(long[] keys, int n, double[] scores) {
        Arrays.fill(scores, 0);
        for (int f = 0; f < n; f++) {
            long key = keys[f];
            for (int slot = (int) key & mask; table[2 * slot] != EMPTY; slot = (slot + 1) & mask) {
                if (table[2 * slot] == key) {
                    long where = table[2 * slot + 1];
                    for (int w = (int) (where >>> 8), end = w + (int) (where & 0xff); w < end; w++) {
                        long packed = weights[w];
                        scores[(int) (packed >>> 32)] += Float.intBitsToFloat((int) packed);
                    }
                    break;
                }
            }
        }
    }

    /** The state {@link #feed} starts from: FNV-1a's offset basis. */
    static final long START = 0xcbf29ce484222325L;

    /** A 64-bit hash of the string's characters (FNV-1a, then a final mix); never {@link #EMPTY}. */
    static long hash(String s) {
        return finish(feed(START, s));
    }

    /** FNV-1a over {@code s}'s characters from state {@code h}: hashing a string piece by piece, as if joined. */
    static long feed(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    static long feed(long h, char c) {
        return (h ^ c) * 0x100000001b3L;
    }

    /** The hash of what was fed: the state mixed, never {@link #EMPTY}. */
    static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == EMPTY ? 1 : h;
    }
}
