package io.newsflow.ingest.clean;

import java.util.regex.Pattern;

/**
 * Makes a text field plain text that is safe to show anywhere: terminal escape sequences, control characters
 * (all but newline and tab) and the bidirectional embedding, override and isolate controls (which reorder what a
 * reader sees, as in "Trojan Source") are removed. Markup spelled as text ({@code <img onerror=...>}) stays as
 * the characters it is: consumers treat titles and text as plain text and escape them where they render HTML.
 * Stateless and thread-safe.
 */
public final class PlainText {

    /** CSI sequences ({@code ESC [ ... final}), OSC sequences (up to BEL or ESC \) and two-byte escapes. */
    private static final Pattern ESCAPES = Pattern.compile(
            "\u001B\\[[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)?|\u001B[@-Z\\\\-_]");

    private PlainText() {
    }

    /** {@code s} without escape sequences and unsafe control characters; null stays null. */
    public static String of(String s) {
        if (s == null || clean(s)) {
            return s;
        }
        String text = s.indexOf('\u001B') >= 0 ? ESCAPES.matcher(s).replaceAll("") : s;
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                // a lone carriage return ends a line; before a newline it is the same line end
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    out.append('\n');
                }
            } else if (!unsafe(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean clean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' || unsafe(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean unsafe(char c) {
        if (c < 0x20) {
            return c != '\n' && c != '\t';
        }
        return (c >= 0x7F && c <= 0x9F)             // DEL and the C1 controls (CSI is U+009B)
                || (c >= '\u202A' && c <= '\u202E') // LRE, RLE, PDF, LRO, RLO
                || (c >= '\u2066' && c <= '\u2069'); // LRI, RLI, FSI, PDI
    }
}
