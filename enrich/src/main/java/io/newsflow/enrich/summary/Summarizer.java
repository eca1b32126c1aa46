package io.newsflow.enrich.summary;

import io.newsflow.enrich.text.CodePoints;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The summary of an article: its lead sentences, as many whole sentences as fit in a length (at least the first,
 * shortened at a word boundary if it alone is too long). Immutable and thread-safe.
 */
public final class Summarizer {

    /** Characters past the length that the sentence rules may read to place the last boundary. */
    private static final int LOOK_AHEAD = 500;

    /** Languages whose sentence rules are kept; a page's hint is free text, so the map is bounded. */
    private static final int MAX_LANGUAGES = 64;

    private final int maxChars;
    /**
     * Sentence iterators by language tag ("" for none), never given a text: each summary takes a clone. Parsing the
     * tag and looking up the rules cost more than splitting the lead, page after page.
     */
    private final Map<String, BreakIterator> sentenceRules = new ConcurrentHashMap<>();

    public Summarizer(int maxChars) {
        if (maxChars < 40) {
            throw new IllegalArgumentException("summary length must be at least 40 characters");
        }
        this.maxChars = maxChars;
    }

    public String summarize(String text, String language) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String flat = flatten(text, maxChars + LOOK_AHEAD);
        BreakIterator sentences = sentences(language);
        sentences.setText(flat);
        int end = 0;
        for (int next = sentences.next(); next != BreakIterator.DONE; next = sentences.next()) {
            if (next > maxChars) {
                break;
            }
            end = next;
        }
        if (end == 0) {
            int cut = flat.lastIndexOf(' ', maxChars - 1);
            return flat.substring(0, cut > 0 ? cut : Math.min(flat.length(), maxChars - 1)) + "…";
        }
        return flat.substring(0, end).strip();
    }

    private BreakIterator sentences(String language) {
        String tag = language == null ? "" : language;
        BreakIterator rules = sentenceRules.get(tag);
        if (rules == null) {
            rules = BreakIterator.getSentenceInstance(tag.isEmpty() ? Locale.ROOT : Locale.forLanguageTag(tag));
            if (sentenceRules.size() < MAX_LANGUAGES) {
                sentenceRules.putIfAbsent(tag, rules);
            }
        }
        return (BreakIterator) rules.clone();
    }

    /** {@link Character#isLetterOrDigit} of U+0000 to U+00FF, as 1 or 0. */
    private static final byte[] LATIN1_LETTER_OR_DIGIT = new byte[256];

    static {
        for (int c = 0; c < LATIN1_LETTER_OR_DIGIT.length; c++) {
            LATIN1_LETTER_OR_DIGIT[c] = (byte) (Character.isLetterOrDigit((char) c) ? 1 : 0);
        }
    }

    /**
     * Words in the text: runs of letters or digits ({@link Character#isLetterOrDigit}; Latin-1 from a table), and each
     * Chinese character and Japanese kana one word on its own, as word processors count them: those scripts set no
     * spaces between words, and a run of them is a whole sentence.
     */
    public static int wordCount(String text) {
        if (text == null) {
            return 0;
        }
        int count = 0;
        int inWord = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int letter;
            if (c < LATIN1_LETTER_OR_DIGIT.length) {
                letter = LATIN1_LETTER_OR_DIGIT[c];
            } else if (c >= FIRST_CJK && isIdeographOrKana(c)) {
                count++;
                inWord = 0;
                continue;
            } else {
                letter = Character.isLetterOrDigit(c) ? 1 : 0;
            }
            count += letter & ~inWord; // a word starts here: counted without a branch, which text mispredicts
            inWord = letter;
        }
        return count;
    }

    /** The first code point of the CJK radicals, below which no ideograph or kana is. */
    private static final char FIRST_CJK = '\u2E80';

    /** A Chinese character (Japanese kanji, Korean hanja) or a Japanese kana, full or half width. */
    private static boolean isIdeographOrKana(char c) {
        return Character.isIdeographic(c) || c >= '\u3040' && c <= '\u30FF' // hiragana, katakana
                || c >= '\u31F0' && c <= '\u31FF' || c >= '\uFF66' && c <= '\uFF9D';
    }

    /**
     * The start of {@code text}, stripped, each run of whitespace (as regex {@code \\s}: space, tab, line breaks,
     * form feed) one space, up to {@code limit} characters: only the lead is read, so only the lead is flattened.
     */
    static String flatten(String text, int limit) {
        String stripped = text.strip();
        StringBuilder flat = new StringBuilder(Math.min(stripped.length(), limit));
        boolean space = false;
        for (int i = 0; i < stripped.length() && flat.length() < limit; i++) {
            char c = stripped.charAt(i);
            if (CodePoints.isSpace(c)) {
                space = true;
            } else {
                if (space) {
                    flat.append(' ');
                    space = false;
                }
                flat.append(c);
            }
        }
        return flat.toString();
    }
}
