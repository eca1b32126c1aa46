package io.newsflow.ingest.clean.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body-text metric published extractor results use, so that our figures compare with theirs.
 *
 * <p>Tokens are the matches of {@code [\p{L}\p{N}_]+} (no lower-casing); a text is the multiset of its token
 * 4-grams {@code t[i..i+4)} for {@code i} in {@code 0 .. max(1, n-3)-1}, so a text of one to three tokens has one
 * short shingle and an empty text none. Per page, over shingles, {@code tp = Σ min(T,P)}, {@code fp = Σ max(0,P−T)},
 * {@code fn = Σ max(0,T−P)}; precision is 1 when {@code fp = fn = 0}, 0 when {@code tp = fp = 0}, else
 * {@code tp/(tp+fp)}; recall likewise with {@code fn}. Stateless and thread-safe.
 */
public final class ShingleScore {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int N = 4;

    private ShingleScore() {
    }

    /** One page's score. {@code tp}, {@code fp} and {@code fn} are normalised by their sum (all 0 when it is 0). */
    public record PageScore(double tp, double fp, double fn, double precision, double recall) {

        /** Whether the extraction produced at least one shingle that counts (the page enters mean precision). */
        public boolean hasPrediction() {
            return tp + fp > 0;
        }

        /** Whether the truth has at least one shingle that counts (the page enters mean recall). */
        public boolean hasTruth() {
            return tp + fn > 0;
        }
    }

    /** Scores one extracted text against its truth. */
    public static PageScore score(String truth, String predicted) {
        Map<List<String>, Integer> t = shingles(tokens(truth));
        Map<List<String>, Integer> p = shingles(tokens(predicted));
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            int tc = t.getOrDefault(e.getKey(), 0);
            tp += Math.min(tc, e.getValue());
            fp += Math.max(0, e.getValue() - tc);
        }
        for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
            fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        }
        double s = tp + fp + fn;
        double ntp = s > 0 ? tp / s : 0;
        double nfp = s > 0 ? fp / s : 0;
        double nfn = s > 0 ? fn / s : 0;
        return new PageScore(ntp, nfp, nfn, ratio(ntp, nfp, nfn), ratio(ntp, nfn, nfp));
    }

    /** tp/(tp+miss), with the metric's conventions for the degenerate cases. */
    private static double ratio(double tp, double miss, double other) {
        if (miss == 0 && other == 0) {
            return 1;
        }
        if (tp == 0 && miss == 0) {
            return 0;
        }
        return tp / (tp + miss);
    }

    /** The tokens of a text, in order. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The multiset of token 4-grams: one short shingle for 1–3 tokens, none for none. */
    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        int n = tokens.size();
        if (n == 0) {
            return out;
        }
        int count = Math.max(1, n - (N - 1));
        for (int i = 0; i < count; i++) {
            out.merge(List.copyOf(tokens.subList(i, Math.min(n, i + N))), 1, Integer::sum);
        }
        return out;
    }

    /** Corpus figures: mean precision over pages with a prediction, mean recall over pages with a truth. */
    public record CorpusScore(double precision, double recall, double f1, int pages, int empty) {

        /** Aggregates page scores; {@code empty} counts pages whose extraction was empty. */
        public static CorpusScore of(List<PageScore> scores, int empty) {
            double p = 0;
            int np = 0;
            double r = 0;
            int nr = 0;
            for (PageScore s : scores) {
                if (s.hasPrediction()) {
                    p += s.precision();
                    np++;
                }
                if (s.hasTruth()) {
                    r += s.recall();
                    nr++;
                }
            }
            double mp = np == 0 ? 0 : p / np;
            double mr = nr == 0 ? 0 : r / nr;
            double f1 = mp + mr == 0 ? 0 : 2 * mp * mr / (mp + mr);
            return new CorpusScore(mp, mr, f1, scores.size(), empty);
        }
    }
}
