package io.newsflow.enrich.language;

import io.newsflow.enrich.text.CodePoints;
import java.util.regex.Pattern;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * The normalisation OpenNLP's language detector applies to a text (its {@code LanguageDetectorFactory}'s normalisers
 * in their order: emoji, URLs and e-mail addresses, Twitter's hashtags, user names, "RT", faces and laughs, numbers,
 * repeated characters and spaces), with each replacement skipped where a scan of the text finds no place its pattern
 * could match, and the replacements of emoji, faces, numbers and runs of spaces made by hand. A news text has no
 * emoji, URL, hashtag or laugh, and running their patterns over it took half of the detector's time; its numbers,
 * spaces and faces ("Mexico") are many, and replaced by a scan in a fraction of a matcher's time. The other
 * replacements that are made are OpenNLP's own, or its patterns' ({@code SampleNormalizerTest} holds the two
 * together: on every code point, on random strings of the patterns' characters, on tweets and on news). Stateless
 * and thread-safe.
 */
final class SampleNormalizer {

    // TwitterCharSequenceNormalizer's patterns, in its order, which it applies one after another
    private static final Pattern HASH_USER = Pattern.compile("[#@]\\S+");
    private static final Pattern RT = Pattern.compile("\\b(rt[ :])+", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAUGH = Pattern.compile("([hj])+([aieou])+(\\1+\\2+)+", Pattern.CASE_INSENSITIVE);
    private static final String LAUGH_REPLACEMENT = "$1$2$1$2";

    private static final CharSequenceNormalizer URL = UrlCharSequenceNormalizer.getInstance();
    /** ShrinkCharSequenceNormalizer's pattern of a character repeated three times or more. */
    private static final Pattern REPEATED = Pattern.compile("(.)\\1{2,}", Pattern.CASE_INSENSITIVE);

    private SampleNormalizer() {
    }

    /** {@code text} as OpenNLP's language detector normalises it. */
    static CharSequence normalize(CharSequence text) {
        CharSequence t = text;
        t = emoji(t);
        if (indexOf(t, "://") >= 0 || indexOf(t, "@") >= 0) { // "https?://...", "...@..."
            t = URL.normalize(t);
        }
        t = twitter(t);
        return shrink(numbersAsSpaces(t));
    }

    /** {@link TwitterCharSequenceNormalizer#normalize}. */
    static CharSequence twitter(CharSequence text) {
        CharSequence t = text;
        if (indexOf(t, "#") >= 0 || indexOf(t, "@") >= 0) {
            t = HASH_USER.matcher(t).replaceAll(" ");
        }
        if (mayRetweet(t)) {
            t = RT.matcher(t).replaceAll(" ");
        }
        t = withoutFaces(t);
        if (mayLaugh(t)) {
            t = LAUGH.matcher(t).replaceAll(LAUGH_REPLACEMENT);
        }
        return t;
    }

    /**
     * {@link EmojiCharSequenceNormalizer#normalize} without its pattern: each run of the code points it matches, one
     * space. Its pattern is written with the surrogates themselves (a class from U+D83C to U+DBFF and from U+DC00 to
     * U+DFFF, as Java escapes in its source), which the regular expression reads as the code points U+D83C to
     * U+10FC00 (U+DBFF U+DC00 is a pair) and a hyphen-minus; that is what it replaces, the hyphens of "well-known"
     * too.
     */
    static CharSequence emoji(CharSequence text) {
        String t = text.toString();
        StringBuilder out = null; // made at the first replacement: most texts have none
        int i = 0;
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            if (!inEmojiPattern(cp)) {
                if (out != null) {
                    out.appendCodePoint(cp);
                }
                i += Character.charCount(cp);
                continue;
            }
            if (out == null) {
                out = new StringBuilder(t.length()).append(t, 0, i);
            }
            out.append(' ');
            while (i < t.length() && inEmojiPattern(cp = t.codePointAt(i))) {
                i += Character.charCount(cp);
            }
        }
        return out == null ? t : out.toString();
    }

    private static boolean inEmojiPattern(int cp) {
        return cp == '-' || cp >= 0xD83C && cp <= 0x10FC00;
    }

    private static int indexOf(CharSequence t, String s) {
        return t.toString().indexOf(s);
    }

    /** Whether {@link #RT} could match: "rt" in any case, then a space or a colon. */
    private static boolean mayRetweet(CharSequence t) {
        for (int i = 0; i + 2 < t.length(); i++) {
            char r = t.charAt(i);
            char after = t.charAt(i + 2);
            if ((r == 'r' || r == 'R') && (t.charAt(i + 1) | 0x20) == 't' && (after == ' ' || after == ':')) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pattern {@code [:;x]-?[()dop]} (any case) of {@link TwitterCharSequenceNormalizer}'s faces, each match one
     * space: ":", ";" or "x", an optional "-", then "(", ")", "d", "o" or "p". Itself when there is none; news have
     * many ("Mexico", "exposure"), and a matcher took longer than the scan.
     */
    static CharSequence withoutFaces(CharSequence t) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i + 1 < t.length(); ) {
            int end = faceEnd(t, i);
            if (end < 0) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(t.length());
            }
            out.append(t, copied, i).append(' ');
            copied = end;
            i = end;
        }
        return out == null ? t : out.append(t, copied, t.length()).toString();
    }

    /** Where a face that starts at {@code i} ends, or -1 when none does. */
    private static int faceEnd(CharSequence t, int i) {
        char c = t.charAt(i);
        if (c != ':' && c != ';' && c != 'x' && c != 'X') {
            return -1;
        }
        if (i + 2 < t.length() && t.charAt(i + 1) == '-' && isMouth(t.charAt(i + 2))) {
            return i + 3;
        }
        return isMouth(t.charAt(i + 1)) ? i + 2 : -1;
    }

    /** {@link NumberCharSequenceNormalizer#normalize}: each run of ASCII digits ({@code \\d+}), one space. */
    static String numbersAsSpaces(CharSequence t) {
        StringBuilder out = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                if (out == null) {
                    out = new StringBuilder(t.length()).append(t, 0, i);
                }
                while (i + 1 < t.length() && t.charAt(i + 1) >= '0' && t.charAt(i + 1) <= '9') {
                    i++;
                }
                out.append(' ');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? t.toString() : out.toString();
    }

    /**
     * {@link ShrinkCharSequenceNormalizer#normalize}: each run of two or more whitespace characters ({@code \\s{2,}}),
     * one space; a character repeated three or more times (its pattern), twice; trimmed. Its pattern is run only
     * where a scan finds a character repeated so.
     */
    static String shrink(String t) {
        StringBuilder out = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (CodePoints.isSpace(c) && i + 1 < t.length() && CodePoints.isSpace(t.charAt(i + 1))) {
                if (out == null) {
                    out = new StringBuilder(t.length()).append(t, 0, i);
                }
                while (i + 1 < t.length() && CodePoints.isSpace(t.charAt(i + 1))) {
                    i++;
                }
                out.append(' ');
            } else if (out != null) {
                out.append(c);
            }
        }
        String spaced = out == null ? t : out.toString();
        return (mayRepeat(spaced) ? REPEATED.matcher(spaced).replaceAll("$1$1") : spaced).trim();
    }

    /**
     * Whether {@link #REPEATED} could match: three code points in a row that are the same but for the case of ASCII
     * letters, as its back reference compares them; a match needs one.
     */
    private static boolean mayRepeat(String t) {
        int before = -1;
        int twice = -1;
        for (int i = 0; i < t.length(); ) {
            int cp = asciiLower(t.codePointAt(i));
            if (cp == before && cp == twice) {
                return true;
            }
            twice = before;
            before = cp;
            i += Character.charCount(t.codePointAt(i));
        }
        return false;
    }

    private static int asciiLower(int c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    private static boolean isMouth(char c) {
        return c == '(' || c == ')' || "dopDOP".indexOf(c) >= 0;
    }

    /**
     * Whether {@link #LAUGH} could match: an "h" or "j", a run of vowels, then the same letter again (any case); a
     * match needs one, as its last "h" or "j" stands right before its first run of vowels and the whole run is
     * followed by that letter.
     */
    private static boolean mayLaugh(CharSequence t) {
        for (int i = 0; i < t.length(); i++) {
            char c = (char) (t.charAt(i) | 0x20);
            if (c != 'h' && c != 'j') {
                continue;
            }
            int k = i + 1;
            while (k < t.length() && "aeiouAEIOU".indexOf(t.charAt(k)) >= 0) {
                k++;
            }
            if (k > i + 1 && k < t.length() && (t.charAt(k) | 0x20) == c) {
                return true;
            }
        }
        return false;
    }
}
