package io.newsflow.enrich.language;

import io.newsflow.enrich.text.LongTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Detects the language of a text with Apache OpenNLP's language-detection model (103 languages, from Maven
 * Central), restricted to a configured set of ISO 639-1 codes: the best language of the set wins, and its
 * confidence is its probability renormalised over the set. A language written in a script of its own (Chinese,
 * Russian, Arabic...) wins only a text with letters of that script. Texts too short to judge fall back to the page's
 * hint.
 *
 * <p>The text is read as OpenNLP's {@code LanguageDetectorME} reads it (the same normalisation,
 * {@link SampleNormalizer}; the distinct lower-cased character 1-, 2- and 3-grams), and scored with the model's own
 * weights, but only for the languages of the set: the others' probabilities would be dropped by the renormalisation
 * anyway, and summing weights for 19 of the model's 103 languages is most of the saving. Each n-gram is a {@code long} of its characters, looked up without building a
 * string. {@code LanguageDetectorTest} checks the answers against {@code LanguageDetectorME}'s.
 *
 * <p>The model (about 10 MB on disk) is read once per instance and only its weights for the scored languages are
 * kept. Thread-safe: nothing changes after construction (each thread keeps its own scratch set of n-grams).
 */
public final class LanguageDetector {

    /** Fewer letters than this and the statistics say little: use the hint. */
    static final int MIN_LETTERS = 40;
    private static final int SAMPLE_CHARS = 1000;
    private static final String MODEL = "/langdetect-183.bin";

    private final Set<String> allowed;
    private final Map<String, String> iso3to1 = new HashMap<>();
    /** ISO 639-1 code of each scored language. */
    private final String[] codes;
    /** The model's log prior of every outcome (uniform). */
    private final double logPrior;
    /**
     * N-gram key ({@link #pack}) → where its weights start in {@link #weights} (high bits) and how many there are
     * (low byte), so that a look-up reads one place.
     */
    private final LongTable table;
    /** Weights of the n-grams for the scored languages, each n-gram's side by side, and each weight's language. */
    private final byte[] languageOf;
    private final double[] weights;
    /**
     * Each thread's set of the n-grams of its current sample, emptied for the next: a sample's set takes about as long
     * to allocate and zero as to fill.
     */
    private static final ThreadLocal<LongTable> SEEN = ThreadLocal.withInitial(() -> new LongTable(4 * SAMPLE_CHARS));

    /** @param allowed ISO 639-1 codes the detector may answer, e.g. {@code en, de, ko} */
    public LanguageDetector(Set<String> allowed) {
        this.allowed = Set.copyOf(allowed);
        for (String code : Locale.getISOLanguages()) {
            iso3to1.put(Locale.forLanguageTag(code).getISO3Language(), code);
        }
        iso3to1.put("cmn", "zh");
        iso3to1.put("nob", "no");
        iso3to1.put("nno", "no");
        // only the tables below are kept: the model's own maps of strings would double the heap it takes
        MaxentModel maxent = loadModel().getMaxentModel();
        if (!(maxent instanceof GISModel gis)) {
            throw new IllegalStateException("language model " + MODEL + " is not a maximum entropy (GIS) model");
        }
        // the outcomes to score: the model's languages that are in the set (two may map to one code, e.g. nob, nno)
        int[] scoredAs = new int[maxent.getNumOutcomes()];
        List<String> scored = new ArrayList<>();
        for (int o = 0; o < scoredAs.length; o++) {
            String code = iso3to1.getOrDefault(maxent.getOutcome(o), maxent.getOutcome(o));
            scoredAs[o] = -1;
            if (this.allowed.contains(code)) {
                scoredAs[o] = scored.size();
                scored.add(code);
            }
        }
        codes = scored.toArray(String[]::new);
        logPrior = StrictMath.log(1.0 / scoredAs.length);
        Object[] data = gis.getDataStructures();
        Context[] params = (Context[]) data[0];
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        // only the n-grams with a weight for a scored language: the others add nothing to any score
        int grams = 0;
        int entries = 0;
        for (Map.Entry<String, Context> p : predicates.entrySet()) {
            int scoredWeights = 0;
            for (int outcome : p.getValue().getOutcomes()) {
                scoredWeights += scoredAs[outcome] >= 0 ? 1 : 0;
            }
            if (scoredWeights > 0 && pack(p.getKey()) != 0) {
                grams++;
                entries += scoredWeights;
            }
        }
        table = new LongTable(grams);
        languageOf = new byte[entries];
        weights = new double[entries];
        int at = 0;
        for (Map.Entry<String, Context> p : predicates.entrySet()) {
            long key = pack(p.getKey());
            if (key == 0) {
                continue; // not an n-gram of up to three characters: a text never produces it
            }
            int start = at;
            Context c = p.getValue();
            for (int k = 0; k < c.getOutcomes().length; k++) {
                int language = scoredAs[c.getOutcomes()[k]];
                if (language >= 0) {
                    languageOf[at] = (byte) language;
                    weights[at++] = c.getParameters()[k];
                }
            }
            if (at == start) {
                continue;
            }
            if (!table.put(key, (long) start << 8 | (at - start))) {
                throw new IllegalStateException("language model " + MODEL + " has the n-gram " + p.getKey() + " twice");
            }
        }
    }

    /**
     * The language of {@code text} read from its words that start in lower case, where it has enough of them: names
     * say little of the language they are written in ("Results of German first division matches: Bayer Leverkusen 2
     * Schalke 0 ..." is English), and German's capitalised nouns leave its articles, verbs and adjectives; from all
     * of it otherwise, and then, where it has letters enough to judge, marked {@link Detection#fromNames}.
     * {@code hint} (may be null) when the text is too short.
     */
    public Detection detectIgnoringNames(String text, String hint) {
        if (text == null) {
            return detect(null, hint);
        }
        String sample = text.length() > 2 * SAMPLE_CHARS ? text.substring(0, 2 * SAMPLE_CHARS) : text;
        StringBuilder lower = new StringBuilder(sample.length());
        int letters = 0;
        int allLetters = 0;
        for (int i = 0; i < sample.length(); ) {
            int c = sample.codePointAt(i);
            if (!Character.isLetter(c)) {
                lower.appendCodePoint(c);
                i += Character.charCount(c);
                continue;
            }
            int end = i;
            while (end < sample.length() && Character.isLetter(sample.codePointAt(end))) {
                end += Character.charCount(sample.codePointAt(end));
            }
            if (!Character.isUpperCase(c)) {
                lower.append(sample, i, end);
                letters += end - i;
            }
            allLetters += end - i;
            i = end;
        }
        if (letters >= MIN_LETTERS / 2) {
            return detect(lower.toString(), hint, MIN_LETTERS / 2);
        }
        Detection byNames = detect(text, hint);
        return allLetters >= MIN_LETTERS && byNames.confidence() > 0
                ? new Detection(byNames.language(), byNames.confidence(), true) : byNames;
    }

    /** The language of {@code text}; {@code hint} (may be null) when the text is too short. */
    public Detection detect(String text, String hint) {
        return detect(text, hint, MIN_LETTERS);
    }

    private Detection detect(String text, String hint, int minLetters) {
        String fallback = hint == null || hint.isBlank() ? null : hint.toLowerCase(Locale.ROOT).split("[-_]")[0];
        if (text == null || text.codePoints().filter(Character::isLetter).limit(minLetters).count() < minLetters) {
            return new Detection(fallback, 0);
        }
        // the first thousand characters say as much about the language as the whole text, at a fraction of the cost
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        double[] scores = scores(sample);
        if (scores.length == 0) {
            return new Detection(fallback, 0);
        }
        boolean[] eligible = writtenIn(sample);
        int best = -1;
        for (int i = 0; i < scores.length; i++) {
            if (eligible[i] && (best < 0 || scores[i] > scores[best])) {
                best = i;
            }
        }
        // the softmax over the scored languages: what the model's probabilities renormalised over them come to
        double total = 0;
        for (double score : scores) {
            total += StrictMath.exp(score - scores[best]);
        }
        return new Detection(codes[best], Math.round(1 / total * 1000) / 1000.0);
    }

    /** Scripts of the languages that are written in neither the Latin alphabet nor several scripts besides it. */
    private static final Map<String, Set<UnicodeScript>> SCRIPTS = Map.ofEntries(
            Map.entry("zh", EnumSet.of(UnicodeScript.HAN)),
            Map.entry("ja", EnumSet.of(UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.HAN)),
            Map.entry("ko", EnumSet.of(UnicodeScript.HANGUL)),
            Map.entry("ru", EnumSet.of(UnicodeScript.CYRILLIC)), Map.entry("uk", EnumSet.of(UnicodeScript.CYRILLIC)),
            Map.entry("bg", EnumSet.of(UnicodeScript.CYRILLIC)), Map.entry("mk", EnumSet.of(UnicodeScript.CYRILLIC)),
            Map.entry("be", EnumSet.of(UnicodeScript.CYRILLIC)), Map.entry("el", EnumSet.of(UnicodeScript.GREEK)),
            Map.entry("ar", EnumSet.of(UnicodeScript.ARABIC)), Map.entry("fa", EnumSet.of(UnicodeScript.ARABIC)),
            Map.entry("ur", EnumSet.of(UnicodeScript.ARABIC)), Map.entry("he", EnumSet.of(UnicodeScript.HEBREW)),
            Map.entry("hi", EnumSet.of(UnicodeScript.DEVANAGARI)), Map.entry("th", EnumSet.of(UnicodeScript.THAI)));

    /**
     * Which scored languages {@code sample} may be in: a language with a script of its own ({@link #SCRIPTS}) only
     * where a letter of that script is in it; with few letters the model finds Chinese in a line of English words
     * and numbers ("Results of English league matches on Saturday: Premier league Liverpool 2 Southampton 1 ...").
     * Every language when none would be left.
     */
    private boolean[] writtenIn(String sample) {
        Set<UnicodeScript> present = EnumSet.noneOf(UnicodeScript.class);
        for (int i = 0; i < sample.length(); ) {
            int c = sample.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 0x370 && Character.isLetter(c)) { // below: Latin letters, and neither script nor letters
                present.add(UnicodeScript.of(c));
            }
        }
        boolean[] eligible = new boolean[codes.length];
        boolean any = false;
        for (int i = 0; i < codes.length; i++) {
            Set<UnicodeScript> own = SCRIPTS.get(codes[i]);
            eligible[i] = own == null || !Collections.disjoint(own, present);
            any |= eligible[i];
        }
        if (!any) {
            Arrays.fill(eligible, true);
        }
        return eligible;
    }

    /** Each scored language's sum of weights over the distinct n-grams of {@code sample}, as OpenNLP's GIS sums them. */
    double[] scores(String sample) {
        char[] chars = lowerCase(SampleNormalizer.normalize(sample));
        double[] scores = new double[codes.length];
        Arrays.fill(scores, logPrior);
        long[] grams = distinctGrams(chars);
        int n = grams.length;
        long[] found = new long[n];
        table.getAll(grams, n, found, 0);
        for (int g = 0; g < n; g++) {
            for (int j = (int) (found[g] >>> 8), end = j + (int) (found[g] & 0xff); j < end; j++) {
                scores[languageOf[j]] += weights[j];
            }
        }
        return scores;
    }

    /** The distinct 1-, 2- and 3-grams of {@code chars} as {@link #pack} packs them: by length, then in order. */
    private static long[] distinctGrams(char[] chars) {
        LongTable seen = SEEN.get();
        if (seen.capacity() < 3 * chars.length) {
            seen = new LongTable(3 * chars.length); // a sample that lower-casing made longer than most
        } else {
            seen.clear();
        }
        long[] grams = new long[3 * chars.length];
        int n = 0;
        for (int length = 1; length <= 3; length++) {
            for (int i = 0; i + length <= chars.length; i++) {
                long key = 0;
                for (int k = i; k < i + length; k++) {
                    key = key << 16 | chars[k];
                }
                key |= (long) length << 48;
                if (seen.put(key, 1)) {
                    grams[n++] = key;
                }
            }
        }
        return Arrays.copyOf(grams, n);
    }

    /** An n-gram of one to three UTF-16 chars as its chars and its length, never 0; 0 for anything longer. */
    static long pack(CharSequence gram) {
        if (gram.length() < 1 || gram.length() > 3) {
            return 0;
        }
        long key = 0;
        for (int k = 0; k < gram.length(); k++) {
            key = key << 16 | gram.charAt(k);
        }
        return key | (long) gram.length() << 48;
    }

    /** Lower case by code point, as OpenNLP's {@code StringUtil.toLowerCaseCharBuffer}. */
    private static char[] lowerCase(CharSequence text) {
        StringBuilder lower = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> lower.appendCodePoint(Character.toLowerCase(cp)));
        char[] chars = new char[lower.length()];
        lower.getChars(0, chars.length, chars, 0);
        return chars;
    }

    /** OpenNLP's model, read afresh: for the constructor, and for tests that compare with OpenNLP's detector. */
    static LanguageDetectorModel loadModel() {
        try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("language model " + MODEL + " is not on the classpath");
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the language model", e);
        }
    }

    public Set<String> languages() {
        return allowed;
    }

    /**
     * A detected language (ISO 639-1, null when unknown) and the detector's confidence, 0..1 (0 = the hint); and
     * whether it was judged from a text of names and numbers with too few other words to read, a table of results or
     * standings ({@link #detectIgnoringNames}): the language of its names, not of any running text.
     */
    public record Detection(String language, double confidence, boolean fromNames) {

        public Detection(String language, double confidence) {
            this(language, confidence, false);
        }
    }

    /** The default language set: the languages the pipeline has stop words and stemmers for. */
    public static final List<String> DEFAULT_LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl", "sv",
            "da", "no", "fi", "ru", "pl", "cs", "tr", "ko", "ja", "zh", "ar");
}
