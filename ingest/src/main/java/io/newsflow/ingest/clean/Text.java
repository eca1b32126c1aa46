package io.newsflow.ingest.clean;

import java.text.Normalizer;
import java.util.Locale;

/** Text normalisation shared by the cleaner's comparisons, the content hash and the evaluation. Stateless and thread-safe. */
public final class Text {

    private Text() {
    }

    /**
     * NFKC, lower case, every run of non-letters/digits folded to one space, trimmed: two texts that differ only
     * in case, punctuation, quotes or spacing normalise alike.
     */
    public static String normalise(String s) {
        // The quick check skips the costly normalisation for the common, already-normalised text.
        String n = (Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s
                : Normalizer.normalize(s, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        boolean space = true;
        for (int i = 0; i < n.length(); ) {
            char c = n.charAt(i);
            boolean keep;
            if (c < 0x80) {
                // ASCII, already lower-cased: the common case, without the code point machinery.
                keep = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
                if (keep) {
                    out.append(c);
                }
                i++;
            } else {
                int cp = n.codePointAt(i);
                i += Character.charCount(cp);
                keep = Character.isLetterOrDigit(cp);
                if (keep) {
                    out.appendCodePoint(cp);
                }
            }
            if (keep) {
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) == ' ') {
            out.setLength(len - 1);
        }
        return out.toString();
    }
}
