package io.newsflow.enrich.entities;

import io.newsflow.enrich.entities.Tokens.Token;
import io.newsflow.enrich.text.CodePoints;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Small static helpers the entity rules share: constant word sets, the text of a span of tokens, what stands
 * between two tokens, case tests and title casing, and finding, testing and replacing mentions by position.
 * Stateless and thread-safe.
 */
final class TokenSpans {

    private TokenSpans() {
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Collections.unmodifiableSet(all);
    }

    /**
     * A constant set of words, each once. A {@code HashSet}: its look-up costs half of {@code Set.of}'s, whose probe
     * divides, and the rules look up nearly every token in several of these sets.
     */
    static Set<String> wordSet(String... words) {
        Set<String> set = new HashSet<>(Arrays.asList(words));
        if (set.size() != words.length) {
            throw new IllegalArgumentException("a word twice in " + Arrays.toString(words));
        }
        return Collections.unmodifiableSet(set);
    }

    /** The first characters of the words, as a set of chars. */
    static BitSet firstLetters(Set<String> words) {
        BitSet firsts = new BitSet();
        for (String word : words) {
            firsts.set(word.charAt(0));
        }
        return firsts;
    }

    /** Whether a word is letters, maybe joined by hyphens or apostrophes ("Holland-Hibbert", "O'Neill"). */
    static boolean lettersOnly(String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (!Character.isLetter(c) && !(k > 0 && (c == '-' || c == '\'' || c == '’'))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code token} is one to {@code maxDigits} digits 0 to 9 and nothing else. */
    static boolean isWholeNumber(String token, int maxDigits) {
        if (token.isEmpty() || token.length() > maxDigits) {
            return false;
        }
        for (int k = 0; k < token.length(); k++) {
            if (token.charAt(k) < '0' || token.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The first ")" after one to three tokens after the "(" at {@code open}, or -1 when there is none. */
    static int closingParenthesis(List<Token> tokens, int open) {
        for (int close = open + 2; close <= open + 4 && close < tokens.size(); close++) {
            if (tokens.get(close).text().equals(")")) {
                return close;
            }
        }
        return -1;
    }

    static String[] words(List<Token> tokens, int from, int to) {
        String[] words = new String[to - from];
        for (int k = from; k < to; k++) {
            words[k - from] = tokens.get(k).text();
        }
        return words;
    }

    /** Puts {@code m} in the place of the mentions it overlaps. */
    static void replace(List<Mention> mentions, Mention m) {
        mentions.removeIf(other -> overlaps(other, m));
        mentions.add(m);
    }

    /** The mention that covers token {@code k}, or null. */
    static Mention covering(List<Mention> mentions, int k) {
        for (Mention m : mentions) {
            if (m.start() <= k && k < m.end()) {
                return m;
            }
        }
        return null;
    }

    static boolean overlaps(Mention a, Mention b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /** A headline or dateline in capitals ("SOCCER - JAPAN GET LUCKY WIN", "LONDON 1996-08-30"). */
    static boolean inCapitals(List<Token> tokens, int from, int to) {
        int words = 0;
        int upper = 0;
        for (int k = from; k < to; k++) {
            String t = tokens.get(k).text();
            if (tokens.get(k).word()) {
                words++;
                if (t.length() > 1 && inUpperCase(t)) {
                    upper++;
                }
            }
        }
        return words > 0 && upper * 10 >= words * 7 && !(words == 1 && to - from > 1 && upper == 1
                && tokens.get(from).text().length() <= 3);
    }

    static String titleCase(String word) {
        return titleCase(word, 3); // "UN", "USA" stay as they are
    }

    /** Tokens [start, end) in title case, words of two letters as they are ("NY RANGERS" is NY Rangers). */
    static String titleCased(List<Token> tokens, int start, int end) {
        List<String> words = new ArrayList<>(end - start);
        for (int k = start; k < end; k++) {
            words.add(titleCase(tokens.get(k).text(), 2));
        }
        return String.join(" ", words);
    }

    /** A word in capitals longer than {@code acronymLength} in title case; any other word as it is. */
    static String titleCase(String word, int acronymLength) {
        if (word.length() <= acronymLength || !inUpperCase(word)) {
            return word;
        }
        StringBuilder sb = new StringBuilder(word.length());
        boolean start = true;
        for (char c : word.toCharArray()) {
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return sb.toString();
    }

    static int afterSpaces(String text, int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** Whether {@code pattern} matches at the word's end, within the 80 characters after it. */
    static boolean lookingAtAfter(Pattern pattern, String text, Token word) {
        return pattern.matcher(text).region(word.end(), Math.min(text.length(), word.end() + 80)).lookingAt();
    }

    /** The word just before {@code start} (separated by spaces only), lower-cased, or "". */
    static String wordBefore(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return text.substring(begin, end).toLowerCase(Locale.ROOT);
    }

    /** The text of tokens [start, end) as written, whitespace collapsed. */
    static String spanText(String text, List<Token> tokens, int start, int end) {
        return collapsed(text, tokens.get(start).start(), tokens.get(end - 1).end());
    }

    /**
     * {@code text.substring(from, to).replaceAll("\\s+", " ")} without compiling the expression every call: most
     * spans have single spaces only, and are cut out as they are.
     */
    static String collapsed(String text, int from, int to) {
        StringBuilder out = null; // made at the first whitespace that changes
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!CodePoints.isSpace(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int run = k + 1;
            while (run < to && CodePoints.isSpace(text.charAt(run))) {
                run++;
            }
            if (out == null && (c != ' ' || run > k + 1)) {
                out = new StringBuilder(to - from).append(text, from, k);
            }
            if (out != null) {
                out.append(' ');
            }
            k = run - 1;
        }
        return out == null ? text.substring(from, to) : out.toString();
    }

    static boolean adjacent(String text, List<Token> tokens, int start, int end) {
        for (int k = start + 1; k < end; k++) {
            if (!spacesOnly(text, tokens.get(k - 1), tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether two capitalised tokens are separated only by spaces (no punctuation, no line break). */
    static boolean joins(String text, Token a, Token b) {
        return a.capitalised() && b.capitalised() && a.word() && b.word() && spacesOnly(text, a, b);
    }

    static boolean spacesOnly(String text, Token a, Token b) {
        if (b.start() - a.end() > 2) {
            return false;
        }
        for (int k = a.end(); k < b.start(); k++) {
            if (text.charAt(k) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Whether upper-casing {@code word} leaves it as it is ("NATO", "U.S.", "1996"); no copy for ASCII. */
    static boolean inUpperCase(String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c >= 128) {
                return word.equals(word.toUpperCase(Locale.ROOT));
            }
            if (c >= 'a' && c <= 'z') {
                return false;
            }
        }
        return true;
    }

    /** The lines of a text, each as the range of its tokens [from, to). */
    static List<int[]> lines(String text, List<Token> tokens) {
        List<int[]> lines = new ArrayList<>();
        int lineStart = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            if (i == tokens.size() || Tokens.lineBreakBefore(text, tokens, i)) {
                lines.add(new int[] {lineStart, i});
                lineStart = i;
            }
        }
        return lines;
    }

    /**
     * Where the capitalised words right after token {@code k} end, spaces alone between them and before the first;
     * {@code k + 1} when the token after is no such word. Reads at most {@code most + 1} of them, so that a run longer
     * than {@code most} ends more than {@code most} tokens after {@code k}.
     */
    static int capitalisedAfter(String text, List<Token> tokens, int k, int most) {
        int end = k + 1;
        while (end < tokens.size() && end - k <= most && tokens.get(end).word() && tokens.get(end).capitalised()
                && spacesOnly(text, tokens.get(end - 1), tokens.get(end))) {
            end++;
        }
        return end;
    }

    /**
     * Where the one to three capitalised words right before token {@code end} start, spaces alone between them;
     * {@code end} itself when the token before is no such word.
     */
    static int capitalisedBefore(String text, List<Token> tokens, int end) {
        int start = end;
        while (start > 0 && end - start < 3 && tokens.get(start - 1).word() && tokens.get(start - 1).capitalised()
                && (start == end || spacesOnly(text, tokens.get(start - 1), tokens.get(start)))) {
            start--;
        }
        return start;
    }
}
