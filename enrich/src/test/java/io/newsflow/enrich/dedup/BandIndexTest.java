package io.newsflow.enrich.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.events.Article;
import io.newsflow.events.Duplicate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When the sweep may drop a lookup key: event time, each key's own window, and no trust in far-future dates. */
class BandIndexTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final DedupSettings SETTINGS = DedupSettings.DEFAULTS; // near 3 days, exact 30 days

    private final Map<String, List<Posting>> filed = new HashMap<>();
    private final BandIndex index = new BandIndex(new StateStore<>() {
        @Override
        public List<Posting> get(String key) {
            return filed.get(key);
        }

        @Override
        public void put(String key, List<Posting> value) {
            filed.put(key, value);
        }

        @Override
        public void delete(String key) {
            filed.remove(key);
        }
    }, SETTINGS, new Ignored(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void nothingExpiresBeforeTheIndexHasSeenAPage() {
        assertNull(index.newestSeen());
        assertFalse(index.expired("b:1", List.of(posting("old", NOW.minus(Duration.ofDays(400))))));
    }

    @Test
    void aKeyExpiresOnceTheTaskTimeIsAWindowPastItsNewestPosting() {
        probe("b:7", "p1", NOW.minus(Duration.ofDays(10)));
        List<Posting> band = filed.get("b:7");
        assertFalse(index.expired("b:7", band), "its own page is the newest");

        probe("b:8", "p2", NOW.minus(Duration.ofDays(7)).minusSeconds(1));
        assertFalse(index.expired("b:7", band), "3 days minus a second behind: still within the near window");
        probe("b:8", "p3", NOW.minus(Duration.ofDays(7)).plusSeconds(1));
        assertTrue(index.expired("b:7", band), "3 days and a second behind");

        List<Posting> mixed = List.of(posting("old", NOW.minus(Duration.ofDays(20))),
                posting("recent", NOW.minus(Duration.ofDays(7))));
        assertFalse(index.expired("b:9", mixed), "one posting within the window keeps the key");
    }

    @Test
    void contentHashKeysKeepTheExactWindow() {
        probe("x:1", "p1", NOW.minus(Duration.ofDays(40)));
        probe("x:2", "p2", NOW);
        List<Posting> hash = List.of(posting("p1", NOW.minus(Duration.ofDays(25))));
        assertFalse(index.expired(Probe.EXACT_KEY_PREFIX + "abc", hash), "25 days: within 30");
        assertTrue(index.expired("b:1", hash), "a band key of the same age is gone");
        assertTrue(index.expired(Probe.EXACT_KEY_PREFIX + "abc",
                List.of(posting("p0", NOW.minus(Duration.ofDays(31))))));
    }

    @Test
    void aPageDatedFarAheadMovesTheTaskTimeOnlyADayPastTheClock() {
        probe("b:1", "today", NOW);
        probe("b:2", "future", NOW.plus(Duration.ofDays(365)));
        assertEquals(NOW.plus(BandIndex.MAX_AHEAD), index.newestSeen());
        assertFalse(index.expired("b:1", filed.get("b:1")), "today's keys are not swept by a wrong date");
    }

    private void probe(String key, String id, Instant seenAt) {
        index.onProbe(new Probe(List.of(key), posting(id, seenAt), 1, 1, true));
    }

    private static Posting posting(String id, Instant seenAt) {
        return new Posting(new DocRef(id, "https://x.example/" + id, "x.example", "t", "hash-" + id, seenAt), null);
    }

    private static final class Ignored implements DedupOutput {
        @Override
        public void article(Article article) {
        }

        @Override
        public void duplicate(Duplicate duplicate) {
        }

        @Override
        public void probe(Probe probe) {
        }

        @Override
        public void answer(Answer answer) {
        }

        @Override
        public void command(String key, DedupCommand command) {
        }

        @Override
        public void redelivered(String id) {
        }
    }
}
