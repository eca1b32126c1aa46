package io.newsflow.enrich.fingerprint;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Arrays;
import java.util.List;

/**
 * What de-duplication knows about one text: a bottom-k sketch of its word-shingle hashes (enough to estimate
 * Jaccard similarity and containment against another fingerprint), its shingle count, the numbers it quotes and
 * the lookup keys (LSH bands and lead anchors) under which near-duplicates meet.
 *
 * <p>In JSON the sketch and the lead are base64 strings of their bytes ({@link PackedInts}).
 *
 * <p>Immutable: the sketch array is copied in and out. Thread-safe.
 *
 * @param shingleCount number of distinct shingles in the text
 * @param sketch       the smallest shingle hashes, ascending, at most {@link Fingerprinter#SKETCH_SIZE}
 * @param lead         the distinct hashes of the first {@link Fingerprinter#LEAD_SHINGLES} shingles, ascending, so
 *                     that a copy cut down to its lead can be checked against the whole lead of a long original
 * @param numbers      the numeric tokens in text order, at most {@link Fingerprinter#MAX_NUMBERS} (templated reports
 *                     differ there)
 * @param lookupKeys   distinct LSH band keys and lead-anchor keys
 */
public record Fingerprint(int shingleCount,
                          @JsonSerialize(using = PackedInts.Serializer.class)
                          @JsonDeserialize(using = PackedInts.Deserializer.class) int[] sketch,
                          @JsonSerialize(using = PackedInts.Serializer.class)
                          @JsonDeserialize(using = PackedInts.Deserializer.class) int[] lead,
                          List<String> numbers, List<String> lookupKeys) {

    public Fingerprint {
        sketch = sketch == null ? new int[0] : sketch.clone();
        lead = lead == null ? new int[0] : lead.clone();
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
        lookupKeys = lookupKeys == null ? List.of() : List.copyOf(lookupKeys);
    }

    @Override
    public int[] sketch() {
        return sketch.clone();
    }

    @Override
    public int[] lead() {
        return lead.clone();
    }

    /**
     * This fingerprint without its lookup keys: what verifying a candidate needs, carried by each of the page's
     * probes and kept under each of its keys (the keys themselves are a third of a fingerprint's bytes).
     */
    public Fingerprint forVerification() {
        return lookupKeys.isEmpty() ? this : new Fingerprint(shingleCount, sketch, lead, numbers, List.of());
    }

    /** The sketch without a defensive copy, for the similarity code in this package that only reads it. */
    int[] sketchView() {
        return sketch;
    }

    int[] leadView() {
        return lead;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && f.shingleCount == shingleCount && Arrays.equals(f.sketch, sketch) && Arrays.equals(f.lead, lead)
                && f.numbers.equals(numbers) && f.lookupKeys.equals(lookupKeys);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(sketch) + shingleCount;
    }

    @Override
    public String toString() {
        return "Fingerprint[shingles=" + shingleCount + ", sketch=" + sketch.length + ", numbers=" + numbers
                + ", keys=" + lookupKeys.size() + "]";
    }
}
