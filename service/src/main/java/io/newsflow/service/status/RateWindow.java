package io.newsflow.service.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;

/**
 * Rates of named counters over a sliding window, from samples of their values: the difference between the newest
 * sample and the oldest one still in the window, divided by the time between them. Holds at most one sample per
 * call within the window, so its size is the window divided by the sampling interval. Not thread-safe.
 */
final class RateWindow {

    private record Sample(Instant at, Map<String, Long> counts) {
    }

    private final Duration window;
    private final ArrayDeque<Sample> samples = new ArrayDeque<>();

    RateWindow(Duration window) {
        this.window = window;
    }

    /** Adds the counters' values at {@code at} (later than the previous sample) and drops what left the window. */
    void add(Instant at, Map<String, Long> counts) {
        samples.addLast(new Sample(at, Map.copyOf(counts)));
        Instant start = at.minus(window);
        // keep the newest sample at or before the window's start, so a full window is measured
        while (samples.size() > 2) {
            Iterator<Sample> oldestFirst = samples.iterator();
            oldestFirst.next();
            if (oldestFirst.next().at().isAfter(start)) {
                break;
            }
            samples.pollFirst();
        }
    }

    /** Per second, over the window (or the time sampled so far); 0 with fewer than two samples or no such counter. */
    double perSecond(String name) {
        if (samples.size() < 2) {
            return 0;
        }
        Sample oldest = samples.peekFirst();
        Sample newest = samples.peekLast();
        double seconds = Duration.between(oldest.at(), newest.at()).toMillis() / 1000.0;
        if (seconds <= 0) {
            return 0;
        }
        long delta = newest.counts().getOrDefault(name, 0L) - oldest.counts().getOrDefault(name, 0L);
        return Math.max(0, delta) / seconds;
    }
}
