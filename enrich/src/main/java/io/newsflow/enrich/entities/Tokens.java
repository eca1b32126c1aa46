package io.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into tokens with their offsets, the way the name-finding corpus is tokenised (Penn-Treebank-like:
 * punctuation and the possessive "'s" are tokens of their own; "U.S." and "Gen." keep their period), and groups
 * them into sentences. Entity spellings are compared in these tokens too. Stateless and thread-safe.
 */
final class Tokens {

    /** A token and its offsets in the text. */
    record Token(String text, int start, int end) {

        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        boolean word() {
            return Character.isLetter(text.codePointAt(0)) && !text.startsWith("www.");
        }
    }

    private static final Pattern TOKEN = Pattern.compile(
            "(?:https?://|www\\.)\\S+|[@#]\\w+" // links and handles: one token each, never a name
                    + "|(?:\\p{L}\\.){2,}" // U.S., U.N.
                    + "|\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:[-'’&]\\p{L}[\\p{L}\\p{M}\\p{N}]*)*\\.?"
                    + "|\\p{N}+(?:[.,:/]\\p{N}+)*"
                    + "|\\S");
    /** Words whose period belongs to them, not to the sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Lt.",
            "Col.", "Capt.", "Sgt.", "Adm.", "Gov.", "Sen.", "Rep.", "Amb.", "Rev.", "St.", "Jr.", "Sr.", "Inc.",
            "Corp.", "Co.", "Ltd.", "Bros.", "Mt.", "Ft.", "No.", "vs.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.",
            "Nov.", "Dec.", "Maj.", "Cmdr.", "Supt.", "Insp.", "Det.", "Cpl.", "Pte.", "Messrs.");

    private Tokens() {
    }

    static List<Token> split(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            int start = m.start();
            int end = m.end();
            if (t.length() > 1 && t.indexOf('.') == t.length() - 1 && !keepsPeriod(t)) {
                tokens.addAll(possessive(t.substring(0, t.length() - 1), start));
                tokens.add(new Token(".", end - 1, end));
            } else {
                tokens.addAll(possessive(t, start));
            }
        }
        return tokens;
    }

    private static boolean keepsPeriod(String t) {
        return ABBREVIATIONS.contains(t) || (t.length() == 2 && Character.isUpperCase(t.charAt(0)));
    }

    /** "Korea's" is two tokens, "Korea" and "'s", as in the corpus; "O'Brien" stays one. */
    private static List<Token> possessive(String t, int start) {
        int n = t.length();
        if (n > 2 && (t.endsWith("'s") || t.endsWith("’s"))) {
            return List.of(new Token(t.substring(0, n - 2), start, start + n - 2), new Token(t.substring(n - 2),
                    start + n - 2, start + n));
        }
        return List.of(new Token(t, start, start + n));
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
            boolean lineBreak = text.substring(t.end(), next.start()).indexOf('\n') >= 0;
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
}
