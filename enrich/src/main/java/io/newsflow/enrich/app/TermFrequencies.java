package io.newsflow.enrich.app;

import io.newsflow.enrich.keywords.DocumentFrequencies;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Document frequencies in a stream task's store, counted over a sliding window of the task's latest documents, so
 * that the store stays bounded whatever the volume: documents are counted in generations of {@code window}
 * documents, and a term's frequency is its count in the current generation plus the previous one (between
 * {@code window} and {@code 2 × window} documents). The generation before those is deleted a few keys per document
 * (at least as many as the document adds, so it is empty before its slot is reused), without a pause. The store
 * holds at most three generations of terms: {@code 3 × window × distinct terms per document} keys at worst, in
 * practice the vocabulary of {@code 3 × window} news articles.
 *
 * <p>Everything lives in the store (nothing is kept in fields), so a task restored from its changelog continues
 * exactly where the last committed transaction left it. Keys: one slot character ({@code \u0001} to
 * {@code \u0003}, the generation modulo 3) and the term; the generation number and each slot's document count
 * under keys starting with {@code \u0000}, which no analyzer emits. Keys of any other form (the unbounded per-term
 * counts of earlier versions) are deleted the same way, a few per document.
 *
 * <p>Reads go through a bounded mirror of the counts this instance read or wrote (the same term is read and
 * written several times a document, and the generation once per term): a hash lookup instead of the store's
 * metering, serialisation and cache layers. The store stays the truth: every write and delete goes to it at once,
 * and a task that Kafka Streams re-initialises (after an aborted transaction or a rebalance) gets a new instance
 * from its processor's {@code init}. Not thread-safe.
 */
final class TermFrequencies implements DocumentFrequencies {

    /** Documents per generation of one task. */
    static final int DEFAULT_WINDOW = 20_000;

    private static final int SLOTS = 3;
    private static final String GENERATION = "\u0000generation";
    private static final String DOCUMENTS = "\u0000documents:";
    /** Set once no key of an earlier version's layout is left. */
    private static final String LEGACY_CLEARED = "\u0000legacy-cleared";
    /** An earlier version's document count. */
    private static final String LEGACY_DOCUMENTS = "\u0000documents";
    /** The first key after the slots: where an earlier version's keys (bare terms) start. */
    private static final String LEGACY_FROM = String.valueOf((char) (SLOTS + 1));
    private static final int MIN_DELETES = 16;

    /** Counts mirrored at most; the oldest entry goes first. */
    static final int MIRROR_ENTRIES = 50_000;

    private final KeyValueStore<String, Long> store;
    private final long window;
    /** Key → count (0 = absent from the store), for the keys read or written lately. */
    private final Map<String, Long> mirror = new LinkedHashMap<>(1 << 16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MIRROR_ENTRIES;
        }
    };

    TermFrequencies(KeyValueStore<String, Long> store) {
        this(store, DEFAULT_WINDOW);
    }

    TermFrequencies(KeyValueStore<String, Long> store, long window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1 document, not " + window);
        }
        this.store = store;
        this.window = window;
    }

    @Override
    public long documents() {
        long generation = generation();
        return count(DOCUMENTS + slot(generation)) + (generation > 0 ? count(DOCUMENTS + slot(generation - 1)) : 0);
    }

    @Override
    public long documentsWith(String term) {
        long generation = generation();
        return count(slot(generation) + term) + (generation > 0 ? count(slot(generation - 1) + term) : 0);
    }

    @Override
    public void addDocument(Collection<String> terms) {
        long generation = generation();
        forget(slot(generation + 1), terms.size() + MIN_DELETES);
        String documents = DOCUMENTS + slot(generation);
        long counted = count(documents) + 1;
        put(documents, counted);
        char slot = slot(generation);
        for (String term : terms) {
            String key = slot + term;
            put(key, count(key) + 1);
        }
        if (counted >= window) {
            // the slot the next generation takes has been emptied while this one filled, unless this generation's
            // documents had far fewer terms than that one's: then the rest goes now
            forget(slot(generation + 1), Integer.MAX_VALUE);
            put(GENERATION, generation + 1);
            delete(DOCUMENTS + slot(generation + 1));
        }
    }

    /** Deletes up to {@code max} keys of {@code slot} (the generation before the previous), then of older layouts. */
    private void forget(char slot, int max) {
        int deleted = deleteRange(String.valueOf(slot), String.valueOf((char) (slot + 1)), max);
        if (deleted < max && count(LEGACY_CLEARED) == 0) {
            if (deleteRange(LEGACY_FROM, null, max - deleted) == 0) {
                delete(LEGACY_DOCUMENTS);
                put(LEGACY_CLEARED, 1L);
            }
        }
    }

    private int deleteRange(String from, String to, int max) {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, Long> it = store.range(from, to)) {
            while (it.hasNext() && keys.size() < max) {
                String key = it.next().key;
                if (!key.equals(to)) {
                    keys.add(key);
                }
            }
        }
        keys.forEach(this::delete);
        return keys.size();
    }

    private long generation() {
        return count(GENERATION);
    }

    private long count(String key) {
        Long n = mirror.get(key);
        if (n == null) {
            n = store.get(key);
            n = n == null ? 0L : n;
            mirror.put(key, n);
        }
        return n;
    }

    private void put(String key, long count) {
        store.put(key, count);
        mirror.put(key, count);
    }

    private void delete(String key) {
        store.delete(key);
        mirror.remove(key);
    }

    private static char slot(long generation) {
        return (char) (1 + generation % SLOTS);
    }
}
