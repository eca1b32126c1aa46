package io.newsflow.enrich.dedup;

import io.newsflow.events.Duplicate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lookup side of de-duplication, keyed by lookup key (content hash, LSH band or lead anchor): answers a probe
 * with the verified earlier copies filed under its keys within their windows, then files the probing page there too.
 * A probe carries the keys of one partition and its first key is the record key, so the index spreads over
 * partitions like any other keyed state.
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

    /**
     * Answers a probe with the verified earlier copies filed under its keys (one answer for all of them; each
     * earlier page verified once however many keys it shares), then files the page under each key.
     */
    public void onProbe(Probe probe) {
        Instant seen = probe.posting().doc().seenAt();
        if (newestSeen == null || seen.isAfter(newestSeen)) {
            Instant limit = clock.instant().plus(MAX_AHEAD);
            newestSeen = seen.isAfter(limit) ? limit : seen;
        }
        Map<String, Match> verified = new LinkedHashMap<>();
        Set<String> rejected = new HashSet<>();
        for (String key : probe.keys()) {
            List<Posting> filed = store.get(key);
            if (filed == null) {
                filed = List.of();
            }
            if (!probe.fileOnly()) {
                verifyCopies(probe, key, filed, verified, rejected);
            }
            remember(probe, key, filed);
        }
        if (!probe.fileOnly()) {
            out.answer(new Answer(probe.posting().doc(), probe.revision(), probe.expected(),
                    List.copyOf(verified.values())));
        }
    }

    /**
     * Adds the earlier pages under {@code key} that are copies of the probing page to {@code verified}, by page id,
     * keeping an exact copy over a near one; pages found not to be copies go to {@code rejected} and are not
     * compared again under the probe's other keys.
     */
    private void verifyCopies(Probe probe, String key, List<Posting> filed, Map<String, Match> verified,
                              Set<String> rejected) {
        DocRef doc = probe.posting().doc();
        boolean exact = Probe.exact(key);
        Duration window = exact ? settings.exactWindow() : settings.nearWindow();
        for (Posting earlier : filed) {
            String id = earlier.doc().id();
            if (id.equals(doc.id()) || !ArticleLedger.within(earlier.doc().seenAt(), doc.seenAt(), window)) {
                continue;
            }
            boolean sameText = earlier.doc().contentHash().equals(doc.contentHash());
            if (exact) {
                if (sameText) {
                    verified.put(id, new Match(earlier.doc(), 1.0, Duplicate.EXACT));
                }
                continue;
            }
            if (verified.containsKey(id) || rejected.contains(id)) {
                continue;
            }
            double score = settings.nearDuplicateScore(probe.posting().fingerprint(), earlier.fingerprint());
            if (score >= 0) {
                verified.put(id, new Match(earlier.doc(), sameText ? 1.0 : score,
                        sameText ? Duplicate.EXACT : Duplicate.NEAR));
            } else {
                rejected.add(id);
            }
        }
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
        Instant cut = newestSeen.minus(Probe.exact(key) ? settings.exactWindow() : settings.nearWindow());
        return filed.stream().allMatch(p -> p.doc().seenAt().isBefore(cut));
    }

    /** Files the page under the key, dropping postings that fell out of the window and the oldest beyond the cap. */
    private void remember(Probe probe, String key, List<Posting> filed) {
        boolean exact = Probe.exact(key);
        Posting posting = exact
                ? new Posting(probe.posting().doc(), null) // the hash key verifies by hash alone
                : probe.posting();
        Duration window = exact ? settings.exactWindow() : settings.nearWindow();
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
        store.put(key, List.copyOf(kept.subList(0, Math.min(kept.size(), settings.maxPostingsPerKey()))));
    }
}
