package io.newsflow.service.status;

import java.util.ArrayDeque;

/**
 * The offsets of the records read from one partition that a consumer group has not committed yet, kept as runs of
 * consecutive offsets: a transaction's records are consecutive, and its commit marker (an offset that holds no
 * record) ends the run. Counting records this way, not by offset differences, keeps the markers that exactly-once
 * producers write out of the figures.
 *
 * <p>Bounded: beyond {@code maxRuns} runs the two oldest merge into one whose records count only once the whole
 * run is committed, so a group that stops for a long time costs a fixed amount of memory and its count of settled
 * records is late, never wrong. Not thread-safe.
 */
final class OffsetRuns {

    private final int maxRuns;
    private final ArrayDeque<Run> runs = new ArrayDeque<>();
    private long pending;

    /** @param maxRuns how many runs to keep before merging the oldest (at least 2) */
    OffsetRuns(int maxRuns) {
        if (maxRuns < 2) {
            throw new IllegalArgumentException("maxRuns must be at least 2, got " + maxRuns);
        }
        this.maxRuns = maxRuns;
    }

    /** Remembers a record read at {@code offset}; offsets arrive in increasing order. */
    void add(long offset) {
        Run last = runs.peekLast();
        if (last != null && last.exact() && last.last == offset - 1) {
            last.last = offset;
            last.count++;
        } else {
            if (runs.size() == maxRuns) {
                Run oldest = runs.pollFirst();
                Run next = runs.pollFirst();
                runs.addFirst(new Run(oldest.first, next.last, oldest.count + next.count));
            }
            runs.addLast(new Run(offset, offset, 1));
        }
        pending++;
    }

    /**
     * Forgets the records below {@code committed} (the group's next offset to read) and returns how many there
     * were.
     */
    long settle(long committed) {
        long settled = 0;
        while (!runs.isEmpty()) {
            Run run = runs.peekFirst();
            if (run.last < committed) {
                settled += run.count;
                runs.pollFirst();
            } else {
                if (run.first < committed && run.exact()) {
                    long below = committed - run.first;
                    run.first = committed;
                    run.count -= below;
                    settled += below;
                }
                break;
            }
        }
        pending -= settled;
        return settled;
    }

    /** Records read and not yet committed. */
    long pending() {
        return pending;
    }

    private static final class Run {
        private long first;
        private long last;
        private long count;

        Run(long first, long last, long count) {
            this.first = first;
            this.last = last;
            this.count = count;
        }

        /** True while every offset from first to last holds a record of the run (not a merge over a gap). */
        boolean exact() {
            return count == last - first + 1;
        }
    }
}
