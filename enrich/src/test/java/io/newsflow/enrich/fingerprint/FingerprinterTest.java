package io.newsflow.enrich.fingerprint;

import static io.newsflow.enrich.TestPages.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.events.Json;
import java.util.Arrays;
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

    /** Stored and sent as JSON: the hashes packed (half the bytes), and fingerprints stored by earlier versions read. */
    @Test
    void aFingerprintSurvivesJsonPackedAndTheEarlierArrayFormIsStillRead() throws Exception {
        Fingerprint original = new Fingerprinter().fingerprint(BRIDGE);
        String json = Json.mapper().writeValueAsString(original);
        assertEquals(original, Json.mapper().readValue(json, Fingerprint.class));

        ObjectNode earlier = (ObjectNode) Json.mapper().readTree(json);
        earlier.set("sketch", Json.mapper().valueToTree(Arrays.stream(original.sketch()).boxed().toList()));
        earlier.set("lead", Json.mapper().valueToTree(Arrays.stream(original.lead()).boxed().toList()));
        assertEquals(original, Json.mapper().treeToValue(earlier, Fingerprint.class));
        assertTrue(json.length() * 3 < earlier.toString().length() * 2, json.length() + " against " + earlier.toString().length());
    }

    @Test
    void whatIsKeptForVerificationHasNoLookupKeysButVerifiesTheSame() {
        Fingerprinter f = new Fingerprinter();
        Fingerprint original = f.fingerprint(BRIDGE);
        Fingerprint kept = original.forVerification();
        assertTrue(kept.lookupKeys().isEmpty());
        Fingerprint lead = f.fingerprint(BRIDGE.split("\n\n")[0]);
        assertEquals(Similarity.of(lead, original), Similarity.of(lead, kept));
    }
}
