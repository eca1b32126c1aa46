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
        assertEquals("dpa", wire.credited("Der Rat stimmte zu – „endlich“, sagte er. (dpa)"), "in a text beyond Latin-1");
        assertEquals("AFP", wire.credited("(AFP)"));
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

    /** The patterns are read around agency spellings only: a credit deep in a long text is found all the same. */
    @Test
    void aCreditDeepInALongTextIsFoundAndTheFirstAttributionWins() {
        String filler = "The council met again and the members argued about the budget for the new bridge. ".repeat(400);
        assertEquals("Reuters", wire.credited(filler + "The minister told   the Reuters news agency that talks would go on. "
                + filler + "Officials spoke to AFP later." + filler));
        assertEquals("Kyodo", wire.credited(filler + "TOKYO, May 2 (Kyodo News) -- The yen fell. " + filler));
        assertNull(wire.credited(filler + "Reuters Road was closed; the Associated Pressing Company said nothing."));
    }
}
