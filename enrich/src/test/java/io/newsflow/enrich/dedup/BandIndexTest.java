package io.newsflow.enrich.dedup;

import static io.newsflow.enrich.TestPages.T0;
import static io.newsflow.enrich.TestPages.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.fingerprint.Fingerprint;
import io.newsflow.enrich.fingerprint.Fingerprinter;
import io.newsflow.events.Duplicate;
import io.newsflow.events.PageKeys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The band index's store: each page's fingerprint kept once, its postings naming it under every lookup key. */
class BandIndexTest {

    private static final Fingerprinter FINGERPRINTER = new Fingerprinter();
    private static final String BRIDGE = fixture("dedup/bridge.txt");
    /** Another paper's copy: the same story with a line of its own. */
    private static final String COPY = BRIDGE + "\n\nThe council will publish its report on the closure next week.";

    private final Map<String, List<Posting>> stored = new HashMap<>();
    private final List<String> writes = new ArrayList<>();
    private final List<Answer> answers = new ArrayList<>();
    private final BandIndex index = new BandIndex(new StateStore<>() {
        @Override
        public List<Posting> get(String key) {
            return stored.get(key);
        }

        @Override
        public void put(String key, List<Posting> value) {
            writes.add(key);
            stored.put(key, value);
        }

        @Override
        public void delete(String key) {
            stored.remove(key);
        }
    }, DedupSettings.DEFAULTS, new Recorded(new ArrayList<>(), answers));

    @Test
    void aPageIsFiledUnderEachKeyWithoutItsFingerprintWhichIsKeptOnce() {
        Probe probe = probe("https://a.example/bridge", BRIDGE, T0);
        index.onProbe(probe);

        DocRef doc = probe.posting().doc();
        for (String key : probe.keys()) {
            List<Posting> filed = stored.get(key);
            assertEquals(1, filed.size(), key);
            assertEquals(doc, filed.get(0).doc());
            assertNull(filed.get(0).fingerprint(), "no fingerprint under " + key);
        }
        assertEquals(probe.keys().size() + 1, stored.size(), "the lookup keys and one fingerprint");
        assertEquals(List.of(probe.posting()), stored.get(BandIndex.fingerprintKey(doc)));
    }

    @Test
    void aCopyIsVerifiedAgainstTheKeptFingerprintWhichIsWrittenAgainSoThatItStaysWhileCopiesArrive() {
        Probe original = probe("https://a.example/bridge", BRIDGE, T0);
        index.onProbe(original);
        writes.clear();

        index.onProbe(probe("https://b.example/copy", COPY, T0.plusSeconds(3600)));

        Answer answer = answers.get(answers.size() - 1);
        assertEquals(1, answer.matches().size());
        assertEquals(original.posting().doc().id(), answer.matches().get(0).doc().id());
        assertEquals(Duplicate.NEAR, answer.matches().get(0).method());
        assertTrue(writes.contains(BandIndex.fingerprintKey(original.posting().doc())), writes.toString());
    }

    @Test
    void postingsOfEarlierVersionsWithTheFingerprintInThemAreVerifiedAsBefore() {
        Probe original = probe("https://a.example/bridge", BRIDGE, T0);
        Probe copy = probe("https://b.example/copy", COPY, T0.plusSeconds(3600));
        // as an earlier version filed the original: its fingerprint in the posting, no entry of its own
        for (String key : copy.keys()) {
            stored.put(key, List.of(original.posting()));
        }

        index.onProbe(copy);

        Answer answer = answers.get(0);
        assertEquals(1, answer.matches().size());
        assertEquals(original.posting().doc().id(), answer.matches().get(0).doc().id());
        assertNull(stored.get(BandIndex.fingerprintKey(original.posting().doc())), "read as it was, not moved");
    }

    @Test
    void aPostingWhoseFingerprintHasGoneIsNotVerifiedAndTheCopyIsStillFiled() {
        Probe original = probe("https://a.example/bridge", BRIDGE, T0);
        index.onProbe(original);
        stored.remove(BandIndex.fingerprintKey(original.posting().doc())); // as the sweep drops it

        Probe copy = probe("https://b.example/copy", COPY, T0.plusSeconds(3600));
        index.onProbe(copy);

        assertEquals(List.of(), answers.get(answers.size() - 1).matches());
        assertNotNull(stored.get(BandIndex.fingerprintKey(copy.posting().doc())));
        for (String key : copy.keys()) {
            assertEquals(copy.posting().doc(), stored.get(key).get(0).doc(), key);
        }
    }

    @Test
    void anArticlesEarlierContentVerifiesAgainstThatContentNotItsLatest() {
        Probe first = probe("https://a.example/bridge", BRIDGE, T0);
        index.onProbe(first);
        // the same article rewritten: its new content filed under its new keys, the old content's fingerprint stays
        Probe rewritten = probe("https://a.example/bridge", "A different story about the town's library, which"
                + " reopens after two years of work on its roof, its windows and its reading rooms.", T0.plusSeconds(60));
        index.onProbe(new Probe(rewritten.keys(), rewritten.posting(), 2, 1, true));

        index.onProbe(probe("https://b.example/copy", COPY, T0.plusSeconds(3600)));

        Answer answer = answers.get(answers.size() - 1);
        assertEquals(1, answer.matches().size(), "the copy of the first content still finds the article");
        assertEquals(first.posting().doc().contentHash(), answer.matches().get(0).doc().contentHash());
    }

    /** The probe a page of this text sends to a single band partition: all its keys, its content hash first. */
    private static Probe probe(String url, String text, Instant seenAt) {
        Fingerprint fingerprint = FINGERPRINTER.fingerprint(text);
        String hash = PageKeys.contentHash(text);
        DocRef doc = new DocRef(PageKeys.id(url), url, url.split("/")[2], "Bridge", hash, seenAt);
        List<String> keys = new ArrayList<>();
        keys.add(Probe.EXACT_KEY_PREFIX + hash);
        keys.addAll(fingerprint.lookupKeys());
        return new Probe(keys, new Posting(doc, fingerprint.forVerification()), 1, 1, false);
    }
}
