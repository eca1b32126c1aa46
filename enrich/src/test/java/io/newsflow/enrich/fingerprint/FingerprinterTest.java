package io.newsflow.enrich.fingerprint;

import static io.newsflow.enrich.TestPages.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FingerprinterTest {

    private static final String BRIDGE = fixture("dedup/bridge.txt");

    @Test
    void separateInstancesComputeTheSameLookupKeysSoEveryAppInstanceAgrees() {
        assertEquals(new Fingerprinter().fingerprint(BRIDGE), new Fingerprinter().fingerprint(BRIDGE));
    }

    @Test
    void caseAccentsAndPunctuationDoNotChangeTheFingerprint() {
        Fingerprinter f = new Fingerprinter();
        assertEquals(f.fingerprint("The Café opened, said the mayor."), f.fingerprint("the cafe opened said THE MAYOR"));
    }

    @Test
    void aLeadCopyIsContainedInItsOriginalButUnrelatedTextIsNot() {
        Fingerprinter f = new Fingerprinter();
        Fingerprint original = f.fingerprint(BRIDGE);
        Similarity lead = Similarity.of(f.fingerprint(BRIDGE.split("\n\n")[0]), original);
        Similarity other = Similarity.of(f.fingerprint(fixture("dedup/library.txt")), original);
        assertTrue(lead.containment() > 0.9, "lead containment " + lead);
        assertTrue(lead.jaccard() < 0.3, "lead jaccard " + lead);
        assertTrue(other.score() < 0.1, "unrelated " + other);
    }

    @Test
    void aLongTextHasBandAndLeadAnchorKeysAndAnEmptyTextHasNone() {
        Fingerprinter f = new Fingerprinter();
        assertEquals(Fingerprinter.BANDS + Fingerprinter.ANCHORS, f.fingerprint(BRIDGE).lookupKeys().size());
        assertTrue(f.fingerprint("  ").lookupKeys().isEmpty());
    }
}
