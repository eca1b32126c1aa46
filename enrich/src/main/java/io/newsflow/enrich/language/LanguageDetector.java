package io.newsflow.enrich.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Detects the language of a text with Apache OpenNLP's language-detection model (103 languages, from Maven
 * Central), restricted to a configured set of ISO 639-1 codes: the best language of the set wins, and its
 * confidence is its probability renormalised over the set. Texts too short to judge fall back to the page's hint.
 *
 * <p>The model (about 10 MB on disk, a few tens of MB of heap) is loaded once per instance. Thread-safe: OpenNLP's
 * detector is stateless after construction.
 */
public final class LanguageDetector {

    /** Fewer letters than this and the statistics say little: use the hint. */
    static final int MIN_LETTERS = 40;
    private static final int SAMPLE_CHARS = 1000;
    private static final String MODEL = "/langdetect-183.bin";

    private final LanguageDetectorME detector;
    private final Set<String> allowed;
    private final Map<String, String> iso3to1 = new HashMap<>();

    /** @param allowed ISO 639-1 codes the detector may answer, e.g. {@code en, de, ko} */
    public LanguageDetector(Set<String> allowed) {
        this.allowed = Set.copyOf(allowed);
        for (String code : Locale.getISOLanguages()) {
            iso3to1.put(Locale.forLanguageTag(code).getISO3Language(), code);
        }
        iso3to1.put("cmn", "zh");
        iso3to1.put("nob", "no");
        iso3to1.put("nno", "no");
        try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("language model " + MODEL + " is not on the classpath");
            }
            detector = new LanguageDetectorME(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the language model", e);
        }
    }

    /** The language of {@code text}; {@code hint} (may be null) when the text is too short. */
    public Detection detect(String text, String hint) {
        String fallback = hint == null || hint.isBlank() ? null : hint.toLowerCase(Locale.ROOT).split("[-_]")[0];
        if (text == null || text.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
            return new Detection(fallback, 0);
        }
        // the first thousand characters say as much about the language as the whole text, at a fraction of the cost
        Language[] ranked = detector.predictLanguages(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text);
        double total = 0;
        String best = null;
        double bestScore = 0;
        for (Language l : ranked) {
            String code = iso3to1.getOrDefault(l.getLang(), l.getLang());
            if (!allowed.contains(code)) {
                continue;
            }
            total += l.getConfidence();
            if (best == null) {
                best = code;
                bestScore = l.getConfidence();
            }
        }
        if (best == null || total <= 0) {
            return new Detection(fallback, 0);
        }
        return new Detection(best, Math.round(bestScore / total * 1000) / 1000.0);
    }

    public Set<String> languages() {
        return allowed;
    }

    /** A detected language (ISO 639-1, null when unknown) and the detector's confidence, 0..1 (0 = the hint). */
    public record Detection(String language, double confidence) {
    }

    /** The default language set: the languages the pipeline has stop words and stemmers for. */
    public static final List<String> DEFAULT_LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl", "sv",
            "da", "no", "fi", "ru", "pl", "cs", "tr", "ko", "ja", "zh", "ar");
}
