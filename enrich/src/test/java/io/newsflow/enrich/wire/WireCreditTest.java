package io.newsflow.enrich.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class WireCreditTest {

    private final WireCredit wire = new WireCredit();

    @Test
    void aParenthesisedCreditNamesTheAgency() {
        assertEquals("Yonhap", wire.credited("The envoy spoke in Seoul on Thursday.\n\n(Yonhap)"));
        assertEquals("AP", wire.credited("WASHINGTON (AP) -- The Senate voted."));
    }

    @Test
    void attributionInTheTextNamesTheAgency() {
        assertEquals("Yonhap", wire.credited("According to Yonhap News Agency, the statement was joint."));
        assertEquals("VOA", wire.credited("a State Department spokesperson told VOA's Korean Service"));
    }

    @Test
    void aCreditLineWinsOverAnAgencyQuotedInTheText() {
        assertEquals("Yonhap", wire.credited("Officials told Reuters the talks had stalled.\n\n(Yonhap)"));
    }

    @Test
    void textWithoutACreditHasNone() {
        assertNull(wire.credited("The council voted to close the bridge. Apple pie was served."));
    }
}
