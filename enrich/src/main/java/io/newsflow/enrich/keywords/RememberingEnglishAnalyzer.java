package io.newsflow.enrich.keywords;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's {@link EnglishAnalyzer} (standard tokenizer; possessive, lower-case, stop-word and Porter-stemming
 * filters) that runs the filters once per distinct word and remembers what they made of it. Each filter decides a
 * token by its characters alone, so a word the text uses again gets the term (or the drop, for a stop word) it got
 * before: news repeat their words, and the stemmer took a fifth of the keywords' time. The terms and offsets are
 * {@link EnglishAnalyzer}'s; a test holds the two together. Positions are not kept: the keywords read none.
 */
final class RememberingEnglishAnalyzer extends Analyzer {

    /** Distinct words remembered per thread; beyond them the memory starts again. */
    static final int REMEMBERED_WORDS = 65_536;

    private final CharArraySet stopWords;

    RememberingEnglishAnalyzer(CharArraySet stopWords) {
        this.stopWords = stopWords;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new RememberedTerms(source, stopWords));
    }

    /** The term each word becomes after {@link EnglishAnalyzer}'s filters, or no token, found once per word. */
    private static final class RememberedTerms extends FilteringTokenFilter {

        /** A stop word's entry: the filters drop it. */
        private static final char[] DROPPED = new char[0];

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final CharArrayMap<char[]> remembered = new CharArrayMap<>(1024, false);
        private final OneWord word = new OneWord();
        private final TokenStream filters;
        private final CharTermAttribute filtered;

        RememberedTerms(TokenStream input, CharArraySet stopWords) {
            super(input);
            TokenStream chain = new EnglishPossessiveFilter(word);
            chain = new LowerCaseFilter(chain);
            chain = new StopFilter(chain, stopWords);
            this.filters = new PorterStemFilter(chain);
            this.filtered = filters.getAttribute(CharTermAttribute.class);
        }

        @Override
        protected boolean accept() {
            char[] after = remembered.get(term.buffer(), 0, term.length());
            if (after == null) {
                char[] before = new char[term.length()];
                System.arraycopy(term.buffer(), 0, before, 0, before.length);
                after = filter(before);
                if (remembered.size() >= REMEMBERED_WORDS) {
                    remembered.clear();
                }
                remembered.put(before, after);
            }
            if (after == DROPPED) {
                return false;
            }
            term.copyBuffer(after, 0, after.length);
            return true;
        }

        /** What the filters make of one word: its term, or {@link #DROPPED}. */
        private char[] filter(char[] before) {
            try {
                word.set(before);
                filters.reset();
                char[] after = DROPPED;
                if (filters.incrementToken()) {
                    after = new char[filtered.length()];
                    System.arraycopy(filtered.buffer(), 0, after, 0, after.length);
                }
                filters.end();
                filters.close();
                return after;
            } catch (IOException e) {
                throw new UncheckedIOException("filtering a word held in memory", e);
            }
        }
    }

    /** A stream of one given word, for the filters. */
    private static final class OneWord extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private char[] next;

        void set(char[] word) {
            this.next = word;
        }

        @Override
        public boolean incrementToken() {
            if (next == null) {
                return false;
            }
            clearAttributes();
            term.copyBuffer(next, 0, next.length);
            next = null;
            return true;
        }
    }
}
