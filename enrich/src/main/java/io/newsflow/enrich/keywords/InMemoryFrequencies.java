package io.newsflow.enrich.keywords;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Document frequencies in a map, for offline runs and benchmarks. Not thread-safe. */
public final class InMemoryFrequencies implements DocumentFrequencies {

    /** Term → its count, in a one-element array counted in place (no boxed count a term and document). */
    private final Map<String, long[]> counts = new HashMap<>();
    private long documents;

    @Override
    public long documents() {
        return documents;
    }

    @Override
    public long documentsWith(String term) {
        long[] count = counts.get(term);
        return count == null ? 0 : count[0];
    }

    @Override
    public void addDocument(Collection<String> terms) {
        documents++;
        for (String term : terms) {
            counts.computeIfAbsent(term, t -> new long[1])[0]++;
        }
    }
}
