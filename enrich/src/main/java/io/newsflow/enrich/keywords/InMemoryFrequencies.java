package io.newsflow.enrich.keywords;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Document frequencies in a map, for offline runs and benchmarks. Not thread-safe. */
public final class InMemoryFrequencies implements DocumentFrequencies {

    private final Map<String, Long> counts = new HashMap<>();
    private long documents;

    @Override
    public long documents() {
        return documents;
    }

    @Override
    public long documentsWith(String term) {
        return counts.getOrDefault(term, 0L);
    }

    @Override
    public void addDocument(Collection<String> terms) {
        documents++;
        for (String term : terms) {
            counts.merge(term, 1L, Long::sum);
        }
    }
}
