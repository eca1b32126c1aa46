package io.newsflow.enrich.keywords;

import io.newsflow.enrich.text.Fnv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
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
        private final WordsAndTerms remembered = new WordsAndTerms();
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
            int at = remembered.find(term.buffer(), term.length());
            if (at < 0) {
                char[] after = filter(Arrays.copyOf(term.buffer(), term.length()));
                at = remembered.add(term.buffer(), term.length(), after == DROPPED ? null : after);
            }
            return remembered.termInto(at, term);
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

    /**
     * Words and the terms they became (or none), in one table of slots and one array of characters: a word's slot
     * holds part of its hash and where its characters are, and the word's term follows them there, so that a look-up
     * reads two places in memory (a map of char arrays reads four or five, and they are the keywords' time). Forgets
     * every word when {@link #REMEMBERED_WORDS} are held or its characters are full.
     */
    private static final class WordsAndTerms {

        private static final int SLOTS = Integer.highestOneBit(REMEMBERED_WORDS) * 2;
        private static final int CHARACTERS = REMEMBERED_WORDS * 16;
        /** A term's length that marks a word the filters drop. */
        private static final char NO_TERM = Character.MAX_VALUE;

        /** Per slot: 0 when empty, else the high half of the word's hash and one more than where the word is. */
        private final long[] slots = new long[SLOTS];
        /** Each word: its length, its term's length ({@link #NO_TERM} for none), its characters, its term's. */
        private final char[] characters = new char[CHARACTERS];
        private int used;
        private int words;

        /** Where the word is held (for {@link #termInto}), or -1. */
        int find(char[] word, int length) {
            long hash = Fnv.hash(word, length);
            for (int slot = (int) hash & (SLOTS - 1); ; slot = (slot + 1) & (SLOTS - 1)) {
                long held = slots[slot];
                if (held == 0) {
                    return -1;
                }
                int at = (int) held - 1;
                if ((held >>> 32) == (hash >>> 32) && characters[at] == length
                        && Arrays.equals(characters, at + 2, at + 2 + length, word, 0, length)) {
                    return at;
                }
            }
        }

        /** Holds the word and its term (null for none); where it is held. */
        int add(char[] word, int length, char[] term) {
            int termLength = term == null ? 0 : term.length;
            if (words == REMEMBERED_WORDS || used + 2 + length + termLength > CHARACTERS) {
                Arrays.fill(slots, 0);
                used = 0;
                words = 0;
            }
            if (2 + length + termLength > CHARACTERS) {
                throw new IllegalArgumentException("a word of " + length + " characters"); // no tokenizer makes one
            }
            int at = used;
            characters[at] = (char) length;
            characters[at + 1] = term == null ? NO_TERM : (char) termLength;
            System.arraycopy(word, 0, characters, at + 2, length);
            if (term != null) {
                System.arraycopy(term, 0, characters, at + 2 + length, termLength);
            }
            used += 2 + length + termLength;
            words++;
            long hash = Fnv.hash(word, length);
            int slot = (int) hash & (SLOTS - 1);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (SLOTS - 1);
            }
            slots[slot] = (hash >>> 32 << 32) | (at + 1L);
            return at;
        }

        /** Writes the term of the word held at {@code at} into {@code term}; false when the filters drop the word. */
        boolean termInto(int at, CharTermAttribute term) {
            char termLength = characters[at + 1];
            if (termLength == NO_TERM) {
                return false;
            }
            term.copyBuffer(characters, at + 2 + characters[at], termLength);
            return true;
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
