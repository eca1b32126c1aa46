package io.newsflow.enrich.text;

/**
 * 64-bit FNV-1a over UTF-16 chars, fed piece by piece, and a final mix ({@link #finish}): the hash of words and
 * features for the open-addressed tables (the name finder's features, the keywords' remembered words) and of the
 * fingerprints' words, which mix it their own way.
 */
public final class Fnv {

    /** The state {@link #feed} starts from: FNV-1a's offset basis. */
    public static final long START = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private Fnv() {
    }

    /** A 64-bit hash of the string's characters (FNV-1a, then {@link #finish}); never 0, which is no table key. */
    public static long hash(String s) {
        return finish(feed(START, s));
    }

    /** A 64-bit hash of {@code chars[0, length)}, as {@link #hash(String)} hashes the same characters. */
    public static long hash(char[] chars, int length) {
        long h = START;
        for (int k = 0; k < length; k++) {
            h = feed(h, chars[k]);
        }
        return finish(h);
    }

    /** FNV-1a over {@code s}'s characters from state {@code h}: hashing a string piece by piece, as if joined. */
    public static long feed(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = feed(h, s.charAt(i));
        }
        return h;
    }

    public static long feed(long h, char c) {
        return (h ^ c) * PRIME;
    }

    /** The hash of what was fed: the state mixed, never 0. */
    public static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
