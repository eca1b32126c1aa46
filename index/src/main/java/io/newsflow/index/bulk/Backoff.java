package io.newsflow.index.bulk;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: attempt {@code n} waits between half and all of {@code min(max, initial * 2^n)},
 * so that many indexers retrying against a recovering cluster spread out instead of hitting it together.
 * Immutable.
 */
public record Backoff(Duration initial, Duration max) {

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max: " + initial + ", " + max);
        }
    }

    /** How long to wait before retry number {@code attempt} (0 for the first retry). */
    public Duration delay(int attempt, RandomGenerator random) {
        long ceiling = max.toMillis();
        long exponential = initial.toMillis() << Math.min(attempt, 30);
        long cap = exponential <= 0 || exponential > ceiling ? ceiling : exponential;
        long half = cap / 2;
        return Duration.ofMillis(half + random.nextLong(cap - half + 1));
    }
}
