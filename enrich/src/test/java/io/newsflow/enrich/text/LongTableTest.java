package io.newsflow.enrich.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongTableTest {

    @Test
    void holdsWhatAMapHoldsForRandomKeysAndForKeysThatDifferOnlyInTheirHighBits() {
        SplittableRandom random = new SplittableRandom(7);
        Map<Long, Long> expected = new HashMap<>();
        LongTable table = new LongTable(20_000);
        for (int i = 0; i < 10_000; i++) {
            long key = random.nextLong() | 1;
            expected.put(key, (long) i);
            assertTrue(table.put(key, i));
        }
        // the language detector's n-grams: a length in the high bits, the characters in the low ones
        for (long length = 1; length <= 3; length++) {
            for (long c = 'a'; c <= 'z'; c++) {
                long key = length << 48 | c;
                expected.put(key, -c);
                assertTrue(table.put(key, -c));
            }
        }
        assertEquals(expected.size(), table.size());
        expected.forEach((key, value) -> assertEquals(value, table.get(key, Long.MIN_VALUE), "key " + key));
        for (int i = 0; i < 10_000; i++) {
            long key = random.nextLong() | 1;
            assertEquals(expected.getOrDefault(key, Long.MIN_VALUE), table.get(key, Long.MIN_VALUE));
        }
    }

    @Test
    void aKeyPutTwiceKeepsItsFirstValue() {
        LongTable table = new LongTable(4);
        assertTrue(table.put(42, 1));
        assertFalse(table.put(42, 2));
        assertEquals(1, table.get(42, -1));
        assertEquals(1, table.size());
    }

    @Test
    void getAllGivesWhatGetGivesKeyByKeyAbsentKeysIncluded() {
        LongTable table = new LongTable(100);
        for (long key = 1; key <= 100; key++) {
            table.put(key * 1_000_003L, key);
        }
        long[] keys = new long[200];
        long[] one = new long[keys.length];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = (k + 1) * 1_000_003L;
            one[k] = table.get(keys[k], 0);
        }
        long[] all = new long[keys.length];
        table.getAll(keys, keys.length, all, 0);
        assertArrayEquals(one, all);
        assertEquals(100, all[99]);
        assertEquals(0, all[100]);
    }

    @Test
    void refusesTheKeyZeroAndATableFilledPastHalfItsSlots() {
        LongTable table = new LongTable(8);
        assertThrows(IllegalArgumentException.class, () -> table.put(0, 1));
        int put = 0;
        IllegalStateException full = null;
        for (long key = 1; key < 1_000 && full == null; key++) {
            try {
                table.put(key, key);
                put++;
            } catch (IllegalStateException e) {
                full = e;
            }
        }
        assertTrue(full != null && put >= 8, put + " keys put");
        for (long key = 1; key <= put; key++) {
            assertEquals(key, table.get(key, 0));
        }
    }

    @Test
    void aClearedTableHoldsNothingAndAsManyKeysAsBefore() {
        LongTable table = new LongTable(100);
        assertTrue(table.capacity() >= 100, "capacity " + table.capacity());
        for (long key = 1; key <= table.capacity(); key++) {
            assertTrue(table.put(key, key));
        }
        assertThrows(IllegalStateException.class, () -> table.put(-1, 1));
        table.clear();
        assertEquals(0, table.size());
        assertEquals(0, table.get(7, 0));
        for (long key = 1; key <= table.capacity(); key++) {
            assertTrue(table.put(-key, key), "key " + -key);
        }
        assertEquals(3, table.get(-3, 0));
        assertEquals(0, table.get(3, 0));
    }
}
