package io.newsflow.enrich.dedup;

import io.newsflow.events.Duplicate;
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
 * <p>A key's postings are pruned to its window whenever the key is written; a key nobody writes for its
 * {@link #window} is dropped by the topology's sweep.
 *
 * <p>Not thread-safe: one instance per stream task, over that task's store.
 */
public final class BandIndex {

    private final StateStore<List<Posting>> store;
    private final DedupSettings settings;
    private final DedupOutput out;

    public BandIndex(StateStore<List<Posting>> store, DedupSettings settings, DedupOutput out) {
        this.store = store;
        this.settings = settings;
        this.out = out;
    }

    /**
     * Answers a probe with the verified earlier copies filed under its keys (one answer for all of them; each
     * earlier page verified once however many keys it shares), then files the page under each key.
     */
    public void onProbe(Probe probe) {
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
        Duration window = window(key);
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

    /**
     * A key's window: exact copies meet under content hashes within the exact window, near copies under bands and
     * anchors within the near window. It is also how long a key nobody writes is kept, counted in the time pages
     * reach the index: a copy that arrives later than that after the last page filed under a key no longer finds it
     * there.
     */
    public Duration window(String key) {
        return Probe.exact(key) ? settings.exactWindow() : settings.nearWindow();
    }

    /** Files the page under the key, dropping postings that fell out of the window and the oldest beyond the cap. */
    private void remember(Probe probe, String key, List<Posting> filed) {
        boolean exact = Probe.exact(key);
        Posting posting = exact
                ? new Posting(probe.posting().doc(), null) // the hash key verifies by hash alone
                : probe.posting();
        Duration window = window(key);
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
