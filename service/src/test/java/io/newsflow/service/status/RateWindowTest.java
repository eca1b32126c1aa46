package io.newsflow.service.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateWindowTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void isZeroUntilTwoSamples() {
        RateWindow rates = new RateWindow(Duration.ofMinutes(1));
        assertEquals(0, rates.perSecond("pages"));
        rates.add(T0, Map.of("pages", 100L));
        assertEquals(0, rates.perSecond("pages"));
    }

    @Test
    void measuresTheDifferenceOverTheTimeSampled() {
        RateWindow rates = new RateWindow(Duration.ofMinutes(1));
        rates.add(T0, Map.of("pages", 100L));
        rates.add(T0.plusSeconds(2), Map.of("pages", 110L));
        rates.add(T0.plusSeconds(4), Map.of("pages", 130L));
        assertEquals(7.5, rates.perSecond("pages"), 1e-9);
        assertEquals(0, rates.perSecond("unknown"));
    }

    @Test
    void forgetsWhatLeftTheWindow() {
        RateWindow rates = new RateWindow(Duration.ofSeconds(10));
        rates.add(T0, Map.of("pages", 0L));
        rates.add(T0.plusSeconds(5), Map.of("pages", 1_000L)); // a burst long ago
        for (int s = 10; s <= 60; s += 5) {
            rates.add(T0.plusSeconds(s), Map.of("pages", 1_000L + (s - 10) * 2L));
        }
        // only the last 10 s count: 2 pages per second, the burst is gone
        assertEquals(2.0, rates.perSecond("pages"), 1e-9);
    }

    @Test
    void aCounterThatWentBackIsNotANegativeRate() {
        RateWindow rates = new RateWindow(Duration.ofMinutes(1));
        rates.add(T0, Map.of("pages", 50L));
        rates.add(T0.plusSeconds(2), Map.of("pages", 10L));
        assertEquals(0, rates.perSecond("pages"));
    }
}
