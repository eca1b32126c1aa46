package io.newsflow.service.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OffsetRunsTest {

    @Test
    void countsRecordsNotOffsetsAcrossTransactionMarkers() {
        OffsetRuns runs = new OffsetRuns(16);
        // three transactions of two records, each followed by its commit marker (offsets 2, 5, 8)
        for (long offset : new long[] {0, 1, 3, 4, 6, 7}) {
            runs.add(offset);
        }
        assertEquals(6, runs.pending());
        // a group that read everything commits past the last record; the marker after it is no record
        assertEquals(6, runs.settle(8));
        assertEquals(0, runs.pending());
    }

    @Test
    void settlesPartOfARunUpToTheCommittedOffset() {
        OffsetRuns runs = new OffsetRuns(16);
        for (long offset = 10; offset < 20; offset++) {
            runs.add(offset);
        }
        assertEquals(3, runs.settle(13));
        assertEquals(7, runs.pending());
        assertEquals(0, runs.settle(13), "nothing settles twice");
        assertEquals(7, runs.settle(25));
    }

    @Test
    void mergedRunsStayBoundedAndSettleOnlyWhenWhollyCommitted() {
        OffsetRuns runs = new OffsetRuns(2);
        runs.add(0);
        runs.add(2);
        runs.add(4); // merges {0} and {2} into one run of 2 records spanning 0..2
        assertEquals(3, runs.pending());
        assertEquals(0, runs.settle(2), "a merged run cannot tell how many of its records lie below 2");
        assertEquals(2, runs.settle(3));
        assertEquals(1, runs.settle(5));
    }
}
