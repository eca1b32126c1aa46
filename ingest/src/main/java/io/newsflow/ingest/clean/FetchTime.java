package io.newsflow.ingest.clean;

import java.time.Duration;
import java.time.Instant;

/**
 * Which fetch times a scraper may state. The de-duplication windows measure an undated page by its fetch time, so a
 * client could otherwise move a copy outside them ({@code fetched_at: 12345} would make an exact copy a new story).
 * A fetch time in the future (beyond a few minutes of clock skew) or more than a day before ingest is replaced by
 * the ingest time and recorded as clamped.
 */
record FetchTime(Instant at, String source) {

    static final String CLIENT = "client";
    static final String CLAMPED = "clamped";
    /** Clock skew allowed between a scraper and ingest. */
    static final Duration SKEW = Duration.ofMinutes(5);
    /** How long a scraper may hold a page before delivering it. */
    static final Duration MAX_AGE = Duration.ofDays(1);

    /** The fetch time to publish for a scraper's {@code stated} one (null: none stated) at {@code ingestedAt}. */
    static FetchTime of(Instant stated, Instant ingestedAt) {
        if (stated == null) {
            return new FetchTime(null, null);
        }
        boolean believable = !stated.isAfter(ingestedAt.plus(SKEW)) && !stated.isBefore(ingestedAt.minus(MAX_AGE));
        return believable ? new FetchTime(stated, CLIENT) : new FetchTime(ingestedAt, CLAMPED);
    }
}
