package io.newsflow.enrich.entities.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Word classes learnt from running text by the exchange algorithm (Kneser and Ney 1993; Martin, Liermann and Ney
 * 1998): words are put into a fixed number of classes so that a class bigram model predicts the text best, which
 * puts words that occur in like contexts together ("Boston" with "Chicago", "Smith" with "Jones", "Inc" with
 * "Corp"). The name finder uses a word's class as a feature, so that a name it never saw in training counts like the
 * names of its class it did see.
 *
 * <p>Deterministic: words are visited in a fixed order (most frequent first, then by spelling), a word moves only
 * when that strictly improves the likelihood, and the arithmetic is {@link StrictMath}'s, so the same text gives the
 * same classes on every machine. Words seen fewer than {@code minCount} times share one stand-in word and get no
 * class.
 */
public final class WordClusters {

    private WordClusters() {
    }

    /**
     * Classes of the words of {@code sentences}, at most {@code classes} of them, after at most {@code rounds} passes
     * over the vocabulary (fewer when a pass moves no word), as word → class number, most frequent word first.
     */
    public static Map<String, Integer> learn(List<List<String>> sentences, int classes, int minCount, int rounds) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> s : sentences) {
            for (String w : s) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        List<String> vocabulary = counts.keySet().stream().filter(w -> counts.get(w) >= minCount)
                .sorted(Comparator.comparing((String w) -> -counts.get(w)).thenComparing(Comparator.naturalOrder()))
                .toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            index.put(vocabulary.get(i), i);
        }
        int words = vocabulary.size() + 2; // the rare words' stand-in, and the sentence boundary
        int rare = vocabulary.size();
        int boundary = rare + 1;
        Map<Long, Integer> bigrams = new HashMap<>();
        for (List<String> s : sentences) {
            int previous = boundary;
            for (int k = 0; k <= s.size(); k++) {
                int w = k == s.size() ? boundary : index.getOrDefault(s.get(k), rare);
                bigrams.merge((long) previous * words + w, 1, Integer::sum);
                previous = w;
            }
        }
        Exchange exchange = new Exchange(words, Math.min(classes, words), bigrams);
        exchange.run(rounds, boundary);
        Map<String, Integer> result = new LinkedHashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            result.put(vocabulary.get(i), exchange.classOf[i]);
        }
        return result;
    }

    /** The exchange algorithm over word indexes, with sparse successor and predecessor lists. */
    private static final class Exchange {

        private final int classes;
        private final int[] classOf;
        /** Per word: successor words and counts, predecessor words and counts, the count of the word after itself. */
        private final int[][] next;
        private final int[][] nextCount;
        private final int[][] prev;
        private final int[][] prevCount;
        private final int[] self;
        private final long[] outTotal;
        private final long[] inTotal;
        /** Class bigram counts, and per class how often it is followed (left) and preceded (right). */
        private final long[][] pair;
        private final long[] left;
        private final long[] right;
        private final double[] xlogx;
        /** The classes a word's successors (predecessors) are in, during one move. */
        private final int[] toClasses;
        private final int[] fromClasses;
        private int toCount;
        private int fromCount;

        Exchange(int words, int classes, Map<Long, Integer> bigrams) {
            this.classes = classes;
            this.classOf = new int[words];
            this.self = new int[words];
            this.outTotal = new long[words];
            this.inTotal = new long[words];
            int[] outDegree = new int[words];
            int[] inDegree = new int[words];
            long total = 0;
            List<Map.Entry<Long, Integer>> sorted = new ArrayList<>(bigrams.entrySet());
            sorted.sort(Map.Entry.comparingByKey());
            for (Map.Entry<Long, Integer> e : sorted) {
                int a = (int) (e.getKey() / words);
                int b = (int) (e.getKey() % words);
                if (a == b) {
                    self[a] = e.getValue();
                } else {
                    outDegree[a]++;
                    inDegree[b]++;
                }
                outTotal[a] += e.getValue();
                inTotal[b] += e.getValue();
                total += e.getValue();
            }
            next = new int[words][];
            nextCount = new int[words][];
            prev = new int[words][];
            prevCount = new int[words][];
            for (int w = 0; w < words; w++) {
                next[w] = new int[outDegree[w]];
                nextCount[w] = new int[outDegree[w]];
                prev[w] = new int[inDegree[w]];
                prevCount[w] = new int[inDegree[w]];
            }
            int[] filledOut = new int[words];
            int[] filledIn = new int[words];
            for (Map.Entry<Long, Integer> e : sorted) {
                int a = (int) (e.getKey() / words);
                int b = (int) (e.getKey() % words);
                if (a != b) {
                    next[a][filledOut[a]] = b;
                    nextCount[a][filledOut[a]++] = e.getValue();
                    prev[b][filledIn[b]] = a;
                    prevCount[b][filledIn[b]++] = e.getValue();
                }
            }
            xlogx = new double[(int) Math.min(Integer.MAX_VALUE - 8, total + 1)];
            for (int n = 1; n < xlogx.length; n++) {
                xlogx[n] = n * StrictMath.log(n);
            }
            pair = new long[classes][classes];
            toClasses = new int[classes];
            fromClasses = new int[classes];
            left = new long[classes];
            right = new long[classes];
        }

        private double f(long n) {
            return n < xlogx.length ? xlogx[(int) n] : n * StrictMath.log(n);
        }

        /** Words by frequency rank into classes round robin, the boundary alone in the last class; then passes. */
        void run(int rounds, int boundary) {
            int ordinary = classes - 1;
            for (int w = 0; w < classOf.length; w++) {
                classOf[w] = w == boundary ? classes - 1 : w % ordinary;
            }
            for (int w = 0; w < classOf.length; w++) {
                int c = classOf[w];
                for (int k = 0; k < next[w].length; k++) {
                    pair[c][classOf[next[w][k]]] += nextCount[w][k];
                }
                pair[c][c] += self[w];
                left[c] += outTotal[w];
                right[c] += inTotal[w];
            }
            long[] toClass = new long[classes];
            long[] fromClass = new long[classes];
            for (int round = 0; round < rounds; round++) {
                int moved = 0;
                for (int w = 0; w < classOf.length; w++) {
                    if (w == boundary) {
                        continue;
                    }
                    int from = classOf[w];
                    add(w, from, -1);
                    Arrays.fill(toClass, 0);
                    Arrays.fill(fromClass, 0);
                    for (int k = 0; k < next[w].length; k++) {
                        toClass[classOf[next[w][k]]] += nextCount[w][k];
                    }
                    for (int k = 0; k < prev[w].length; k++) {
                        fromClass[classOf[prev[w][k]]] += prevCount[w][k];
                    }
                    toCount = 0;
                    fromCount = 0;
                    for (int d = 0; d < classes; d++) {
                        if (toClass[d] != 0) {
                            toClasses[toCount++] = d;
                        }
                        if (fromClass[d] != 0) {
                            fromClasses[fromCount++] = d;
                        }
                    }
                    int best = from;
                    double bestGain = gain(w, from, toClass, fromClass);
                    for (int c = 0; c < ordinary; c++) {
                        if (c != from) {
                            double g = gain(w, c, toClass, fromClass);
                            if (g > bestGain + 1e-9) {
                                best = c;
                                bestGain = g;
                            }
                        }
                    }
                    classOf[w] = best;
                    add(w, best, +1);
                    if (best != from) {
                        moved++;
                    }
                }
                if (moved == 0) {
                    break;
                }
            }
        }

        /** How much the log-likelihood grows when word {@code w}, in no class, joins class {@code c}. */
        private double gain(int w, int c, long[] toClass, long[] fromClass) {
            double g = 0;
            for (int k = 0; k < toCount; k++) {
                int d = toClasses[k];
                if (d != c) {
                    g += f(pair[c][d] + toClass[d]) - f(pair[c][d]);
                }
            }
            for (int k = 0; k < fromCount; k++) {
                int d = fromClasses[k];
                if (d != c) {
                    g += f(pair[d][c] + fromClass[d]) - f(pair[d][c]);
                }
            }
            long within = toClass[c] + fromClass[c] + self[w];
            g += f(pair[c][c] + within) - f(pair[c][c]);
            g -= f(left[c] + outTotal[w]) - f(left[c]);
            g -= f(right[c] + inTotal[w]) - f(right[c]);
            return g;
        }

        /** Adds ({@code sign} +1) or removes (-1) word {@code w}'s counts to or from class {@code c}. */
        private void add(int w, int c, int sign) {
            for (int k = 0; k < next[w].length; k++) {
                pair[c][classOf[next[w][k]]] += (long) sign * nextCount[w][k];
            }
            for (int k = 0; k < prev[w].length; k++) {
                pair[classOf[prev[w][k]]][c] += (long) sign * prevCount[w][k];
            }
            pair[c][c] += (long) sign * self[w];
            left[c] += sign * outTotal[w];
            right[c] += sign * inTotal[w];
        }
    }
}
