package io.newsflow.ingest.clean;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits that protect the cleaner, and its boilerplate vocabulary. Immutable and thread-safe.
 *
 * @param maxBytes   largest page body accepted, in bytes
 * @param maxDepth   deepest element nesting accepted
 * @param timeBudget longest time one page may take to clean
 * @param vocabulary the boilerplate vocabulary
 */
public record CleanerConfig(int maxBytes, int maxDepth, Duration timeBudget, Boilerplate vocabulary) {

    /** 10 MB: ten times a heavy news page, and still parsed in well under a second. */
    public static final int DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
    /** Real pages nest a few dozen levels; hundreds means a broken or hostile page. */
    public static final int DEFAULT_MAX_DEPTH = 512;
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(2);

    public CleanerConfig {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        if (maxDepth <= 0) {
            throw new IllegalArgumentException("maxDepth must be positive, got " + maxDepth);
        }
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("timeBudget must be positive, got " + timeBudget);
        }
        Objects.requireNonNull(vocabulary, "vocabulary");
    }

    /** The default limits and the shipped vocabulary. */
    public static CleanerConfig defaults() {
        return new CleanerConfig(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_TIME_BUDGET, Boilerplate.defaults());
    }

    /** The same limits with another vocabulary. */
    public CleanerConfig withVocabulary(Boilerplate other) {
        return new CleanerConfig(maxBytes, maxDepth, timeBudget, other);
    }
}
