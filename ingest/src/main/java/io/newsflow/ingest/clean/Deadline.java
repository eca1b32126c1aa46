package io.newsflow.ingest.clean;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * The time budget of one page, in processor time of the cleaning thread: what a page costs, not how busy the
 * machine is (on a loaded machine wall-clock time would reject ordinary pages). Wall-clock time where the JVM cannot
 * measure a thread's processor time. Not thread-safe: one per {@code clean} call, used on the thread that made it.
 */
final class Deadline {

    /** Reading the clock on every node would cost more than the walk; every 512 nodes bounds the overrun. */
    private static final int CHECK_EVERY = 512;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported()
            && THREADS.isThreadCpuTimeEnabled();

    private final long deadlineNanos;
    private final Duration budget;
    private int ticks;

    Deadline(Duration budget) {
        this.budget = budget;
        this.deadlineNanos = now() + budget.toNanos();
    }

    private static long now() {
        return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Called once per node walked; throws once the budget is spent. */
    void tick() {
        if (++ticks % CHECK_EVERY == 0) {
            check();
        }
    }

    /** Throws if the budget is spent. */
    void check() {
        if (now() - deadlineNanos > 0) {
            throw new OverBudget(budget);
        }
    }

    /** Unwinds a walk that ran out of time; {@link PageCleaner} turns it into a rejection. */
    static final class OverBudget extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OverBudget(Duration budget) {
            super("cleaning took longer than the budget of " + budget.toMillis() + " ms of processor time", null, false,
                    false);
        }
    }
}
