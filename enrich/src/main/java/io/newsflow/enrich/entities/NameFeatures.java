package io.newsflow.enrich.entities;

import io.newsflow.enrich.entities.training.NameFinderTraining;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.StringPattern;
import opennlp.tools.util.featuregen.WordClusterDictionary;

/**
 * The name finder's features of a word as their {@link FeatureWeights} hashes, computed without building the
 * feature strings: the same features, in the same order, as OpenNLP's context generator makes from the shipped
 * descriptor ({@code training/features.xml}) — word classes and lower-cased words in a window of two, the outcome
 * prior, how the word was tagged earlier in the document, word and class bigrams, the sentence start, four suffixes
 * and prefixes, the learnt word classes in a window of two ({@code training/WordClusters}), and the
 * previous outcomes. Each word's lower-case form and classes, and the hashes of the features that depend on the
 * word alone, are found at most once per document, and only for words in the window of a word the model is asked
 * about. A model trained from another descriptor is refused.
 *
 * <p>One per decoder (it holds the document's adaptive data, its words and the current sentence); not thread-safe.
 */
final class NameFeatures {

    /** The feature descriptor these features implement; the model must carry the same. */
    static final String DESCRIPTOR = "/io/newsflow/enrich/entities/training/features.xml";
    /** Where a name-finder model carries the descriptor it was trained from. */
    private static final String MODEL_DESCRIPTOR = "generator.featuregen";
    /** Features of one word: 5 × 3 window features, 7 others, 4 + 4 affixes, 5 learnt classes, 4 outcome features. */
    static final int MAX_FEATURES = 39;

    private static final String OTHER = "other";
    private static final String[] WINDOW = {"", "p1", "p2", "n1", "n2"};
    private static final int[] OFFSET = {0, -1, -2, 1, 2};
    private static final long[] CLASS = new long[5];
    private static final long[] WORD_AND_CLASS = new long[5];
    private static final long[] WORD = new long[5];
    /** The learnt word classes of the words in the window, prefixed as the window's other features. */
    private static final long[] CLUSTER = new long[5];

    static {
        for (int w = 0; w < WINDOW.length; w++) {
            CLASS[w] = FeatureWeights.feed(FeatureWeights.START, WINDOW[w] + "wc=");
            WORD_AND_CLASS[w] = FeatureWeights.feed(FeatureWeights.START, WINDOW[w] + "w&c=");
            WORD[w] = FeatureWeights.feed(FeatureWeights.START, WINDOW[w] + "w=");
            CLUSTER[w] = FeatureWeights.feed(FeatureWeights.START, WINDOW[w] + NameFinderTraining.CLUSTERS_RESOURCE);
        }
    }

    private static final long DEFINITION = FeatureWeights.hash("def");
    private static final long PREVIOUS_MAP = FeatureWeights.feed(FeatureWeights.START, "pd=");
    private static final long BIGRAM = FeatureWeights.feed(FeatureWeights.START, "pw,w=");
    private static final long CLASS_BIGRAM = FeatureWeights.feed(FeatureWeights.START, "pwc,wc=");
    private static final long NEXT_BIGRAM = FeatureWeights.feed(FeatureWeights.START, "w,nw=");
    private static final long NEXT_CLASS_BIGRAM = FeatureWeights.feed(FeatureWeights.START, "wc,nc=");
    private static final long SENTENCE_BEGIN = FeatureWeights.hash("S=begin");
    private static final long SUFFIX = FeatureWeights.feed(FeatureWeights.START, "suf=");
    private static final long PREFIX = FeatureWeights.feed(FeatureWeights.START, "pre=");
    private static final long PREVIOUS_OUTCOME = FeatureWeights.feed(FeatureWeights.START, "po=");
    private static final long PREVIOUS_OUTCOME_WORD = FeatureWeights.feed(FeatureWeights.START, "pow=");
    private static final long PREVIOUS_OUTCOME_CLASS = FeatureWeights.feed(FeatureWeights.START, "powf=");
    private static final long PREVIOUS_PREVIOUS_OUTCOME = FeatureWeights.feed(FeatureWeights.START, "ppo=");

    /** Word → the "pd=" feature of its outcome where it last occurred in the document. */
    private final WordTable previous = new WordTable();
    /** The "pd=" feature of a word the document has not had yet. */
    private static final long NO_PREVIOUS = FeatureWeights.finish(FeatureWeights.feed(PREVIOUS_MAP, "null"));
    /** Outcome → its "pd=" feature: there are a handful, and the same strings recur. */
    private final Map<String, Long> previousFeatures = new HashMap<>();
    private String[] words = new String[0];
    /** Each word's {@link FeatureWeights#hash}, 0 until found. */
    private long[] hashes = new long[0];
    /** Each word's entry among the document's words, -1 until its window is prepared. */
    private int[] entryOf = new int[0];
    private final WordClasses wordClusters;

    /**
     * The document's distinct words met in a window so far, each found once however often the document uses it: its
     * hash → its entry (index + 1). Two words with the same 64-bit hash would share an entry, as they share the
     * adaptive data.
     */
    private final WordTable entries = new WordTable();
    private int entryCount;
    /**
     * Per entry, the word's lower-case form, its class ({@link #tokenClass}) and its class in the model's word
     * classes (null for a word they do not hold).
     */
    private String[] entryLower = new String[INITIAL_ENTRIES];
    private String[] entryClass = new String[INITIAL_ENTRIES];
    private String[] entryCluster = new String[INITIAL_ENTRIES];
    /**
     * Per entry, the hashes of the features that depend on the word alone, each computed when first needed (0 until
     * then; no hash is 0): for each window position its class, word and class, word and learnt class features, then
     * its four suffixes and four prefixes.
     */
    private long[] entryFeatures = new long[INITIAL_ENTRIES * PER_ENTRY];

    private static final int INITIAL_ENTRIES = 256;
    /** A document with more distinct words than this gives its entries back when cleared. */
    private static final int KEPT_ENTRIES = 4096;
    private static final int CLASS_FEATURE = 0;
    private static final int WORD_AND_CLASS_FEATURE = 1;
    private static final int WORD_FEATURE = 2;
    private static final int CLUSTER_FEATURE = 3;
    private static final int AFFIXES = 4 * WINDOW.length;
    private static final int PER_ENTRY = AFFIXES + 8;

    /**
     * @param learnt the word classes {@code model} carries ({@link WordClasses#read}), shared by every thread's features
     * @throws IllegalStateException when {@code model} was trained from another feature descriptor
     */
    NameFeatures(TokenNameFinderModel model, WordClasses learnt) {
        if (!(model.getArtifact(MODEL_DESCRIPTOR) instanceof byte[] carried) || !Arrays.equals(carried, descriptor())) {
            throw new IllegalStateException("the name-finder model was trained from another feature descriptor than "
                    + DESCRIPTOR + ", which the decoder implements");
        }
        if (!(model.getArtifact(NameFinderTraining.CLUSTERS_RESOURCE) instanceof WordClusterDictionary)) {
            throw new IllegalStateException("the name-finder model carries no word classes ("
                    + NameFinderTraining.CLUSTERS_RESOURCE + ")");
        }
        this.wordClusters = learnt;
    }

    /** Starts a sentence: the words the next {@link #of} calls index into. */
    void sentence(String[] words) {
        this.words = words;
        if (hashes.length < words.length) {
            hashes = new long[words.length];
            entryOf = new int[words.length];
        } else {
            Arrays.fill(hashes, 0, words.length, 0);
        }
        Arrays.fill(entryOf, 0, words.length, -1);
    }

    /**
     * Finds the lower-case form, class and learnt class of the words in the window of word {@code i}, each once per
     * document and only when asked: most words of a sentence are never scored, nor next to one that is.
     */
    private void prepare(int i) {
        for (int j = Math.max(0, i - 2); j <= Math.min(words.length - 1, i + 2); j++) {
            if (entryOf[j] < 0) {
                entryOf[j] = entry(j);
            }
        }
    }

    /** The entry of word {@code j} of the sentence, made when the document has not had the word yet. */
    private int entry(int j) {
        long hash = wordHash(j);
        int known = (int) entries.get(hash, 0);
        if (known > 0) {
            return known - 1;
        }
        int e = entryCount++;
        if (e == entryLower.length) {
            entryLower = Arrays.copyOf(entryLower, 2 * e);
            entryClass = Arrays.copyOf(entryClass, 2 * e);
            entryCluster = Arrays.copyOf(entryCluster, 2 * e);
            entryFeatures = Arrays.copyOf(entryFeatures, 2 * e * PER_ENTRY);
        }
        String word = words[j];
        entryLower[e] = lowerCase(word);
        entryClass[e] = tokenClass(word);
        entryCluster[e] = wordClusters.classOf(hash);
        entries.put(hash, e + 1);
        return e;
    }

    /** The class ({@link #tokenClass}) of word {@code j}, once its window is prepared. */
    private String classOf(int j) {
        return entryClass[entryOf[j]];
    }

    /** The class of word {@code j} in the model's word classes, null for a word they do not hold. */
    private String clusterOf(int j) {
        return entryCluster[entryOf[j]];
    }

    /** The hash of a window feature ({@code kind}) of word {@code j} at window position {@code w}. */
    private long windowFeature(int j, int w, int kind) {
        int e = entryOf[j];
        int at = e * PER_ENTRY + 4 * w + kind;
        long h = entryFeatures[at];
        if (h == 0) {
            h = switch (kind) {
                case CLASS_FEATURE -> FeatureWeights.finish(FeatureWeights.feed(CLASS[w], entryClass[e]));
                case WORD_AND_CLASS_FEATURE -> FeatureWeights.finish(FeatureWeights.feed(FeatureWeights.feed(
                        FeatureWeights.feed(WORD_AND_CLASS[w], entryLower[e]), ','), entryClass[e]));
                case WORD_FEATURE -> FeatureWeights.finish(FeatureWeights.feed(WORD[w], entryLower[e]));
                default -> FeatureWeights.finish(FeatureWeights.feed(CLUSTER[w], entryCluster[e]));
            };
            entryFeatures[at] = h;
        }
        return h;
    }

    /**
     * The hash of word {@code i}'s suffix ({@code k} < 4) or prefix ({@code k} - 4) of {@code k % 4 + 1} characters
     * (at most the word's length).
     */
    private long affix(int i, int k) {
        int at = entryOf[i] * PER_ENTRY + AFFIXES + k;
        long h = entryFeatures[at];
        if (h == 0) {
            String word = words[i];
            int length = k % 4 + 1;
            h = k < 4 ? SUFFIX : PREFIX;
            for (int c = k < 4 ? word.length() - length : 0, end = c + length; c < end; c++) {
                h = FeatureWeights.feed(h, word.charAt(c));
            }
            h = FeatureWeights.finish(h);
            entryFeatures[at] = h;
        }
        return h;
    }

    /**
     * OpenNLP's class of a token ({@link FeatureGeneratorUtil#tokenFeature}: "lc", "ic", "ac", "2d"...), the same
     * tests in the same order, without its regular expression for an initial with a period ("J."), which it would
     * run for every capitalised word.
     */
    static String tokenClass(String token) {
        StringPattern p = StringPattern.recognize(token);
        if (p.isAllHiragana()) {
            return "jah";
        } else if (p.isAllKatakana()) {
            return "jak";
        } else if (p.isAllLowerCaseLetter()) {
            return "lc";
        } else if (p.digits() == 2) {
            return "2d";
        } else if (p.digits() == 4) {
            return "4d";
        } else if (p.containsDigit()) {
            return p.containsLetters() ? "an" : p.containsHyphen() ? "dd" : p.containsSlash() ? "ds"
                    : p.containsComma() ? "dc" : p.containsPeriod() ? "dp" : "num";
        } else if (p.isAllCapitalLetter()) {
            return token.length() == 1 ? "sc" : "ac";
        } else if (token.length() == 2 && token.charAt(1) == '.' && isCapitalForInitial(token.charAt(0))) {
            return "cp"; // OpenNLP's ^[A-ZÄÖÜ]\.$
        }
        return p.isInitialCapitalLetter() ? "ic" : "other";
    }

    private static boolean isCapitalForInitial(char c) {
        return c >= 'A' && c <= 'Z' || c == 'Ä' || c == 'Ö' || c == 'Ü';
    }

    /** OpenNLP's lower case ({@link StringUtil#toLowerCase}, code point by code point), without its streams for ASCII. */
    static String lowerCase(String word) {
        boolean upper = false;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c >= 128) {
                return StringUtil.toLowerCase(word);
            }
            upper |= c >= 'A' && c <= 'Z';
        }
        if (!upper) {
            return word;
        }
        char[] chars = word.toCharArray();
        for (int k = 0; k < chars.length; k++) {
            if (chars[k] >= 'A' && chars[k] <= 'Z') {
                chars[k] += 'a' - 'A';
            }
        }
        return new String(chars);
    }

    /**
     * Writes the hashes of word {@code i}'s features into {@code out} (at least {@link #MAX_FEATURES} long), given
     * the outcomes of the words before it, and returns how many.
     */
    int of(int i, String[] outcomes, long[] out) {
        prepare(i);
        int n = 0;
        for (int w = 0; w < WINDOW.length; w++) {
            int j = i + OFFSET[w];
            if (j >= 0 && j < words.length) {
                out[n++] = windowFeature(j, w, CLASS_FEATURE);
                out[n++] = windowFeature(j, w, WORD_AND_CLASS_FEATURE);
            }
        }
        for (int w = 0; w < WINDOW.length; w++) {
            int j = i + OFFSET[w];
            if (j >= 0 && j < words.length) {
                out[n++] = windowFeature(j, w, WORD_FEATURE);
            }
        }
        out[n++] = DEFINITION;
        out[n++] = previous.get(wordHash(i), NO_PREVIOUS);
        if (i > 0) {
            out[n++] = pair(BIGRAM, words[i - 1], words[i]);
            out[n++] = pair(CLASS_BIGRAM, classOf(i - 1), classOf(i));
        }
        if (i + 1 < words.length) {
            out[n++] = pair(NEXT_BIGRAM, words[i], words[i + 1]);
            out[n++] = pair(NEXT_CLASS_BIGRAM, classOf(i), classOf(i + 1));
        }
        if (i == 0) {
            out[n++] = SENTENCE_BEGIN;
        }
        String word = words[i];
        int affixes = Math.min(4, word.length());
        for (int k = 0; k < affixes; k++) {
            out[n++] = affix(i, k);
        }
        for (int k = 0; k < affixes; k++) {
            out[n++] = affix(i, 4 + k);
        }
        for (int w = 0; w < WINDOW.length; w++) {
            int j = i + OFFSET[w];
            if (j >= 0 && j < words.length && clusterOf(j) != null) {
                out[n++] = windowFeature(j, w, CLUSTER_FEATURE);
            }
        }
        String po = i > 0 ? outcomes[i - 1] : OTHER;
        String ppo = i > 1 ? outcomes[i - 2] : OTHER;
        out[n++] = FeatureWeights.finish(FeatureWeights.feed(PREVIOUS_OUTCOME, po));
        out[n++] = pair(PREVIOUS_OUTCOME_WORD, po, word);
        out[n++] = pair(PREVIOUS_OUTCOME_CLASS, po, classOf(i));
        out[n++] = FeatureWeights.finish(FeatureWeights.feed(PREVIOUS_PREVIOUS_OUTCOME, ppo));
        return n;
    }

    /** Remembers how each word of the sentence, now decided, was tagged. */
    void update(String[] outcomes) {
        for (int i = 0; i < words.length; i++) {
            previous.put(wordHash(i), previousFeature(outcomes[i]));
        }
    }

    private long wordHash(int i) {
        if (hashes[i] == 0) {
            hashes[i] = FeatureWeights.hash(words[i]);
        }
        return hashes[i];
    }

    /** The "pd=" feature of an outcome: {@code "pd=" + outcome}'s hash. */
    private long previousFeature(String outcome) {
        return previousFeatures.computeIfAbsent(outcome,
                o -> FeatureWeights.finish(FeatureWeights.feed(PREVIOUS_MAP, o)));
    }

    /** Forgets the document. */
    void clear() {
        previous.clear();
        entries.clear();
        if (entryCount > KEPT_ENTRIES) {
            entryLower = new String[INITIAL_ENTRIES];
            entryClass = new String[INITIAL_ENTRIES];
            entryCluster = new String[INITIAL_ENTRIES];
            entryFeatures = new long[INITIAL_ENTRIES * PER_ENTRY];
        } else {
            Arrays.fill(entryFeatures, 0, entryCount * PER_ENTRY, 0);
        }
        entryCount = 0;
    }

    private static long pair(long prefix, String a, String b) {
        return FeatureWeights.finish(FeatureWeights.feed(FeatureWeights.feed(FeatureWeights.feed(prefix, a), ','), b));
    }

    static byte[] descriptor() {
        try (InputStream in = NameFeatures.class.getResourceAsStream(DESCRIPTOR)) {
            if (in == null) {
                throw new IllegalStateException("feature descriptor " + DESCRIPTOR + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
