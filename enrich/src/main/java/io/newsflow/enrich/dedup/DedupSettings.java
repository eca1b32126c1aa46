package io.newsflow.enrich.dedup;

import io.newsflow.enrich.fingerprint.Fingerprint;
import io.newsflow.enrich.fingerprint.Similarity;
import java.time.Duration;
import java.util.Objects;

/**
 * The de-duplication windows and thresholds. Immutable.
 *
 * @param urlWindow          how long a URL's content hash is remembered (same hash again = redelivery)
 * @param exactWindow        how long a content hash finds exact copies at other URLs
 * @param nearWindow         how far apart in time two texts may be and still be near-duplicates
 * @param minJaccard         shingle Jaccard from which two texts are near-duplicates
 * @param minContainment     containment of the shorter text from which it is a (truncated) copy
 * @param minContainedShingles the shorter text needs this many shingles for containment to count
 * @param minNumberOverlap   share of quoted numbers two copies must share (templated reports differ there)
 * @param maxPostingsPerKey  postings kept per lookup key, newest first (bounds the state of very common keys)
 */
public record DedupSettings(Duration urlWindow, Duration exactWindow, Duration nearWindow, double minJaccard,
                            double minContainment, int minContainedShingles, double minNumberOverlap,
                            int maxPostingsPerKey) {

    public static final DedupSettings DEFAULTS = new DedupSettings(Duration.ofDays(30), Duration.ofDays(30),
            Duration.ofDays(3), 0.5, 0.7, 12, 0.5, 200);

    public DedupSettings {
        Objects.requireNonNull(urlWindow, "urlWindow");
        Objects.requireNonNull(exactWindow, "exactWindow");
        Objects.requireNonNull(nearWindow, "nearWindow");
    }

    public DedupSettings withWindows(Duration url, Duration exact, Duration near) {
        return new DedupSettings(url, exact, near, minJaccard, minContainment, minContainedShingles,
                minNumberOverlap, maxPostingsPerKey);
    }

    /**
     * Whether two fingerprints are near-duplicates: similar shingles (or the shorter contained in the longer) and
     * the same figures. Returns the similarity to report, or a negative number when they are not.
     */
    public double nearDuplicateScore(Fingerprint a, Fingerprint b) {
        Similarity s = Similarity.of(a, b);
        if (s.numberOverlap() < minNumberOverlap) {
            return -1;
        }
        boolean contained = s.containment() >= minContainment
                && Math.min(a.shingleCount(), b.shingleCount()) >= minContainedShingles;
        return s.jaccard() >= minJaccard || contained ? s.score() : -1;
    }
}
