package io.newsflow.enrich.fingerprint;

import io.newsflow.enrich.text.CodePoints;
import io.newsflow.enrich.text.Fnv;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Computes {@link Fingerprint}s of texts: MinHash over word shingles of the normalised text, banded for LSH, plus
 * anchors from the lead so that truncated copies meet their original, plus a bottom-k sketch for verification.
 *
 * <p>Every hash function uses fixed seeds, so every instance of the application (and {@code dedup-eval}) computes
 * the same keys for the same text. Stateless and thread-safe.
 */
public final class Fingerprinter {

    /** Words per shingle: long enough that unrelated texts share few, short enough to survive light edits. */
    public static final int SHINGLE_WORDS = 4;
    /** Shingle hashes kept for verification. */
    public static final int SKETCH_SIZE = 160;
    /** LSH: bands of {@link #ROWS} MinHash values; with 24x3 a pair at Jaccard 0.5 meets with p ~ 0.96. */
    public static final int BANDS = 24;
    public static final int ROWS = 3;
    /** The lead region whose anchors let a copy truncated to its lead find the original. */
    public static final int LEAD_SHINGLES = 100;
    public static final int ANCHORS = 16;
    public static final int MAX_NUMBERS = 64;
    private static final long SEED = 0x6E657773666C6F77L; // "newsflow": fixed so that all instances agree

    /**
     * What a token is, as a regular expression: {@link #wordHashes} scans the text by hand to the same effect, at a
     * fraction of the matcher's cost; a test holds the two together.
     */
    static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.,][\\p{L}\\p{N}]+)*");

    private final long[] minHashSeeds;

    public Fingerprinter() {
        SplittableRandom random = new SplittableRandom(SEED);
        minHashSeeds = new long[BANDS * ROWS];
        for (int i = 0; i < minHashSeeds.length; i++) {
            minHashSeeds[i] = random.nextLong();
        }
    }

    /** The fingerprint of {@code text}; an empty or blank text gives an empty fingerprint with no lookup keys. */
    public Fingerprint fingerprint(String text) {
        List<String> numbers = new ArrayList<>();
        int[] shingles = shingleHashes(wordHashes(text == null ? "" : text, numbers));
        int[] distinct = sortedDistinct(shingles, shingles.length);
        int[] sketch = Arrays.copyOf(distinct, Math.min(SKETCH_SIZE, distinct.length));
        int[] lead = sortedDistinct(shingles, Math.min(LEAD_SHINGLES, shingles.length));
        List<String> keys = new ArrayList<>();
        if (distinct.length > 0) {
            keys.addAll(bandKeys(distinct));
            keys.addAll(anchorKeys(lead));
        }
        return new Fingerprint(distinct.length, sketch, lead, numbers, List.copyOf(new LinkedHashSet<>(keys)));
    }

    /**
     * The hashes of the lower-cased, accent-folded word tokens, in order: a word's apostrophe "’" is "'", its
     * periods and commas are left out, and a number is only its digits. The numbers are also collected, in order.
     * The words are hashed where they stand in the text, never cut out of it.
     */
    static long[] wordHashes(String text, List<String> numbers) {
        String folded = withoutMarksDecomposed(text).toLowerCase(Locale.ROOT);
        long[] hashes = new long[folded.length() / 6 + 16]; // about a word for every 6 characters of news
        int n = 0;
        int start = tokenStart(folded, 0);
        while (start < folded.length()) {
            int end = tokenEnd(folded, start);
            boolean number = Character.isDigit(folded.charAt(start));
            if (number && numbers.size() < MAX_NUMBERS) {
                numbers.add(keepDigits(folded.substring(start, end)));
            }
            long h = Fnv.START; // a word's hash: FNV-1a over its chars, then mixed
            for (int k = start; k < end; k++) {
                char c = folded.charAt(k);
                if (number ? c >= '0' && c <= '9' : c != '.' && c != ',') {
                    h = Fnv.feed(h, c == '’' ? '\'' : c);
                }
            }
            if (n == hashes.length) {
                hashes = Arrays.copyOf(hashes, 2 * n);
            }
            hashes[n++] = mix(h);
            start = tokenStart(folded, end);
        }
        return Arrays.copyOf(hashes, n);
    }

    /** Where the next token starts at or after {@code from}: the next letter or number, or the text's length. */
    static int tokenStart(String text, int from) {
        return skip(text, from, false);
    }

    /**
     * The end of the token that starts at {@code start} (a letter or a number): a run of letters and numbers, then
     * as long as one follows, a separator ({@code ' ’ . ,}) and another run, as {@link #TOKEN} matches it.
     */
    static int tokenEnd(String text, int start) {
        int end = skip(text, start, true);
        while (end + 1 < text.length() && "'’.,".indexOf(text.charAt(end)) >= 0) {
            int next = skip(text, end + 1, true);
            if (next == end + 1) {
                break;
            }
            end = next;
        }
        return end;
    }

    /**
     * Past the code points from {@code from} on that are letters or numbers ({@code lettersOrNumbers}) or that are
     * not: where the run ends, {@code from} itself when there is none.
     */
    private static int skip(String text, int from, boolean lettersOrNumbers) {
        int k = from;
        while (k < text.length()) {
            int cp = text.codePointAt(k);
            if (CodePoints.isLetterOrNumber(cp) != lettersOrNumbers) {
                break;
            }
            k += Character.charCount(cp);
        }
        return k;
    }

    /** The distinct values of {@code values[0, length)}, in ascending order. */
    private static int[] sortedDistinct(int[] values, int length) {
        int[] sorted = sorted(values, length);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (n == 0 || sorted[i] != sorted[n - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }

    /** Below this many values {@link #sorted} leaves them to {@link Arrays#sort}. */
    private static final int RADIX_MIN = 256;

    /**
     * {@code values[0, length)}, sorted into a new array: by a radix sort, a byte at a time, for the thousands of
     * shingle hashes of an article, which it sorts several times as fast as {@link Arrays#sort} compares them.
     */
    static int[] sorted(int[] values, int length) {
        int[] sorted = Arrays.copyOf(values, length);
        if (length < RADIX_MIN) {
            Arrays.sort(sorted);
            return sorted;
        }
        int[] other = new int[length];
        int[] starts = new int[256];
        for (int shift = 0; shift < Integer.SIZE; shift += Byte.SIZE) {
            Arrays.fill(starts, 0);
            for (int k = 0; k < length; k++) {
                starts[digit(sorted[k], shift)]++;
            }
            for (int d = 0, start = 0; d < starts.length; d++) {
                int count = starts[d];
                starts[d] = start;
                start += count;
            }
            for (int k = 0; k < length; k++) {
                other[starts[digit(sorted[k], shift)]++] = sorted[k];
            }
            int[] swap = sorted;
            sorted = other;
            other = swap;
        }
        return sorted;
    }

    /** The byte of {@code value} at {@code shift}, the sign bit flipped: the order of the bytes is the ints' order. */
    private static int digit(int value, int shift) {
        return ((value ^ Integer.MIN_VALUE) >>> shift) & 0xff;
    }

    /**
     * The compatibility decomposition (NFKD) of each code point below U+10000 without its marks, found once: most
     * news texts hold a few characters beyond ASCII (curly quotes, dashes, accented names), and decomposing a whole
     * text took longer than fingerprinting it.
     */
    private static final String[] DECOMPOSED = new String[Character.MIN_SUPPLEMENTARY_CODE_POINT];

    /**
     * {@code withoutMarks(Normalizer.normalize(text, NFKD))}, code point by code point: plain ASCII as it is, the
     * others by their decomposition without marks; itself when that changes nothing. The same text, because NFKD
     * only decomposes each code point and then reorders marks among themselves (no code point that is not a mark
     * moves, for any assigned code point; {@code FingerprinterTest} holds the two together), and the marks go.
     */
    static String withoutMarksDecomposed(String text) {
        StringBuilder out = null; // made at the first change: a text that decomposes to itself is returned as it is
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (cp < 0x80) {
                if (out != null) {
                    out.append((char) cp);
                }
            } else {
                String decomposed = decomposed(cp);
                if (out == null && !(decomposed.length() == width && text.startsWith(decomposed, i))) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (out != null) {
                    out.append(decomposed);
                }
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }

    /** The NFKD decomposition of one code point without its marks. */
    private static String decomposed(int cp) {
        String known = cp < DECOMPOSED.length ? DECOMPOSED[cp] : null; // a String is safe to share through a race
        if (known == null) {
            known = withoutMarks(Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD));
            if (cp < DECOMPOSED.length) {
                DECOMPOSED[cp] = known;
            }
        }
        return known;
    }

    /** {@code text} without its marks ({@code \p{M}}, the accents a decomposition splits off); itself when it has none. */
    static String withoutMarks(String text) {
        StringBuilder kept = null; // made at the first mark: a text without marks is returned as it is
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (CodePoints.isMark(cp)) {
                if (kept == null) {
                    kept = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (kept != null) {
                kept.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return kept == null ? text : kept.toString();
    }

    /** The ASCII digits of a token ({@code [^0-9]} removed). */
    private static String keepDigits(String token) {
        StringBuilder digits = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.length() == token.length() ? token : digits.toString();
    }

    private static int[] shingleHashes(long[] wordHashes) {
        if (wordHashes.length == 0) {
            return new int[0];
        }
        int n = Math.max(1, wordHashes.length - SHINGLE_WORDS + 1);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < Math.min(i + SHINGLE_WORDS, wordHashes.length); j++) {
                h = mix(h * 31 + wordHashes[j]);
            }
            out[i] = (int) (h ^ (h >>> 32));
        }
        return out;
    }

    private List<String> bandKeys(int[] distinct) {
        // Each seed's hashes of every shingle in one loop, their minimum in another: the first is plain arithmetic
        // over arrays, which the JIT runs on vector registers where the processor has 64-bit vector multiplies
        // (AVX-512), about 2.5 times as fast as hashing and comparing in one loop. A hash is kept in the high half
        // of a long, where the order of longs is the order of the ints MinHash compares.
        long[] shingles = new long[distinct.length];
        for (int k = 0; k < distinct.length; k++) {
            shingles[k] = distinct[k];
        }
        long[] hashes = new long[distinct.length];
        int[] signature = new int[minHashSeeds.length];
        for (int i = 0; i < minHashSeeds.length; i++) {
            long seed = minHashSeeds[i];
            for (int k = 0; k < shingles.length; k++) {
                hashes[k] = mix(shingles[k] ^ seed) << 32;
            }
            long min = Long.MAX_VALUE;
            for (long hash : hashes) {
                min = Math.min(min, hash);
            }
            signature[i] = (int) (min >> 32);
        }
        List<String> keys = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            long h = band;
            for (int row = 0; row < ROWS; row++) {
                h = mix(h * 31 + signature[band * ROWS + row]);
            }
            keys.add("b" + band + ":" + Long.toHexString(h));
        }
        return keys;
    }

    /** The smallest shingle hashes of the lead: a copy cut down to its lead still holds most of them. */
    private static List<String> anchorKeys(int[] lead) {
        List<String> keys = new ArrayList<>(Math.min(ANCHORS, lead.length));
        for (int k = 0; k < Math.min(ANCHORS, lead.length); k++) {
            keys.add("a:" + Integer.toHexString(lead[k]));
        }
        return keys;
    }

    /** The SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
