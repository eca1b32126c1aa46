package io.newsflow.enrich.text;

import java.util.Arrays;

/**
 * An open-addressed table from 64-bit keys (never 0) to 64-bit values, two longs a slot side by side: a look-up
 * reads one place in memory, where a {@code HashMap} of strings follows three or four pointers through the heap.
 * The models' look-up tables (a name finder's feature weights and word classes, the language detector's n-grams)
 * are kept in one each.
 *
 * <p>Filled by its owner's constructor, then only read: once published (held in a final field) it is safe to read
 * from any thread. A table one thread keeps for its own scratch work may instead be {@link #clear}ed and filled again.
 */
public final class LongTable {

    private static final long EMPTY = 0L;

    /** Two longs a slot: the key (0 = empty), then its value. */
    private final long[] slots;
    private final int shift;
    private final int mask;
    private int size;

    /** A table sized for {@code entries} keys, at most half full. */
    public LongTable(int entries) {
        int capacity = Integer.highestOneBit(Math.max(16, entries * 2 - 1)) << 1;
        this.slots = new long[2 * capacity];
        this.mask = capacity - 1;
        this.shift = 64 - Integer.numberOfTrailingZeros(capacity);
    }

    /**
     * Adds {@code key} with {@code value}.
     *
     * @return false, leaving the table as it was, when the key is already there
     * @throws IllegalArgumentException for the key 0
     * @throws IllegalStateException    when half its slots are taken (it holds at least the keys it was sized for)
     */
    public boolean put(long key, long value) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("0 is no key of a LongTable");
        }
        if (2 * size >= mask) {
            throw new IllegalStateException("a LongTable of " + (mask + 1) + " slots is full");
        }
        int slot = home(key);
        while (slots[2 * slot] != EMPTY) {
            if (slots[2 * slot] == key) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        slots[2 * slot] = key;
        slots[2 * slot + 1] = value;
        size++;
        return true;
    }

    /** The value of {@code key}, or {@code absent} when the table does not hold it. */
    public long get(long key, long absent) {
        for (int slot = home(key); slots[2 * slot] != EMPTY; slot = (slot + 1) & mask) {
            if (slots[2 * slot] == key) {
                return slots[2 * slot + 1];
            }
        }
        return absent;
    }

    /**
     * The values of {@code keys[0..n)} into {@code values[0..n)} ({@code absent} for a key not held): what
     * {@link #get} gives each, but the home slots of all the keys are read first, loads that do not wait for each
     * other and that the processor overlaps, where looking the keys up in turn would wait for memory once a key.
     */
    public void getAll(long[] keys, int n, long[] values, long absent) {
        for (int k = 0; k < n; k++) {
            values[k] = slots[2 * home(keys[k])];
        }
        for (int k = 0; k < n; k++) {
            values[k] = values[k] == EMPTY ? absent : get(keys[k], absent);
        }
    }

    /** Empties the table: for a table that one thread fills again and again. */
    public void clear() {
        Arrays.fill(slots, EMPTY);
        size = 0;
    }

    /** How many keys it can hold. */
    public int capacity() {
        return (mask + 1) / 2;
    }

    /** The keys held. */
    public int size() {
        return size;
    }

    /** Fibonacci hashing: the top bits of the key times 2^64 / φ, so that keys that differ only in low bits spread. */
    private int home(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift) & mask;
    }
}
