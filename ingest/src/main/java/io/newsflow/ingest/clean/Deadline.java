package io.newsflow.ingest.clean;

import java.time.Duration;

/** The time budget of one page. Not thread-safe: one per {@code clean} call. */
final class Deadline {

    /** Reading the clock on every node would cost more than the walk; every 512 nodes bounds the overrun. */
    private static final int CHECK_EVERY = 512;

    private final long deadlineNanos;
    private final Duration budget;
    private int ticks;

    Deadline(Duration budget) {
        this.budget = budget;
        this.deadlineNanos = System.nanoTime() + budget.toNanos();
    }

    /** Called once per node walked; throws once the budget is spent. */
    void tick() {
        if (++ticks % CHECK_EVERY == 0) {
            check();
        }
    }

    /** Throws if the budget is spent. */
    void check() {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new OverBudget(budget);
        }
    }

    /** Unwinds a walk that ran out of time; {@link PageCleaner} turns it into a rejection. */
    static final class OverBudget extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OverBudget(Duration budget) {
            super("cleaning took longer than the budget of " + budget.toMillis() + " ms", null, false, false);
        }
    }
}
