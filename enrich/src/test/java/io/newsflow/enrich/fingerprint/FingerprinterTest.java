package io.newsflow.enrich.fingerprint;

import static io.newsflow.enrich.TestPages.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.events.Json;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FingerprinterTest {

    private static final String BRIDGE = fixture("dedup/bridge.txt");

    @Test
    void separateInstancesComputeTheSameLookupKeysSoEveryAppInstanceAgrees() {
        assertEquals(new Fingerprinter().fingerprint(BRIDGE), new Fingerprinter().fingerprint(BRIDGE));
    }

    @Test
    void shingleHashesAreSortedAsArraysSortSortsThemWhateverTheirSigns() {
        SplittableRandom random = new SplittableRandom(7);
        for (int length : new int[] {0, 1, 255, 256, 257, 1900, 20_000}) {
            int[] values = random.ints(length).toArray();
            for (int k = 0; k < length / 3; k++) {
                values[k] = values[random.nextInt(length)] & 0x80ff00ff; // repeats, and few distinct bytes
            }
            int[] expected = values.clone();
            Arrays.sort(expected);
            int[] copy = values.clone();
            assertTrue(Arrays.equals(expected, Fingerprinter.sorted(values, length)), "length " + length);
            assertTrue(Arrays.equals(copy, values), "the values are left as they were");
        }
        int[] firstFive = {3, Integer.MAX_VALUE, 0, -1, Integer.MIN_VALUE, 9};
        assertTrue(Arrays.equals(new int[] {Integer.MIN_VALUE, -1, 0, 3, Integer.MAX_VALUE},
                Fingerprinter.sorted(firstFive, 5)));
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

    /**
     * The lookup keys of a text are those every earlier version computed for it: the band index holds the keys of
     * the pages of the last days, and a new page meets them only under the same keys.
     */
    @Test
    void theLookupKeysOfATextAreTheKeysEarlierVersionsStored() {
        String text = "The central bank raised its main interest rate by a quarter of a percentage point on Thursday, "
                + "the third increase this year, saying that inflation was still well above its target of two "
                + "percent and that wages were rising faster than expected. Officials said further increases "
                + "could not be ruled out.";
        assertEquals(List.of("b0:20cebefbdb3cbb8", "b1:2cbe70fe2eabc7c", "b2:89b51a2bb0356f0e", "b3:82cbbc443ed6f45f",
                "b4:dfa35524679aed9d", "b5:7246b9da18797005", "b6:40baa269f7815c15", "b7:3933a77fbb1cbe89",
                "b8:5397b72907eb3eea", "b9:1dc07eb5f9e6a9ac", "b10:1bbe69133c565650", "b11:e091f47fa9762cd2",
                "b12:a7a6c90ac026fb6e", "b13:929b34ad7d92f5fe", "b14:ec7dd9a3929583e7", "b15:947a6f2f270bb5ca",
                "b16:7c720a8fbc541710", "b17:4baf3ba9a1d19654", "b18:9cd1ef0cc88e9839", "b19:7ee848f31eaacffa",
                "b20:8545899e635b0397", "b21:6cf1e8dbb8bcd51c", "b22:511ab636fc8d2c6", "b23:eaa725b3fd79f3a4",
                "a:81ca6893", "a:87f9a12f", "a:8803f4b0", "a:8efda19b", "a:9f47200f", "a:a887ad45", "a:a8be43fb",
                "a:a96f655b", "a:ce9cb620", "a:cfa6836b", "a:e1135f52", "a:e2692f50", "a:e450a68a", "a:e5d13744",
                "a:e8f90de7", "a:ea44be72"), new Fingerprinter().fingerprint(text).lookupKeys());
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

    @Test
    void theScannersTokensAreTheRegularExpressionsMatches() throws java.io.IOException {
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of("", "a", "...", "U.S. 1,200.50 o'neill",
                "rock’n’roll, x.y. 3.", "d'', 'a' ,b", "Ⅻ ½ ٣ 𝟘𝟙 𝐀𝐁", "naïve café 東京 서울", "end.", "x,", "a..b a.,b",
                "\uD835\uDC00\u2019\uD835\uDC01"));
        var truth = io.newsflow.testkit.SharedData.find("data/extract-dev/truth.jsonl");
        if (truth.isPresent()) {
            for (String line : java.nio.file.Files.readAllLines(truth.get())) {
                texts.add(Json.mapper().readTree(line).path("text").asText(""));
            }
        }
        for (String text : texts) {
            var m = Fingerprinter.TOKEN.matcher(text);
            int start = Fingerprinter.tokenStart(text, 0);
            while (m.find()) {
                assertEquals(m.start(), start, text);
                int end = Fingerprinter.tokenEnd(text, start);
                assertEquals(m.group(), text.substring(start, end), text);
                start = Fingerprinter.tokenStart(text, end);
            }
            assertEquals(text.length(), start, text);
        }
    }

    @Test
    void foldingDropsWhatTheMarksExpressionMatches() throws java.io.IOException {
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of("", "plain", "naïve café",
                "Ångström Dvořák Nguyễn Thị", "क्षत्रिय", "ﬁ ½ Ⅻ", "a\u0301\u0302b\u20DD", "\u0301", "x\uD834\uDD65y",
                "\uD800 lone"));
        var truth = io.newsflow.testkit.SharedData.find("data/extract-dev/truth.jsonl");
        if (truth.isPresent()) {
            for (String line : java.nio.file.Files.readAllLines(truth.get())) {
                texts.add(Json.mapper().readTree(line).path("text").asText(""));
            }
        }
        java.util.regex.Pattern marks = java.util.regex.Pattern.compile("\\p{M}+");
        for (String text : texts) {
            String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD);
            assertEquals(marks.matcher(decomposed).replaceAll(""), Fingerprinter.withoutMarks(decomposed), text);
        }
    }

    @Test
    void decomposingCodePointByCodePointGivesWhatDecomposingTheWholeTextGives() {
        for (String text : new String[] {"plain ASCII", "Müller’s café – “naïve” …", "e\u0301\u0316 a\u0316\u0301",
            "\u0301 a mark first", "ﬁnance ﬂoor ½ ² Ｆｕｌｌ\u00A0width", "한국어 뉴스", "ΟΔΟΣ Σ σς", "\uD835\uDC00\uD835\uDC01",
            "Ǆ ǅ ǆ ß İ ı", "\u0F73\u0F75 \u0344 \u1E9B\u0323"}) {
            assertEquals(Fingerprinter.withoutMarks(Normalizer.normalize(text, Normalizer.Form.NFKD)),
                    Fingerprinter.withoutMarksDecomposed(text), text);
        }
        // every assigned code point, between marks of low and high combining classes
        StringBuilder text = new StringBuilder();
        for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.getType(cp) == Character.UNASSIGNED || Character.getType(cp) == Character.SURROGATE) {
                continue;
            }
            text.append("a\u0301").appendCodePoint(cp).append("\u0334\u05B0 ");
            if (text.length() > 4_000 || cp == Character.MAX_CODE_POINT) {
                String t = text.toString();
                assertEquals(Fingerprinter.withoutMarks(Normalizer.normalize(t, Normalizer.Form.NFKD)),
                        Fingerprinter.withoutMarksDecomposed(t), "code points before U+" + Integer.toHexString(cp));
                text.setLength(0);
            }
        }
    }
}
