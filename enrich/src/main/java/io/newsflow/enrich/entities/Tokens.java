package io.newsflow.enrich.entities;

import io.newsflow.enrich.text.CodePoints;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into tokens with their offsets, the way the name-finding corpus is tokenised (Penn-Treebank-like:
 * punctuation and the possessive "'s" are tokens of their own; "U.S." and "Gen." keep their period), and groups
 * them into sentences. Entity spellings are compared in these tokens too. Stateless and thread-safe.
 */
public final class Tokens {

    /**
     * A token and its offsets in the text; whether it starts with a capital letter, and whether it is a word (starts
     * with a letter and is no web address): found once, as the rules ask them of every token again and again.
     */
    record Token(String text, int start, int end, boolean capitalised, boolean word) {

        Token(String text, int start, int end) {
            this(text, start, end, Character.isUpperCase(text.codePointAt(0)),
                    Character.isLetter(text.codePointAt(0)) && !text.startsWith("www."));
        }
    }

    /**
     * What a token is, as a regular expression: {@link #split} scans the text by hand to the same effect (the
     * expression's alternatives in order, each as greedy), which costs a fraction of the matcher; a test holds the
     * two together.
     */
    static final String TOKEN = "(?:https?://|www\\.)\\S+|[@#]\\w+" // links and handles: one token each, never a name
            + "|'s(?![\\p{L}\\p{N}])" // the possessive written apart: "Britain 's"
            + "|(?:\\p{L}\\.){2,}" // U.S., U.N.
            + "|\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:[-'’&]\\p{L}[\\p{L}\\p{M}\\p{N}]*)*\\.?"
            + "|\\p{N}+(?:[.,:/]\\p{N}+)*"
            + "|\\S";
    /** Words whose period belongs to them, not to the sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Lt.",
            "Col.", "Capt.", "Sgt.", "Adm.", "Gov.", "Sen.", "Rep.", "Amb.", "Rev.", "St.", "Jr.", "Sr.", "Inc.",
            "Corp.", "Co.", "Ltd.", "Bros.", "Mt.", "Ft.", "No.", "vs.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.",
            "Nov.", "Dec.", "Maj.", "Cmdr.", "Supt.", "Insp.", "Det.", "Cpl.", "Pte.", "Messrs.",
            // U.S. states as newswire's datelines shorten them ("SANTA MONICA, Calif."; two letters keep theirs)
            "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ill.", "Kan.", "Mass.", "Mich.",
            "Minn.", "Mont.", "Neb.", "Nev.", "Okla.", "Ore.", "Tenn.", "Wis.", "Wyo.");

    /** The strings of the ASCII characters, made once: a text's punctuation is a third of its tokens. */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    private Tokens() {
    }

    static List<Token> split(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 1); // about a token for every 5 characters of news
        int n = text.length();
        int start = 0;
        while (start < n) {
            if (space(text.charAt(start))) {
                start++;
                continue;
            }
            int end = tokenEnd(text, start);
            if (end - start > 1 && onlyPeriodLast(text, start, end) && !keepsPeriod(text, start, end)) {
                addWithPossessive(tokens, text, start, end - 1);
                tokens.add(new Token(".", end - 1, end));
            } else {
                addWithPossessive(tokens, text, start, end);
            }
            start = end;
        }
        return tokens;
    }

    /** Where the token starting at {@code i} (not a space) ends: the first alternative of {@link #TOKEN} that matches. */
    static int tokenEnd(String s, int i) {
        int n = s.length();
        int prefix = s.startsWith("http://", i) ? 7 : s.startsWith("https://", i) ? 8 : s.startsWith("www.", i) ? 4 : 0;
        if (prefix > 0 && i + prefix < n && !space(s.charAt(i + prefix))) {
            int j = i + prefix;
            while (j < n && !space(s.charAt(j))) {
                j++;
            }
            return j;
        }
        char c = s.charAt(i);
        if (c == '\'' && i + 1 < n && s.charAt(i + 1) == 's'
                && (i + 2 == n || !CodePoints.isLetterOrNumber(s.codePointAt(i + 2)))) {
            // the possessive written apart, as tokenised newswire has it: "Britain 's Damon Hill" (web pages that set
            // "’s" apart are left as they were: the model, trained on the plain apostrophe, reads them better so)
            return i + 2;
        }
        if ((c == '@' || c == '#') && i + 1 < n && asciiWord(s.charAt(i + 1))) {
            int j = i + 1;
            while (j < n && asciiWord(s.charAt(j))) {
                j++;
            }
            return j;
        }
        int cp = s.codePointAt(i);
        if (Character.isLetter(cp)) {
            int pairs = 0;
            int j = i;
            while (j < n && Character.isLetter(s.codePointAt(j))) {
                int dot = j + Character.charCount(s.codePointAt(j));
                if (dot >= n || s.charAt(dot) != '.') {
                    break;
                }
                j = dot + 1;
                pairs++;
            }
            if (pairs >= 2) {
                return j;
            }
            j = wordChars(s, i + Character.charCount(cp));
            while (j + 1 < n && "-'’&".indexOf(s.charAt(j)) >= 0 && Character.isLetter(s.codePointAt(j + 1))) {
                j = wordChars(s, j + 1 + Character.charCount(s.codePointAt(j + 1)));
            }
            return j < n && s.charAt(j) == '.' ? j + 1 : j;
        }
        if (CodePoints.isNumber(cp)) {
            int j = numberChars(s, i);
            while (j + 1 < n && ".,:/".indexOf(s.charAt(j)) >= 0 && CodePoints.isNumber(s.codePointAt(j + 1))) {
                j = numberChars(s, j + 1);
            }
            return j;
        }
        return i + Character.charCount(cp);
    }

    /** After the letters, marks and numbers from {@code j} on. */
    private static int wordChars(String s, int j) {
        while (j < s.length()) {
            int cp = s.codePointAt(j);
            if (!CodePoints.isLetterOrNumber(cp) && !CodePoints.isMark(cp)) {
                break;
            }
            j += Character.charCount(cp);
        }
        return j;
    }

    /** After the numbers from {@code j} on. */
    private static int numberChars(String s, int j) {
        while (j < s.length() && CodePoints.isNumber(s.codePointAt(j))) {
            j += Character.charCount(s.codePointAt(j));
        }
        return j;
    }

    /** Regex {@code \\s}. */
    private static boolean space(char c) {
        return CodePoints.isSpace(c);
    }

    /** Regex {@code \\w}: an ASCII letter or digit, or the underscore. */
    private static boolean asciiWord(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    /** Whether {@code text[start, end)} has one period, at its end. */
    private static boolean onlyPeriodLast(String text, int start, int end) {
        if (text.charAt(end - 1) != '.') {
            return false;
        }
        for (int k = start; k < end - 1; k++) {
            if (text.charAt(k) == '.') {
                return false;
            }
        }
        return true;
    }

    /** Whether the word {@code text[start, end)}, which ends in a period, keeps it. */
    private static boolean keepsPeriod(String text, int start, int end) {
        return end - start == 2 ? Character.isUpperCase(text.charAt(start))
                : ABBREVIATIONS.contains(text.substring(start, end));
    }

    /** Whether a token is the possessive "'s" (or "’s", as web pages set it) that {@link #split} cuts off. */
    static boolean isPossessive(String token) {
        return token.length() == 2 && endsWithPossessive(token, 2);
    }

    /** Whether {@code text} has the possessive "'s" or "’s" right before {@code end}. */
    private static boolean endsWithPossessive(String text, int end) {
        return end >= 2 && text.charAt(end - 1) == 's'
                && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '’');
    }

    /** "Korea's" is two tokens, "Korea" and "'s", as in the corpus; "O'Brien" stays one. */
    private static void addWithPossessive(List<Token> tokens, String text, int start, int end) {
        if (end - start > 2 && endsWithPossessive(text, end)) {
            tokens.add(new Token(text.substring(start, end - 2), start, end - 2));
            tokens.add(new Token(text.substring(end - 2, end), end - 2, end));
        } else {
            tokens.add(new Token(end - start == 1 ? oneChar(text.charAt(start)) : text.substring(start, end), start,
                    end));
        }
    }

    private static String oneChar(char c) {
        return c < ASCII.length ? ASCII[c] : String.valueOf(c);
    }

    /** Whether a line break separates token {@code i} from the token before it (false for the first token). */
    static boolean lineBreakBefore(String text, List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        for (int c = tokens.get(i - 1).end(); c < tokens.get(i).start(); c++) {
            if (text.charAt(c) == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * Sentence boundaries as token indexes: a sentence ends at a line break, or after ".", "!" or "?" followed
     * by a capitalised word, a digit or a quote. Returns the index after each sentence's last token.
     */
    static List<Integer> sentenceEnds(String text, List<Token> tokens) {
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token next = tokens.get(i + 1);
            boolean lineBreak = lineBreakBefore(text, tokens, i + 1);
            boolean stop = (t.text().equals(".") || t.text().equals("!") || t.text().equals("?"))
                    && !Character.isLowerCase(next.text().codePointAt(0));
            if (lineBreak || stop) {
                ends.add(i + 1);
            }
        }
        if (!tokens.isEmpty()) {
            ends.add(tokens.size());
        }
        return ends;
    }

    /** The words of {@code text}, sentence by sentence, as the name finder sees them. */
    public static List<List<String>> sentences(String text) {
        List<Token> tokens = split(text);
        List<List<String>> sentences = new ArrayList<>();
        int from = 0;
        for (int end : sentenceEnds(text, tokens)) {
            sentences.add(tokens.subList(from, end).stream().map(Token::text).toList());
            from = end;
        }
        return sentences;
    }
}
