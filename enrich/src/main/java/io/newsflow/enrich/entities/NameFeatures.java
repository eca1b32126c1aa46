package io.newsflow.enrich.entities;

import io.newsflow.enrich.entities.training.NameFinderTraining;
import io.newsflow.enrich.text.Fnv;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.StringPattern;
import opennlp.tools.util.featuregen.WordClusterDictionary;

/**
 * The name finder's score of each outcome for a word: the summed weights ({@link FeatureWeights}) of the model's
 * features of the word, found through each feature's hash without building the feature string. The features are the
 * ones OpenNLP's context generator makes from the shipped descriptor ({@code training/features.xml}): word classes and
 * lower-cased words in a window of two, the outcome prior, how the word was tagged earlier in the document, word and
 * class bigrams, the sentence start, four suffixes and prefixes, the learnt word classes in a window of two ({@code
 * training/WordClusters}), and the previous outcomes. Most of them depend on one word of the window and its place there
 * alone: for each word met and each place, their weights are summed once, when the word is first at that place in the
 * window of a word the model is asked about, and kept for the documents after (up to {@value #KEPT_ENTRIES} words, then
 * the ones met most often: news use the same words again and again); so are the features of an outcome, of two classes
 * (the bigrams of classes; the previous outcome with the word's class) and the ones that never change. A word's score
 * then adds five such sums and the features of a pair of words (the bigrams of words; the previous outcome with the
 * word, after a name), which are looked up in the model each time: a model's table of features is several megabytes,
 * and a look-up there mostly waits for memory. The sums are grouped differently from OpenNLP's feature order, so a
 * score may differ from its sum in the last bits of a double, never in which outcome is the most likely short of an
 * exact tie. A model trained from another descriptor is refused.
 *
 * <p>One per decoder (it holds the document's adaptive data, the words met and the current sentence); not
 * thread-safe.
 */
final class NameFeatures {

    /** The feature descriptor these features implement; the model must carry the same. */
    static final String DESCRIPTOR = "/io/newsflow/enrich/entities/training/features.xml";
    /** Where a name-finder model carries the descriptor it was trained from. */
    private static final String MODEL_DESCRIPTOR = "generator.featuregen";
    /** Features of one word not summed per word and place: the prior, "pd=", 4 bigrams, the start, 4 outcome ones. */
    private static final int MAX_FEATURES = 11;

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
            CLASS[w] = Fnv.feed(Fnv.START, WINDOW[w] + "wc=");
            WORD_AND_CLASS[w] = Fnv.feed(Fnv.START, WINDOW[w] + "w&c=");
            WORD[w] = Fnv.feed(Fnv.START, WINDOW[w] + "w=");
            CLUSTER[w] = Fnv.feed(Fnv.START, WINDOW[w] + NameFinderTraining.CLUSTERS_RESOURCE);
        }
    }

    private static final long DEFINITION = Fnv.hash("def");
    private static final long PREVIOUS_MAP = Fnv.feed(Fnv.START, "pd=");
    private static final long BIGRAM = Fnv.feed(Fnv.START, "pw,w=");
    private static final long CLASS_BIGRAM = Fnv.feed(Fnv.START, "pwc,wc=");
    private static final long NEXT_BIGRAM = Fnv.feed(Fnv.START, "w,nw=");
    private static final long NEXT_CLASS_BIGRAM = Fnv.feed(Fnv.START, "wc,nc=");
    private static final long SENTENCE_BEGIN = Fnv.hash("S=begin");
    private static final long SUFFIX = Fnv.feed(Fnv.START, "suf=");
    private static final long PREFIX = Fnv.feed(Fnv.START, "pre=");
    private static final long PREVIOUS_OUTCOME = Fnv.feed(Fnv.START, "po=");
    private static final long PREVIOUS_OUTCOME_WORD = Fnv.feed(Fnv.START, "pow=");
    private static final long PREVIOUS_OUTCOME_CLASS = Fnv.feed(Fnv.START, "powf=");
    private static final long PREVIOUS_PREVIOUS_OUTCOME = Fnv.feed(Fnv.START, "ppo=");

    private final FeatureWeights weights;
    /** The features every word has, and the "pd=" feature of a word the document has not had yet, found. */
    private final long definition;
    private final long sentenceBegin;
    private final long noPrevious;
    /** Word → the "pd=" feature of its outcome where it last occurred in the document, found. */
    private final WordTable previous = new WordTable();
    /**
     * Outcome → its features, found: "pd=", "po=", "ppo=" and "powf=" with the outcome ({@link #PREVIOUS_MAP_OF}...).
     * There are a handful of outcomes, and the same strings recur.
     */
    private final Map<String, long[]> outcomeFeatures = new HashMap<>();
    private static final int PREVIOUS_MAP_OF = 0;
    private static final int PREVIOUS_OUTCOME_OF = 1;
    private static final int PREVIOUS_PREVIOUS_OUTCOME_OF = 2;
    /** Where an outcome's "powf=" features start, one per class ({@link #CLASSES}); {@link #UNKNOWN} until found. */
    private static final int PREVIOUS_OUTCOME_CLASS_OF = 3;
    /** Every class {@link #tokenClass} gives. */
    private static final List<String> CLASSES = List.of("jah", "jak", "lc", "2d", "4d", "an", "dd", "ds", "dc", "dp",
            "num", "ac", "sc", "cp", "ic", "other");
    /**
     * The bigrams of classes ("pwc,wc=" and "wc,nc=") by the two classes' indices, found when first met ({@link
     * #UNKNOWN} until then): there are {@code 16 × 16} of each, where a look-up in the model waits for memory.
     */
    private final long[] classBigrams = unknown(CLASSES.size() * CLASSES.size());
    private final long[] nextClassBigrams = unknown(CLASSES.size() * CLASSES.size());
    private String[] words = new String[0];
    /** Each word's {@link Fnv#hash(String)}, 0 until found. */
    private long[] hashes = new long[0];
    /** Each word's entry among the words met, -1 until its window is prepared. */
    private int[] entryOf = new int[0];
    private final WordClasses wordClusters;

    /**
     * The distinct words met in a window so far, each found once however often the documents use it: its hash → its
     * entry (index + 1). Two words with the same 64-bit hash would share an entry, as they share the adaptive data.
     */
    private final WordTable entries = new WordTable();
    private int entryCount;
    /**
     * Per entry, the word's lower-case form, its class ({@link #tokenClass}) as its index in {@link #CLASSES}, and
     * its class in the model's word classes (null for a word they do not hold).
     */
    private String[] entryLower = new String[INITIAL_ENTRIES];
    private byte[] entryClassIndex = new byte[INITIAL_ENTRIES];
    private String[] entryCluster = new String[INITIAL_ENTRIES];
    /** Per entry, its word's hash, and in how many sentences the word was met since the last {@link #keepMostUsed}. */
    private long[] entryHash = new long[INITIAL_ENTRIES];
    private byte[] uses = new byte[INITIAL_ENTRIES];
    /**
     * Per entry and window position ({@link #WINDOW}), the summed weights of the features of the word at that
     * position ({@link #outcomes} values, one per outcome): its class, word and class, word and learnt class, and at
     * the word's own position its four suffixes and four prefixes; summed when first needed ({@link #summed}).
     */
    private double[] entrySums;
    /** Per entry, a bit for each window position whose sums are in {@link #entrySums}. */
    private byte[] summed = new byte[INITIAL_ENTRIES];
    /** Per entry, its "pow=" feature after a word outside any name, found ({@link #UNKNOWN} until then). */
    private long[] afterOther = unknown(INITIAL_ENTRIES);
    /** An entry's feature not found yet; {@link FeatureWeights#find} never gives it. */
    private static final long UNKNOWN = -1;
    private final int outcomes;
    /** The features of the word being scored that are not in the sums, found. */
    private final long[] found = new long[MAX_FEATURES];

    /**
     * The features of the word being scored that are looked up in the model together when it is done: their hashes,
     * their places in {@link #found}, and the entry whose "pow=" feature each is ({@link #afterOther}; -1: none).
     */
    private final long[] pendingHashes = new long[MAX_FEATURES];
    private final long[] pendingFound = new long[MAX_FEATURES];
    private final int[] pendingAt = new int[MAX_FEATURES];
    private final int[] pendingKept = new int[MAX_FEATURES];
    private int pending;

    private static final int INITIAL_ENTRIES = 256;
    /**
     * Words whose entries are kept from one document to the next; when a document ends with more, all but the ones
     * met most often are forgotten ({@link #keepMostUsed}; about 400 bytes a word with its sums and strings, some 13
     * MB in all; a news article meets a few hundred new words, 711 articles some 40,000 in all).
     */
    static final int KEPT_ENTRIES = 32_768;

    /**
     * @param weights the weights of {@code model} ({@link NameDecoder#weights}), shared by every thread's features
     * @param learnt  the word classes {@code model} carries ({@link WordClasses#read}), shared likewise
     * @throws IllegalStateException when {@code model} was trained from another feature descriptor
     */
    NameFeatures(TokenNameFinderModel model, FeatureWeights weights, WordClasses learnt) {
        if (!(model.getArtifact(MODEL_DESCRIPTOR) instanceof byte[] carried) || !Arrays.equals(carried, descriptor())) {
            throw new IllegalStateException("the name-finder model was trained from another feature descriptor than "
                    + DESCRIPTOR + ", which the decoder implements");
        }
        if (!(model.getArtifact(NameFinderTraining.CLUSTERS_RESOURCE) instanceof WordClusterDictionary)) {
            throw new IllegalStateException("the name-finder model carries no word classes ("
                    + NameFinderTraining.CLUSTERS_RESOURCE + ")");
        }
        this.wordClusters = learnt;
        this.weights = weights;
        this.definition = weights.find(DEFINITION);
        this.sentenceBegin = weights.find(SENTENCE_BEGIN);
        this.noPrevious = weights.find(feature(PREVIOUS_MAP, "null"));
        this.outcomes = weights.outcomeCount();
        this.entrySums = new double[INITIAL_ENTRIES * WINDOW.length * outcomes];
    }

    private static long[] unknown(int length) {
        long[] features = new long[length];
        Arrays.fill(features, UNKNOWN);
        return features;
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

    /** The entry of word {@code j} of the sentence, made when the word has not been met yet. */
    private int entry(int j) {
        long hash = wordHash(j);
        int known = (int) entries.get(hash, 0);
        if (known > 0) {
            uses[known - 1] += (byte) (uses[known - 1] == -1 ? 0 : 1);
            return known - 1;
        }
        int e = entryCount++;
        if (e == entryLower.length) {
            // beyond the words kept, room for the new words of a document or two before clear() keeps fewer
            resize(e < KEPT_ENTRIES ? 2 * e : e + e / 8);
        }
        String word = words[j];
        entryLower[e] = lowerCase(word);
        entryClassIndex[e] = (byte) CLASSES.indexOf(tokenClass(word));
        entryCluster[e] = wordClusters.classOf(hash);
        entryHash[e] = hash;
        uses[e] = 1;
        entries.put(hash, e + 1);
        return e;
    }

    /** The class ({@link #tokenClass}) of word {@code j}, once its window is prepared. */
    private String classOf(int j) {
        return entryClass(entryOf[j]);
    }

    /** The class ({@link #tokenClass}) of entry {@code e}. */
    private String entryClass(int e) {
        return CLASSES.get(entryClassIndex[e]);
    }

    /**
     * Adds to {@code scores} the summed weights of the features of word {@code j} at window position {@code w},
     * summing them first when this word has not been at this position yet.
     */
    private void addWindow(double[] scores, int j, int w) {
        int e = entryOf[j];
        int at = (e * WINDOW.length + w) * outcomes;
        if ((summed[e] & 1 << w) == 0) {
            String cluster = entryCluster[e];
            weights.add(weights.find(feature(CLASS[w], entryClass(e))), entrySums, at);
            weights.add(weights.find(pair(WORD_AND_CLASS[w], entryLower[e], entryClass(e))), entrySums, at);
            weights.add(weights.find(feature(WORD[w], entryLower[e])), entrySums, at);
            if (cluster != null) {
                weights.add(weights.find(feature(CLUSTER[w], cluster)), entrySums, at);
            }
            if (w == 0) {
                String word = words[j];
                int affixes = Math.min(4, word.length());
                for (int length = 1; length <= affixes; length++) {
                    weights.add(weights.find(affix(word, length, true)), entrySums, at);
                }
                for (int length = 1; length <= affixes; length++) {
                    weights.add(weights.find(affix(word, length, false)), entrySums, at);
                }
            }
            summed[e] |= (byte) (1 << w);
        }
        for (int k = 0; k < outcomes; k++) {
            scores[k] += entrySums[at + k];
        }
    }

    /** The hash of the suffix (or prefix) of {@code length} characters of {@code word}. */
    private static long affix(String word, int length, boolean suffix) {
        long h = suffix ? SUFFIX : PREFIX;
        for (int c = suffix ? word.length() - length : 0, end = c + length; c < end; c++) {
            h = Fnv.feed(h, word.charAt(c));
        }
        return Fnv.finish(h);
    }

    /**
     * Has the feature with this hash looked up as feature {@code n} of {@link #found} when the word's features are
     * done, and kept as the "pow=" feature of entry {@code kept} (-1: not kept).
     */
    private void lookUp(int n, int kept, long hash) {
        pendingHashes[pending] = hash;
        pendingAt[pending] = n;
        pendingKept[pending++] = kept;
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
     * Writes into {@code scores} the summed weights of word {@code i}'s features for each outcome (higher is more
     * likely), given the outcomes of the words before it.
     */
    void score(int i, String[] outcomes, double[] scores) {
        prepare(i);
        Arrays.fill(scores, 0);
        for (int w = 0; w < WINDOW.length; w++) {
            int j = i + OFFSET[w];
            if (j >= 0 && j < words.length) {
                addWindow(scores, j, w);
            }
        }
        pending = 0;
        int n = 0;
        found[n++] = definition;
        found[n++] = previous.get(wordHash(i), noPrevious);
        if (i > 0) {
            lookUp(n++, -1, pair(BIGRAM, words[i - 1], words[i]));
            found[n++] = classBigram(classBigrams, CLASS_BIGRAM, i - 1, i);
        }
        if (i + 1 < words.length) {
            lookUp(n++, -1, pair(NEXT_BIGRAM, words[i], words[i + 1]));
            found[n++] = classBigram(nextClassBigrams, NEXT_CLASS_BIGRAM, i, i + 1);
        }
        if (i == 0) {
            found[n++] = sentenceBegin;
        }
        String po = i > 0 ? outcomes[i - 1] : OTHER;
        String ppo = i > 1 ? outcomes[i - 2] : OTHER;
        found[n++] = outcomeFeatures(po)[PREVIOUS_OUTCOME_OF];
        int kept = po.equals(OTHER) ? entryOf[i] : -1;
        if (kept >= 0 && afterOther[kept] != UNKNOWN) {
            found[n] = afterOther[kept];
        } else {
            lookUp(n, kept, pair(PREVIOUS_OUTCOME_WORD, po, words[i]));
        }
        n++;
        long[] ofPrevious = outcomeFeatures(po);
        int withClass = PREVIOUS_OUTCOME_CLASS_OF + entryClassIndex[entryOf[i]];
        if (ofPrevious[withClass] == UNKNOWN) {
            ofPrevious[withClass] = weights.find(pair(PREVIOUS_OUTCOME_CLASS, po, classOf(i)));
        }
        found[n++] = ofPrevious[withClass];
        found[n++] = outcomeFeatures(ppo)[PREVIOUS_PREVIOUS_OUTCOME_OF];
        weights.findAll(pendingHashes, pending, pendingFound);
        for (int k = 0; k < pending; k++) {
            found[pendingAt[k]] = pendingFound[k];
            if (pendingKept[k] >= 0) {
                afterOther[pendingKept[k]] = pendingFound[k];
            }
        }
        weights.add(found, n, scores);
    }

    /** Remembers how each word of the sentence, now decided, was tagged. */
    void update(String[] outcomes) {
        for (int i = 0; i < words.length; i++) {
            previous.put(wordHash(i), outcomeFeatures(outcomes[i])[PREVIOUS_MAP_OF]);
        }
    }

    private long wordHash(int i) {
        if (hashes[i] == 0) {
            hashes[i] = Fnv.hash(words[i]);
        }
        return hashes[i];
    }

    /** The feature of the classes of words {@code a} and {@code b} in {@code bigrams}, found when first met. */
    private long classBigram(long[] bigrams, long prefix, int a, int b) {
        int at = entryClassIndex[entryOf[a]] * CLASSES.size() + entryClassIndex[entryOf[b]];
        if (bigrams[at] == UNKNOWN) {
            bigrams[at] = weights.find(pair(prefix, classOf(a), classOf(b)));
        }
        return bigrams[at];
    }

    /** The features of an outcome ({@link #PREVIOUS_MAP_OF}...), found ("powf=" when first met). */
    private long[] outcomeFeatures(String outcome) {
        long[] found = outcomeFeatures.get(outcome);
        if (found == null) {
            found = unknown(PREVIOUS_OUTCOME_CLASS_OF + CLASSES.size());
            found[PREVIOUS_MAP_OF] = weights.find(feature(PREVIOUS_MAP, outcome));
            found[PREVIOUS_OUTCOME_OF] = weights.find(feature(PREVIOUS_OUTCOME, outcome));
            found[PREVIOUS_PREVIOUS_OUTCOME_OF] = weights.find(feature(PREVIOUS_PREVIOUS_OUTCOME, outcome));
            outcomeFeatures.put(outcome, found);
        }
        return found;
    }

    /**
     * Forgets the document: its adaptive data, and the words met less often when there are more than {@link
     * #KEPT_ENTRIES}.
     */
    void clear() {
        previous.clear();
        if (entryCount > KEPT_ENTRIES) {
            keepMostUsed();
        }
    }

    /**
     * Keeps the entries of the words met most often since the last time, in at least two sentences, and no more than
     * half of {@link #KEPT_ENTRIES} unless more were met in 255 sentences or more; forgets the others: news keep using
     * the same few thousand words, and a long tail of others once.
     */
    private void keepMostUsed() {
        int[] withUses = new int[256];
        for (int e = 0; e < entryCount; e++) {
            withUses[uses[e] & 0xff]++;
        }
        int threshold = 255; // the fewest uses of a word kept: at least 2
        for (int kept = withUses[255]; threshold > 2 && kept + withUses[threshold - 1] <= KEPT_ENTRIES / 2; ) {
            kept += withUses[--threshold];
        }
        entries.clear();
        int kept = 0;
        for (int e = 0; e < entryCount; e++) {
            if ((uses[e] & 0xff) >= threshold) {
                move(e, kept);
                entries.put(entryHash[kept], kept + 1);
                kept++;
            }
        }
        Arrays.fill(entryLower, kept, entryCount, null);
        Arrays.fill(entryCluster, kept, entryCount, null);
        Arrays.fill(summed, kept, entryCount, (byte) 0);
        Arrays.fill(afterOther, kept, entryCount, UNKNOWN);
        Arrays.fill(uses, 0, entryCount, (byte) 0);
        Arrays.fill(entrySums, kept * WINDOW.length * outcomes, entryCount * WINDOW.length * outcomes, 0);
        entryCount = kept;
        if (entryLower.length > 2 * KEPT_ENTRIES) { // a huge document's words: its room is given back
            resize(Math.max(kept, KEPT_ENTRIES) + KEPT_ENTRIES / 8);
        }
    }

    /** Gives the entries' arrays room for {@code capacity} entries (at least {@link #entryCount}). */
    private void resize(int capacity) {
        int before = afterOther.length;
        entryLower = Arrays.copyOf(entryLower, capacity);
        entryClassIndex = Arrays.copyOf(entryClassIndex, capacity);
        entryCluster = Arrays.copyOf(entryCluster, capacity);
        entrySums = Arrays.copyOf(entrySums, capacity * WINDOW.length * outcomes);
        summed = Arrays.copyOf(summed, capacity);
        afterOther = Arrays.copyOf(afterOther, capacity);
        entryHash = Arrays.copyOf(entryHash, capacity);
        uses = Arrays.copyOf(uses, capacity);
        if (capacity > before) {
            Arrays.fill(afterOther, before, capacity, UNKNOWN);
        }
    }

    /** How many words' entries are kept. */
    int wordsKept() {
        return entryCount;
    }

    /** Moves entry {@code from} to {@code to}. */
    private void move(int from, int to) {
        entryHash[to] = entryHash[from];
        entryLower[to] = entryLower[from];
        entryClassIndex[to] = entryClassIndex[from];
        entryCluster[to] = entryCluster[from];
        summed[to] = summed[from];
        afterOther[to] = afterOther[from];
        int size = WINDOW.length * outcomes;
        System.arraycopy(entrySums, from * size, entrySums, to * size, size);
    }

    /** The hash of a feature of one value: its prefix (fed already) and the value, as if joined. */
    private static long feature(long prefix, String value) {
        return Fnv.finish(Fnv.feed(prefix, value));
    }

    /** The hash of a feature of two values: its prefix (fed already) and "a,b", as if joined. */
    private static long pair(long prefix, String a, String b) {
        return Fnv.finish(Fnv.feed(Fnv.feed(Fnv.feed(prefix, a), ','), b));
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
