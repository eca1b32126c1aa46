package io.newsflow.ingest.clean;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Which publication dates are believable: none before 1990 and none in the future (a day of slack covers time
 * zones written wrongly). Immutable and thread-safe.
 */
final class DatePolicy {

    private static final Instant EARLIEST = LocalDate.of(1990, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Duration SLACK = Duration.ofDays(1);

    private final Clock clock;

    DatePolicy(Clock clock) {
        this.clock = clock;
    }

    /** Parses a machine-written date and keeps it when believable. */
    Optional<Instant> first(String value) {
        return check(Dates.parseMachine(value));
    }

    /** Keeps a date when believable. */
    Optional<Instant> check(Optional<Instant> date) {
        Instant latest = clock.instant().plus(SLACK);
        return date.filter(d -> !d.isBefore(EARLIEST) && !d.isAfter(latest));
    }
}
