package io.newsflow.enrich.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.apache.kafka.streams.errors.ProcessorStateException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class ThreadFailurePolicyTest {

    private Instant now = Instant.parse("2026-03-02T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final ThreadFailurePolicy policy = new ThreadFailurePolicy("enrich-test", clock);

    @Test
    void aThreadThatKeepsDyingIsReplacedAFewTimesThenTheClientShutsDownInsteadOfLoopingForever() {
        for (int i = 0; i < ThreadFailurePolicy.MAX_REPLACEMENTS; i++) {
            assertEquals(StreamThreadExceptionResponse.REPLACE_THREAD, policy.handle(new StreamsException("poison")));
            now = now.plusSeconds(48);
        }
        assertEquals(StreamThreadExceptionResponse.SHUTDOWN_CLIENT, policy.handle(new StreamsException("poison")));
    }

    @Test
    void failuresFarApartAreEachReplaced() {
        for (int i = 0; i < 3 * ThreadFailurePolicy.MAX_REPLACEMENTS; i++) {
            assertEquals(StreamThreadExceptionResponse.REPLACE_THREAD, policy.handle(new StreamsException("blip")));
            now = now.plus(ThreadFailurePolicy.WINDOW).plus(Duration.ofSeconds(1));
        }
    }

    @Test
    void theLastFailureIsToldWithEachOfItsCausesOnce() {
        assertTrue(policy.lastFailure().isEmpty());
        policy.handle(new StreamsException("Exception caught in process. taskId=0_2",
                new ProcessorStateException("Error while putting key/value into store enrich-articles",
                        new ProcessorStateException("Error while putting key/value into store enrich-articles",
                                new IOException("While appending to file: 000011.sst: No space left on device")))));

        assertEquals(Optional.of("StreamsException: Exception caught in process. taskId=0_2; caused by"
                + " ProcessorStateException: Error while putting key/value into store enrich-articles; caused by"
                + " IOException: While appending to file: 000011.sst: No space left on device"), policy.lastFailure());
    }
}
