package io.newsflow.enrich.app;

import io.newsflow.enrich.keywords.DocumentFrequencies;
import java.util.Collection;
import org.apache.kafka.streams.state.KeyValueStore;

/** Document frequencies in a stream task's store: one count per term, plus the number of documents. */
final class TermFrequencies implements DocumentFrequencies {

    /** Not a term any analyzer emits. */
    private static final String DOCUMENTS = "\u0000documents";

    private final KeyValueStore<String, Long> store;

    TermFrequencies(KeyValueStore<String, Long> store) {
        this.store = store;
    }

    @Override
    public long documents() {
        Long n = store.get(DOCUMENTS);
        return n == null ? 0 : n;
    }

    @Override
    public long documentsWith(String term) {
        Long n = store.get(term);
        return n == null ? 0 : n;
    }

    @Override
    public void addDocument(Collection<String> terms) {
        store.put(DOCUMENTS, documents() + 1);
        for (String term : terms) {
            store.put(term, documentsWith(term) + 1);
        }
    }
}
