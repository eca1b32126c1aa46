package io.newsflow.enrich.dedup;

import io.newsflow.events.Duplicate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The lookup side of de-duplication, keyed by lookup key (content hash, LSH band or lead anchor): answers a probe
 * with the verified earlier copies filed under its key within the window, then files the probing page there too.
 * Because the key is the record key, the index spreads over partitions like any other keyed state.
 *
 * <p>A key's postings are pruned to its window whenever the key is written; a key that is never written again is
 * dropped by a sweep ({@link #expired}) once the task's time, the newest page time it has seen
 * ({@link #newestSeen}), has moved a window past the key's newest posting. Like the retention of Kafka Streams'
 * window stores, this is event time: a page whose time lies more than a window behind the newest page of the task
 * no longer finds copies under keys nobody has written since. Page times ahead of the wall clock (a wrong
 * publication date) do not move the task's time beyond a day ahead of it.
 *
 * <p>Not thread-safe: one instance per stream task, over that task's store.
 */
public final class BandIndex {

    private final StateStore<List<Posting>> store;
    private final DedupSettings settings;
    private final DedupOutput out;
    private final Clock clock;
    private Instant newestSeen;

    public BandIndex(StateStore<List<Posting>> store, DedupSettings settings, DedupOutput out) {
        this(store, settings, out, Clock.systemUTC());
    }

    /** A page time is trusted up to this far ahead of the wall clock. */
    static final Duration MAX_AHEAD = Duration.ofDays(1);

    BandIndex(StateStore<List<Posting>> store, DedupSettings settings, DedupOutput out, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.out = out;
        this.clock = clock;
    }

    public void onProbe(Probe probe) {
        Instant seen = probe.posting().doc().seenAt();
        if (newestSeen == null || seen.isAfter(newestSeen)) {
            Instant limit = clock.instant().plus(MAX_AHEAD);
            newestSeen = seen.isAfter(limit) ? limit : seen;
        }
        List<Posting> filed = store.get(probe.key());
        if (filed == null) {
            filed = List.of();
        }
        if (!probe.fileOnly()) {
            out.answer(new Answer(probe.posting().doc(), probe.revision(), probe.expected(), verifiedCopies(probe, filed)));
        }
        remember(probe, filed);
    }

    private List<Match> verifiedCopies(Probe probe, List<Posting> filed) {
        DocRef doc = probe.posting().doc();
        Duration window = probe.exact() ? settings.exactWindow() : settings.nearWindow();
        List<Match> matches = new ArrayList<>();
        for (Posting earlier : filed) {
            if (earlier.doc().id().equals(doc.id()) || !ArticleLedger.within(earlier.doc().seenAt(), doc.seenAt(), window)) {
                continue;
            }
            boolean sameText = earlier.doc().contentHash().equals(doc.contentHash());
            if (probe.exact()) {
                if (sameText) {
                    matches.add(new Match(earlier.doc(), 1.0, Duplicate.EXACT));
                }
                continue;
            }
            double score = settings.nearDuplicateScore(probe.posting().fingerprint(), earlier.fingerprint());
            if (score >= 0) {
                matches.add(new Match(earlier.doc(), sameText ? 1.0 : score, sameText ? Duplicate.EXACT : Duplicate.NEAR));
            }
        }
        return matches;
    }

    /** The newest page time this index has seen since it started (capped a day ahead of the clock), or null. */
    public Instant newestSeen() {
        return newestSeen;
    }

    /**
     * Whether the postings filed under {@code key} have all left its window behind the task's time, so that the key
     * can be deleted: no page of the task's time or later can match them. False before the index has seen a page.
     */
    public boolean expired(String key, List<Posting> filed) {
        if (newestSeen == null) {
            return false;
        }
        Instant cut = newestSeen.minus(key.startsWith(Probe.EXACT_KEY_PREFIX) ? settings.exactWindow() : settings.nearWindow());
        return filed.stream().allMatch(p -> p.doc().seenAt().isBefore(cut));
    }

    /** Files the page under the key, dropping postings that fell out of the window and the oldest beyond the cap. */
    private void remember(Probe probe, List<Posting> filed) {
        Posting posting = probe.exact()
                ? new Posting(probe.posting().doc(), null) // the hash key verifies by hash alone
                : probe.posting();
        Duration window = probe.exact() ? settings.exactWindow() : settings.nearWindow();
        List<Posting> kept = new ArrayList<>(filed.size() + 1);
        kept.add(posting);
        for (Posting p : filed) {
            if (!p.doc().id().equals(posting.doc().id())) {
                kept.add(p);
            }
        }
        Instant newest = kept.stream().map(p -> p.doc().seenAt()).max(Comparator.naturalOrder()).orElseThrow();
        kept.removeIf(p -> p.doc().seenAt().isBefore(newest.minus(window)));
        kept.sort(Comparator.comparing((Posting p) -> p.doc().seenAt()).reversed());
        store.put(probe.key(), List.copyOf(kept.subList(0, Math.min(kept.size(), settings.maxPostingsPerKey()))));
    }
}
