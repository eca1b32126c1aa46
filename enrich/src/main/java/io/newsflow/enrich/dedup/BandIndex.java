package io.newsflow.enrich.dedup;

import io.newsflow.events.Duplicate;
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

    public void onProbe(Probe probe) {
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
