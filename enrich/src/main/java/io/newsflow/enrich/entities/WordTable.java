package io.newsflow.enrich.entities;

import java.util.Arrays;

/**
 * A document's words by their 64-bit hash ({@link io.newsflow.enrich.text.Fnv#hash(String)}) → a 64-bit value,
 * for the name finder: OpenNLP's previous-map adaptive data (the hash of the "pd=" feature of how each word was
 * tagged where it last occurred) and each word's entry among the document's words ({@link NameFeatures}). An
 * open-addressed table of longs, two a slot side by side: every word of every sentence is written and every word
 * the model is asked about is read, where a {@code HashMap} of strings computed each word's string hash and
 * followed several pointers through the heap. Two words of one document with the same 64-bit hash would share an
 * entry. Grows as the document's vocabulary does.
 *
 * <p>Owned by one decoder; not thread-safe.
 */
final class WordTable {

    private static final int INITIAL_SLOTS = 1024;
    /** A document with more distinct words than this gives its table back when cleared. */
    private static final int KEPT_SLOTS = 16 * INITIAL_SLOTS;

    /** Two longs a slot: the word's hash (0 = empty), then its value. */
    private long[] slots = new long[2 * INITIAL_SLOTS];
    private int mask = INITIAL_SLOTS - 1;
    private int shift = 64 - Integer.numberOfTrailingZeros(INITIAL_SLOTS);
    private int size;

    /** The value of the word with hash {@code word} (never 0), or {@code absent}. */
    long get(long word, long absent) {
        for (int slot = home(word); slots[2 * slot] != 0; slot = (slot + 1) & mask) {
            if (slots[2 * slot] == word) {
                return slots[2 * slot + 1];
            }
        }
        return absent;
    }

    /** Sets the value of the word with hash {@code word} (never 0). */
    void put(long word, long value) {
        int slot = home(word);
        while (slots[2 * slot] != 0) {
            if (slots[2 * slot] == word) {
                slots[2 * slot + 1] = value;
                return;
            }
            slot = (slot + 1) & mask;
        }
        slots[2 * slot] = word;
        slots[2 * slot + 1] = value;
        if (2 * ++size > mask) {
            grow();
        }
    }

    /** Forgets every word. */
    void clear() {
        if (mask + 1 > KEPT_SLOTS) {
            allocate(INITIAL_SLOTS);
        } else if (size > 0) {
            Arrays.fill(slots, 0);
        }
        size = 0;
    }

    /** Twice the slots, the words put again. */
    private void grow() {
        long[] old = slots;
        allocate(2 * (mask + 1));
        for (int k = 0; k < old.length; k += 2) {
            if (old[k] != 0) {
                put(old[k], old[k + 1]);
            }
        }
    }

    /** An empty table of {@code capacity} slots (a power of two). */
    private void allocate(int capacity) {
        slots = new long[2 * capacity];
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        size = 0;
    }

    /** Fibonacci hashing, as {@link io.newsflow.enrich.text.LongTable}'s. */
    private int home(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift) & mask;
    }
}
