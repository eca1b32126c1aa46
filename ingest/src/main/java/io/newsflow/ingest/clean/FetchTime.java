package io.newsflow.ingest.clean;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Which fetch times a scraper may state. The de-duplication windows measure an undated page by its fetch time, so a
 * client could otherwise move a copy outside them ({@code fetched_at: 12345} would make an exact copy a new story).
 * A fetch time a client states (over HTTP or on {@code pages.raw}) in the future (beyond a few minutes of clock skew)
 * or more than a day before ingest is replaced by the ingest time and recorded as clamped. The capture date of a
 * file or WARC record an operator imports is an archive's own record and is kept.
 */
record FetchTime(Instant at, String source) {

    static final String CLIENT = "client";
    static final String CLAMPED = "clamped";
    static final String ARCHIVE = "archive";
    /** Where a client states the fetch time: the HTTP API and {@code pages.raw}. */
    private static final Set<String> CLIENT_SOURCES = Set.of(ScrapedPage.HTTP, ScrapedPage.KAFKA);
    /** Clock skew allowed between a scraper and ingest. */
    static final Duration SKEW = Duration.ofMinutes(5);
    /** How long a scraper may hold a page before delivering it. */
    static final Duration MAX_AGE = Duration.ofDays(1);

    /**
     * The fetch time to publish for the {@code stated} one (null: none stated) of a page that came from
     * {@code source} (http, kafka, file or warc), at {@code ingestedAt}.
     */
    static FetchTime of(Instant stated, String source, Instant ingestedAt) {
        if (stated == null) {
            return new FetchTime(null, null);
        }
        if (!CLIENT_SOURCES.contains(source)) {
            return new FetchTime(stated, ARCHIVE);
        }
        boolean believable = !stated.isAfter(ingestedAt.plus(SKEW)) && !stated.isBefore(ingestedAt.minus(MAX_AGE));
        return believable ? new FetchTime(stated, CLIENT) : new FetchTime(ingestedAt, CLAMPED);
    }
}
