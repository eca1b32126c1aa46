package io.newsflow.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The two keys of a page, defined once for every stage and every evaluation: its {@link #id id} (sha-256 hex of
 * its canonical URL) and its {@link #contentHash content hash} (sha-256 hex of its {@link #normalise normalised}
 * text), by which a redelivery and an exact copy are recognised. Stateless and thread-safe.
 */
public final class PageKeys {

    private PageKeys() {
    }

    /** The page id: sha-256 hex of the canonical URL. */
    public static String id(String canonicalUrl) {
        return sha256(canonicalUrl);
    }

    /** The content hash: sha-256 hex of the {@link #normalise normalised} text. */
    public static String contentHash(String text) {
        return sha256(normalise(text));
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

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
