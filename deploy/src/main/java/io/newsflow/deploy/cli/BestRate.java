package io.newsflow.deploy.cli;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * What a benchmark pass achieves: items per second of wall-clock time and per second of processor time, the better of
 * the measured passes after the warm-up passes; and the first pass's items per second, on code the JIT had not
 * compiled yet. The processor figure holds on a loaded machine, where the wall-clock one drops.
 */
record BestRate(double perSecond, double perCpuSecond, double coldPerSecond, int warmUps) {

    /** One pass over the items. */
    interface Pass {
        void run() throws Exception;
    }

    /** Nothing but this thread uses processor time for the pass. */
    static final LongSupplier THIS_THREAD_ONLY = () -> 0;

    /**
     * The JIT has settled when it compiled for less than this share of a warm-up pass's wall-clock time: on two
     * cores it compiles the enrichment's code for a quarter of a minute, through five or six passes over the
     * extract-dev articles, each faster than the one before.
     */
    static final double SETTLED_COMPILING = 0.05;
    /** Warm-up passes at most. */
    static final int MAX_WARM_UPS = 12;

    /**
     * Runs {@code pass} to warm up until the JIT has settled ({@link #SETTLED_COMPILING}; one pass where the JVM does
     * not time its compilers; at most {@link #MAX_WARM_UPS}), then {@code rounds} times measured. The processor time
     * is this thread's plus what {@code otherCpuNanos} (a running total, e.g. of child processes) grew by during the
     * pass.
     */
    static BestRate measure(int rounds, int items, LongSupplier otherCpuNanos, Pass pass) throws Exception {
        return measure(MAX_WARM_UPS, rounds, items, otherCpuNanos, pass);
    }

    /** {@link #measure(int, int, LongSupplier, Pass)} with at most {@code maxWarmUps} warm-up passes (at least one). */
    static BestRate measure(int maxWarmUps, int rounds, int items, LongSupplier otherCpuNanos, Pass pass)
            throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
        double cold = 0;
        int warmUps = 0;
        boolean settled = false;
        while (!settled) {
            long compiling = timed ? jit.getTotalCompilationTime() : 0;
            long start = System.nanoTime();
            pass.run();
            double seconds = (System.nanoTime() - start) / 1e9;
            warmUps++;
            cold = warmUps == 1 ? items / seconds : cold;
            settled = !timed || warmUps >= maxWarmUps
                    || (jit.getTotalCompilationTime() - compiling) / 1e3 < SETTLED_COMPILING * seconds;
        }
        double best = 0;
        double bestCpu = 0;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime() + otherCpuNanos.getAsLong();
            pass.run();
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = Math.max(1, threads.getCurrentThreadCpuTime() + otherCpuNanos.getAsLong() - cpuStart)
                    / 1e9;
            best = Math.max(best, items / seconds);
            bestCpu = Math.max(bestCpu, items / cpuSeconds);
        }
        return new BestRate(best, bestCpu, cold, warmUps);
    }

    /** {@code 120.5 records/s, 131.0 per CPU-second} */
    String describe(String unit) {
        return String.format(Locale.ROOT, "%.1f %s/s, %.1f per CPU-second", perSecond, unit, perCpuSecond);
    }

    /** {@code first pass 60.2 records/s, 5 warm-up passes} */
    String warmUp(String unit) {
        return String.format(Locale.ROOT, "first pass %.1f %s/s, %d warm-up pass%s", coldPerSecond, unit, warmUps,
                warmUps == 1 ? "" : "es");
    }
}
