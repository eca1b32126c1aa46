package io.newsflow.index.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5));
    private final Random random = new Random(42);

    @Test
    void doublesEachAttemptWithinHalfToAllOfTheCap() {
        for (int attempt = 0; attempt < 5; attempt++) {
            long cap = 100L << attempt;
            for (int i = 0; i < 50; i++) {
                long delay = backoff.delay(attempt, random).toMillis();
                assertTrue(delay >= cap / 2 && delay <= cap, "attempt " + attempt + ": " + delay);
            }
        }
    }

    @Test
    void neverWaitsLongerThanTheMaximumEvenAfterManyAttempts() {
        for (int attempt : new int[] {6, 20, 40, 1000}) {
            long delay = backoff.delay(attempt, random).toMillis();
            assertTrue(delay >= 2500 && delay <= 5000, "attempt " + attempt + ": " + delay);
        }
    }

    @Test
    void jitterSpreadsRetriesOfTheSameAttempt() {
        Set<Duration> delays = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            delays.add(backoff.delay(3, random));
        }
        assertTrue(delays.size() > 10, delays.toString());
    }

    @Test
    void refusesAMaximumBelowTheInitialDelay() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
        assertEquals("need 0 < initial <= max: PT2S, PT1S", e.getMessage());
    }
}
