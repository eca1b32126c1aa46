package io.newsflow.enrich.keywords;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.util.IOUtils;

/**
 * Keywords by TF-IDF: terms from Lucene's analyzer for the article's language (its stop words and stemmer), scored
 * by term frequency against the document frequencies seen so far (and, for English, a background sample's:
 * {@link BackgroundFrequencies}). A stemmed term is reported in the surface form
 * the text uses most ("sanctions", not "sanction"). Thread-safe: Lucene analyzers reuse per-thread token streams.
 */
public final class KeywordExtractor {

    private static final int MIN_TERM_LENGTH = 3;
    /**
     * Languages whose analyzers cut words out of text written without spaces (or, in Korean, cut particles off
     * them): a word of two characters ("能源", energy; "정부", government) is a word there, not a fragment.
     */
    private static final Set<String> TWO_CHARACTER_WORDS = Set.of("zh", "ja", "ko");
    /**
     * Words Snowball's list leaves out (it has "would" but not "will") and the reporting verb of every news story;
     * a small corpus gives them no low document frequency to sink them.
     */
    private static final List<String> ENGLISH_NEWS_STOP_WORDS = List.of("will", "can", "may", "might", "must",
            "shall", "also", "just", "said", "says", "say");
    /**
     * Snowball's English stop words ("after", "would", "about", "because"...) and the words above: Lucene's English
     * default has only 33, which let such words through as keywords. The other languages' analyzers use Snowball's
     * lists already.
     */
    private static final CharArraySet ENGLISH_STOP_WORDS = withNewsWords(snowballStopWords("english_stop.txt"));

    private final Map<String, Analyzer> analyzers = new HashMap<>();
    private final Analyzer fallback = new StandardAnalyzer(ENGLISH_STOP_WORDS);
    private final int count;
    private final BackgroundFrequencies english;

    /** Keywords weighed with the shipped English background ({@link BackgroundFrequencies#english()}). */
    public KeywordExtractor(int count) {
        this(count, BackgroundFrequencies.english());
    }

    /** @param english the background of English articles' keywords ({@link BackgroundFrequencies#NONE}: none) */
    public KeywordExtractor(int count, BackgroundFrequencies english) {
        this.count = count;
        this.english = english;
        analyzers.put("en", new RememberingEnglishAnalyzer(ENGLISH_STOP_WORDS));
        analyzers.put("de", new GermanAnalyzer());
        analyzers.put("fr", new FrenchAnalyzer());
        analyzers.put("es", new SpanishAnalyzer());
        analyzers.put("it", new ItalianAnalyzer());
        analyzers.put("pt", new PortugueseAnalyzer());
        analyzers.put("nl", new DutchAnalyzer());
        analyzers.put("sv", new SwedishAnalyzer());
        analyzers.put("da", new DanishAnalyzer());
        analyzers.put("no", new NorwegianAnalyzer());
        analyzers.put("fi", new FinnishAnalyzer());
        analyzers.put("ru", new RussianAnalyzer());
        analyzers.put("cs", new CzechAnalyzer());
        analyzers.put("tr", new TurkishAnalyzer());
        analyzers.put("ar", new ArabicAnalyzer());
        analyzers.put("pl", new PolishAnalyzer());
        // words by dictionary, the parts of speech that carry no meaning dropped (Korean's particles and endings,
        // Japanese's auxiliaries): bigrams of characters (Lucene's CJK analyzer) are mostly no word at all
        analyzers.put("zh", new SmartChineseAnalyzer());
        analyzers.put("ja", new JapaneseAnalyzer());
        analyzers.put("ko", new KoreanAnalyzer());
    }

    private static CharArraySet withNewsWords(CharArraySet snowball) {
        CharArraySet all = new CharArraySet(snowball, false);
        all.addAll(ENGLISH_NEWS_STOP_WORDS);
        return CharArraySet.unmodifiableSet(all);
    }

    private static CharArraySet snowballStopWords(String file) {
        try (Reader r = IOUtils.getDecodingReader(SnowballFilter.class, file, StandardCharsets.UTF_8)) {
            return CharArraySet.unmodifiableSet(WordlistLoader.getSnowballWordSet(r));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Lucene's " + file, e);
        }
    }

    /**
     * The top keywords of {@code text}, after counting it into {@code frequencies}; an English text's weighed
     * against {@code frequencies} and the English background together.
     */
    public List<String> keywords(String text, String language, DocumentFrequencies frequencies) {
        String input = text == null ? "" : text;
        List<Occurrences> terms = occurrences(input, language);
        frequencies.addDocument(terms.stream().map(o -> o.term).toList());
        BackgroundFrequencies background = "en".equals(language) ? english : BackgroundFrequencies.NONE;
        double documents = frequencies.documents() + background.documents();
        // the best `count` terms by tf-idf, ties by term: kept in order as they come, no sort of every term
        Occurrences[] best = new Occurrences[count];
        double[] scores = new double[count];
        int kept = 0;
        for (Occurrences candidate : terms) {
            String term = candidate.term;
            double score = candidate.count * (Math.log((documents + 1)
                    / (frequencies.documentsWith(term) + background.documentsWith(term) + 1)) + 1);
            int at = kept;
            while (at > 0 && ranksBefore(score, term, scores[at - 1], best[at - 1].term)) {
                at--;
            }
            if (at == count) {
                continue;
            }
            int moved = Math.min(kept, count - 1) - at;
            System.arraycopy(best, at, best, at + 1, moved);
            System.arraycopy(scores, at, scores, at + 1, moved);
            best[at] = candidate;
            scores[at] = score;
            kept = Math.min(kept + 1, count);
        }
        Set<String> keywords = new LinkedHashSet<>();
        for (int k = 0; k < kept; k++) {
            keywords.add(best[k].commonestSurface(input));
        }
        return List.copyOf(keywords);
    }

    /** The distinct terms of {@code text} that {@link #keywords} weighs, in the order they first occur. */
    public List<String> terms(String text, String language) {
        return occurrences(text == null ? "" : text, language).stream().map(o -> o.term).toList();
    }

    /** Each distinct term of {@code input} with where it occurs, in the order the terms first occur. */
    private List<Occurrences> occurrences(String input, String language) {
        // each distinct term once, found by the analyser's characters: no string is made for a term seen before
        CharArrayMap<Occurrences> byChars = new CharArrayMap<>(256, false);
        List<Occurrences> terms = new ArrayList<>();
        Analyzer analyzer = language == null ? fallback : analyzers.getOrDefault(language, fallback);
        int minLength = language != null && TWO_CHARACTER_WORDS.contains(language) ? 2 : MIN_TERM_LENGTH;
        try (TokenStream ts = analyzer.tokenStream("text", input)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() < minLength || !hasLetter(term)) { // "1,200", "2026"
                    continue;
                }
                Occurrences occurrences = byChars.get(term.buffer(), 0, term.length());
                if (occurrences == null) {
                    occurrences = new Occurrences(term.toString());
                    byChars.put(occurrences.term, occurrences);
                    terms.add(occurrences);
                }
                occurrences.add(offset.startOffset(), offset.endOffset());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text for keywords", e);
        }
        return terms;
    }

    /** Higher score first; of equal scores, the term first in order. */
    private static boolean ranksBefore(double score, String term, double otherScore, String otherTerm) {
        int byScore = Double.compare(score, otherScore);
        return byScore > 0 || byScore == 0 && term.compareTo(otherTerm) < 0;
    }

    private static boolean hasLetter(CharTermAttribute term) {
        char[] buffer = term.buffer();
        for (int k = 0; k < term.length(); k++) {
            if (Character.isLetter(buffer[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a term occurs in the text. The surface forms are read only for the few terms that become keywords,
     * not for every token.
     */
    private static final class Occurrences {

        private final String term;
        private int count;
        private int[] offsets = new int[4];

        Occurrences(String term) {
            this.term = term;
        }

        void add(int start, int end) {
            if (2 * count + 2 > offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[2 * count] = start;
            offsets[2 * count + 1] = end;
            count++;
        }

        /** The form the text uses most, lower-cased; of equally common ones, the first in alphabetical order. */
        String commonestSurface(String text) {
            Map<String, Integer> surfaces = new HashMap<>();
            for (int k = 0; k < count; k++) {
                surfaces.merge(text.substring(offsets[2 * k], offsets[2 * k + 1]).toLowerCase(Locale.ROOT), 1,
                        Integer::sum);
            }
            return surfaces.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow().getKey();
        }
    }
}
