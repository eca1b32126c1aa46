package io.newsflow.deploy.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * What a benchmark pass achieves: items per second of wall-clock time and per second of processor time, the better of
 * the measured passes after one warm-up pass. The processor figure holds on a loaded machine, where the wall-clock
 * one drops.
 */
record BestRate(double perSecond, double perCpuSecond) {

    /** One pass over the items. */
    interface Pass {
        void run() throws Exception;
    }

    /** Nothing but this thread uses processor time for the pass. */
    static final LongSupplier THIS_THREAD_ONLY = () -> 0;

    /**
     * Runs {@code pass} once to warm up, then {@code rounds} times measured. The processor time is this thread's plus
     * what {@code otherCpuNanos} (a running total, e.g. of child processes) grew by during the pass.
     */
    static BestRate measure(int rounds, int items, LongSupplier otherCpuNanos, Pass pass) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        BestRate best = new BestRate(0, 0);
        for (int round = 0; round <= rounds; round++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime() + otherCpuNanos.getAsLong();
            pass.run();
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = Math.max(1, threads.getCurrentThreadCpuTime() + otherCpuNanos.getAsLong() - cpuStart)
                    / 1e9;
            if (round > 0) {
                best = new BestRate(Math.max(best.perSecond(), items / seconds),
                        Math.max(best.perCpuSecond(), items / cpuSeconds));
            }
        }
        return best;
    }

    /** {@code 120.5 records/s, 131.0 per CPU-second} */
    String describe(String unit) {
        return String.format(Locale.ROOT, "%.1f %s/s, %.1f per CPU-second", perSecond, unit, perCpuSecond);
    }
}
