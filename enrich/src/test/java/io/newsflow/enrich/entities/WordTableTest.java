package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.enrich.text.Fnv;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WordTableTest {

    private static final long ABSENT = -1;

    @Test
    void keepsEachWordsLatestValueAsAMapDoesThroughALongDocumentsVocabulary() {
        SplittableRandom random = new SplittableRandom(11);
        WordTable table = new WordTable();
        Map<Long, Long> expected = new HashMap<>();
        long[] words = new long[30_000]; // far more distinct words than the table starts with
        for (int i = 0; i < words.length; i++) {
            words[i] = Fnv.hash("word" + i);
        }
        for (int n = 0; n < 200_000; n++) {
            long word = words[random.nextInt(n < 50_000 ? 500 : words.length)]; // a few words often, then many
            long value = random.nextInt(8);
            table.put(word, value);
            expected.put(word, value);
        }
        for (long word : words) {
            assertEquals(expected.getOrDefault(word, ABSENT), table.get(word, ABSENT));
        }
    }

    @Test
    void forgetsEveryWordWhenClearedWhateverItsSize() {
        WordTable table = new WordTable();
        for (int size : new int[] {10, 100_000, 10}) {
            for (int i = 0; i < size; i++) {
                table.put(Fnv.hash("w" + i), i);
            }
            assertEquals(size - 1, table.get(Fnv.hash("w" + (size - 1)), ABSENT));
            table.clear();
            for (int i = 0; i < size; i++) {
                assertEquals(ABSENT, table.get(Fnv.hash("w" + i), ABSENT), "w" + i + " after clear");
            }
        }
    }
}
