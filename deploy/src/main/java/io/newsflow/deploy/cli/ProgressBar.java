package io.newsflow.deploy.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * How far a long task is: a bar, the percentage, the caller's counts and rates, and the time left. On a terminal it
 * is one line redrawn in place (at most five times a second); elsewhere (output piped to a file or another program,
 * tests) it is a plain line at most every {@code plainInterval} when something changed, and always the last one, so
 * that a log reads as a series of snapshots without carriage returns.
 *
 * <p>Hand-rolled rather than a console library: it needs one line and no terminal control beyond {@code \r}, and
 * the console libraries that draw bars (progressbar, on JLine) are not among the project's dependencies.
 *
 * <p>Not thread-safe: the task's own thread updates it.
 */
final class ProgressBar {

    private static final int WIDTH = 24;
    private static final long REDRAW_NANOS = Duration.ofMillis(200).toNanos();
    private static final Duration PLAIN_INTERVAL = Duration.ofSeconds(5);
    // an estimate from less than this is noise
    private static final double ETA_AFTER_SECONDS = 1.0;

    private final PrintWriter out;
    private final String prefix;
    private final boolean terminal;
    private final long plainIntervalNanos;
    private final LongSupplier nanoClock;
    private final long start;
    private long lastShown;
    private boolean shown;
    // work done before the first update (a task that resumes): not part of the rate the estimate uses
    private long doneAtStart = -1;
    private String lastCounts;
    private int drawnWidth;

    /**
     * @param prefix        put before each plain line ({@code "newsflow: "})
     * @param terminal      whether {@code out} is a terminal (redraw in place) or not (plain lines)
     * @param plainInterval least time between two plain lines
     * @param nanoClock     {@link System#nanoTime()} or a test's clock; the task starts at its first reading
     */
    ProgressBar(PrintWriter out, String prefix, boolean terminal, Duration plainInterval, LongSupplier nanoClock) {
        this.out = out;
        this.prefix = prefix;
        this.terminal = terminal;
        this.plainIntervalNanos = plainInterval.toNanos();
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
    }

    /** For a command's standard output: redrawn when the process has a terminal, plain lines every 5 s otherwise. */
    static ProgressBar onConsole(PrintWriter out, String prefix) {
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        return new ProgressBar(out, prefix, terminal, PLAIN_INTERVAL, System::nanoTime);
    }

    /** Shows {@code done} of {@code total} units of work (total 0 or less: unknown) and {@code counts}. */
    void update(long done, long total, String counts) {
        long now = nanoClock.getAsLong();
        if (doneAtStart < 0) {
            doneAtStart = done;
        }
        if (shown && now - lastShown < (terminal ? REDRAW_NANOS : plainIntervalNanos)) {
            return;
        }
        if (!terminal && counts.equals(lastCounts)) {
            return;
        }
        show(now, done, total, counts);
    }

    /** Shows the final state at once and ends the line. */
    void finish(long done, long total, String counts) {
        long now = nanoClock.getAsLong();
        if (doneAtStart < 0) {
            doneAtStart = done;
        }
        if (terminal || !counts.equals(lastCounts)) {
            show(now, done, total, counts);
        }
        if (terminal && shown) {
            out.println();
            out.flush();
        }
    }

    /** {@code count} {@code unit}s per second since the task started, as {@code "12.5 pages/s"}. */
    String rate(long count, String unit) {
        double seconds = elapsedSeconds(nanoClock.getAsLong());
        return seconds <= 0 ? "- " + unit + "/s" : String.format(Locale.ROOT, "%.1f %s/s", count / seconds, unit);
    }

    private void show(long now, long done, long total, String counts) {
        String line = line(done, total, counts, elapsedSeconds(now), doneAtStart);
        if (terminal) {
            int pad = Math.max(0, drawnWidth - line.length());
            out.print("\r" + line + " ".repeat(pad));
            drawnWidth = line.length();
        } else {
            out.println(prefix + line);
        }
        out.flush();
        shown = true;
        lastShown = now;
        lastCounts = counts;
    }

    private double elapsedSeconds(long now) {
        return (now - start) / 1e9;
    }

    /**
     * {@code [=========>              ]  40% counts · ETA 0:42}: the time left at the pace since the start, when
     * {@code doneAtStart} of the work was already done.
     */
    static String line(long done, long total, String counts, double elapsedSeconds, long doneAtStart) {
        if (total <= 0) {
            return counts;
        }
        double fraction = Math.max(0, Math.min(1, (double) done / total));
        int filled = (int) Math.round(fraction * WIDTH);
        StringBuilder bar = new StringBuilder("[");
        for (int i = 0; i < WIDTH; i++) {
            bar.append(i < filled - 1 || filled == WIDTH ? '=' : i == filled - 1 ? '>' : ' ');
        }
        bar.append("] ").append(String.format(Locale.ROOT, "%3d%%", (int) Math.floor(fraction * 100)));
        bar.append(' ').append(counts);
        long progressed = done - Math.max(0, doneAtStart);
        if (fraction >= 1) {
            bar.append(" · done in ").append(clock(elapsedSeconds));
        } else if (progressed > 0 && elapsedSeconds >= ETA_AFTER_SECONDS) {
            bar.append(" · ETA ").append(clock(elapsedSeconds * (total - done) / progressed));
        } else {
            bar.append(" · ETA …");
        }
        return bar.toString();
    }

    /** {@code done} of {@code total} bytes in the unit that suits {@code total}: {@code 3.4 of 12.0 MB}. */
    static String bytes(long done, long total) {
        String[] units = {"kB", "MB", "GB", "TB"};
        int unit = 0;
        double scale = 1e3;
        while (unit < units.length - 1 && total >= scale * 1e3) {
            unit++;
            scale *= 1e3;
        }
        return String.format(Locale.ROOT, "%.1f of %.1f %s", done / scale, total / scale, units[unit]);
    }

    /** {@code 0:42}, {@code 12:05}, {@code 2:03:10}. */
    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
