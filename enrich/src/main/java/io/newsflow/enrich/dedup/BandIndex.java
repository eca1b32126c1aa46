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
 * <p>A page's fingerprint is kept once in the partition, under its {@link #fingerprintKey}; its postings under
 * the lookup keys name the page and refer to that entry, so that a page costs one fingerprint in the store and its
 * changelog, not one for each of its ~40 keys (each rewritten whenever another page is filed under the key).
 * Postings written by earlier versions, with the fingerprint in them, are read as they are.
 *
 * <p>A key's postings are pruned to its window whenever the key is written; a key nobody writes for its
 * {@link #window} is dropped by the topology's sweep, fingerprints as the near window's keys. A fingerprint found
 * to be an earlier copy's original is written again, so that it stays while its copies keep arriving, as the keys
 * they share with it do. A posting whose fingerprint has gone (its page filed more than the near window ago, under a
 * key later pages kept) is not verified: its page is no longer found there.
 *
 * <p>Not thread-safe: one instance per stream task, over that task's store.
 */
public final class BandIndex {

    /** Prefix of the key a page's fingerprint is kept under ({@link #fingerprintKey}). */
    public static final String FINGERPRINT_KEY_PREFIX = "f:";

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
        boolean near = false;
        for (String key : probe.keys()) {
            List<Posting> filed = store.get(key);
            if (filed == null) {
                filed = List.of();
            }
            if (!probe.fileOnly()) {
                verifyCopies(probe, key, filed, verified, rejected);
            }
            remember(probe, key, filed);
            near |= !Probe.exact(key);
        }
        if (near) {
            store.put(fingerprintKey(probe.posting().doc()), List.of(probe.posting()));
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
            List<Posting> kept = earlier.fingerprint() != null ? List.of(earlier)
                    : store.get(fingerprintKey(earlier.doc()));
            if (kept == null || kept.isEmpty() || kept.get(0).fingerprint() == null) {
                rejected.add(id); // its fingerprint has left the store: it cannot be verified
                continue;
            }
            double score = settings.nearDuplicateScore(probe.posting().fingerprint(), kept.get(0).fingerprint());
            if (score >= 0) {
                verified.put(id, new Match(earlier.doc(), sameText ? 1.0 : score,
                        sameText ? Duplicate.EXACT : Duplicate.NEAR));
                if (earlier.fingerprint() == null) {
                    store.put(fingerprintKey(earlier.doc()), kept); // kept while its copies keep arriving
                }
            } else {
                rejected.add(id);
            }
        }
    }

    /**
     * Where a page's fingerprint is kept, by content as well as page, so that the postings of an article's earlier
     * content verify against that content.
     */
    public static String fingerprintKey(DocRef doc) {
        return FINGERPRINT_KEY_PREFIX + doc.contentHash() + ":" + doc.id();
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
        // the hash key verifies by hash alone, the others by the fingerprint kept under the page's own key
        Posting posting = new Posting(probe.posting().doc(), null);
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
