package io.newsflow.enrich.dedup;

import static io.newsflow.enrich.TestPages.T0;
import static io.newsflow.enrich.TestPages.fixture;
import static io.newsflow.enrich.TestPages.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.fingerprint.Fingerprinter;
import io.newsflow.events.JsonSerde;
import io.newsflow.events.Page;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A page's probes: one per partition of the band stage its lookup keys fall in, and how they read back. */
class ProbeTest {

    private static final Fingerprinter FINGERPRINTER = new Fingerprinter();

    @Test
    void aPageSendsOneProbePerPartitionOfItsKeysAndEveryKeyOnce() {
        List<Probe> probes = new ArrayList<>();
        ArticleLedger ledger = new ArticleLedger(new DedupReplay.MapStore<>(), DedupSettings.DEFAULTS,
                new Recorded(probes, new ArrayList<>()), key -> Math.floorMod(key.hashCode(), 4));
        Page page = page("https://a.example/bridge", "Bridge", fixture("dedup/bridge.txt"), T0);
        EnrichedPage enriched = new EnrichedPage(Articles.draft(page, "en", 1, null, null, null, null, 0, null),
                FINGERPRINTER.fingerprint(page.text()));

        ledger.onPage(page, T0, p -> enriched);

        Set<String> keys = new HashSet<>(enriched.fingerprint().lookupKeys());
        keys.add(Probe.EXACT_KEY_PREFIX + page.contentHash());
        assertTrue(probes.size() > 1 && probes.size() <= 4, probes.size() + " probes");
        List<String> sent = probes.stream().flatMap(p -> p.keys().stream()).toList();
        assertEquals(keys, Set.copyOf(sent));
        assertEquals(keys.size(), sent.size(), "no key twice");
        Set<Integer> partitions = new HashSet<>();
        for (Probe p : probes) {
            assertEquals(probes.size(), p.expected(), "the collector waits for one answer per probe");
            Set<Integer> ofProbe = new HashSet<>();
            p.keys().forEach(k -> ofProbe.add(Math.floorMod(k.hashCode(), 4)));
            assertEquals(1, ofProbe.size(), "a probe's keys share one partition");
            assertTrue(partitions.addAll(ofProbe), "one probe per partition");
        }
    }

    @Test
    void aProbeReadsBackAndOneOfAVersionThatSentOneKeyPerProbeReadsAsOneKey() {
        JsonSerde<Probe> serde = JsonSerde.of(Probe.class);
        Posting posting = new Posting(new DocRef("id1", "https://a.example/x", "a.example", "Title", "hash", T0), null);
        Probe probe = new Probe(List.of("h:hash", "b:3:abc"), posting, 2, 3, false);

        assertEquals(probe, serde.deserialize("t", serde.serialize("t", probe)));
        String earlier = """
                {"key":"b:3:abc","posting":{"doc":{"id":"id1","url":"https://a.example/x","site":"a.example",\
                "title":"Title","content_hash":"hash","seen_at":"2026-03-02T08:00:00Z"}},"revision":2,"expected":41,\
                "file_only":true}""";
        Probe read = serde.deserialize("t", earlier.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("b:3:abc"), read.keys());
        assertEquals("b:3:abc", read.key());
        assertEquals(41, read.expected());
        assertTrue(read.fileOnly());
        assertEquals(posting.doc(), read.posting().doc());
    }
}
