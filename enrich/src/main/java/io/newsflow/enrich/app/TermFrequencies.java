package io.newsflow.enrich.app;

import io.newsflow.enrich.keywords.DocumentFrequencies;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
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
 * <p>A document's terms are not counted into their keys at once: they are written as one journal entry (the
 * terms, one per line), and every {@value #JOURNAL_DOCUMENTS} documents the journal is folded into the counts, a
 * term's key written once for all the journal's documents that have it. A news article has about 570 distinct terms,
 * 256 articles about 21,500, 512 about 29,500, 1,024 about 41,000 (extrapolated): about 40 writes an article instead
 * of 570 (85 with a journal of 256).
 * Counts read add the journal's. So a document costs two writes to the store (its entry and the document count) and
 * a fold a write per distinct term, instead of a write per term of every document.
 *
 * <p>Everything lives in the store (the journal too; fields only mirror it), so a task restored from its changelog
 * continues exactly where the last committed transaction left it, its journal read back. Keys: one slot character
 * ({@code \u0001} to {@code \u0003}, the generation modulo 3) and the term; the generation number, each slot's
 * document count and the journal under keys starting with {@code \u0000}, which no analyzer emits. Values: counts
 * as 8-byte big-endian numbers (as Kafka's long serde writes them), journal entries as UTF-8 text. Keys of any
 * other form (the unbounded per-term counts of earlier versions) are deleted the same way, a few per document.
 *
 * <p>Reads go through a bounded mirror of the counts this instance read or wrote (the same term is read and
 * written several times a document, and the generation once per term): a hash lookup instead of the store's
 * metering, serialisation and cache layers. A term's counts in the three slots and in the journal are mirrored
 * together, under the term itself, so that counting a term in and weighing it take one lookup each, without
 * building keys. The store stays the truth: every write and delete goes to it at once,
 * and a task that Kafka Streams re-initialises (after an aborted transaction or a rebalance) gets a new instance
 * from its processor's {@code init}, which reads the journal back. Not thread-safe.
 */
final class TermFrequencies implements DocumentFrequencies {

    /** Documents per generation of one task. */
    static final int DEFAULT_WINDOW = 20_000;

    static final int SLOTS = 3;
    private static final String GENERATION = "\u0000generation";
    private static final String DOCUMENTS = "\u0000documents:";
    /** Set once no key of an earlier version's layout is left. */
    private static final String LEGACY_CLEARED = "\u0000legacy-cleared";
    /** An earlier version's document count. */
    private static final String LEGACY_DOCUMENTS = "\u0000documents";
    /** The first key after the slots: where an earlier version's keys (bare terms) start. */
    private static final String LEGACY_FROM = String.valueOf((char) (SLOTS + 1));
    private static final int MIN_DELETES = 16;
    /** Journal entry n: the terms of the journal's n-th document. */
    static final String JOURNAL = "\u0000journal:";
    /** The first key after every journal entry's. */
    private static final String JOURNAL_END = "\u0000journal;";

    /** Documents journaled before a fold. */
    static final int JOURNAL_DOCUMENTS = 1024;

    /** Counts are stored as Kafka's long serde writes them, as the store's values were before the journal. */
    private static final Serde<Long> LONGS = Serdes.Long();

    /** Terms whose counts are mirrored at most; the least recently used goes first. */
    static final int MIRROR_ENTRIES = 50_000;
    /** A slot's count in {@link #mirror} not read yet. */
    private static final long UNREAD = -1;

    private final KeyValueStore<String, byte[]> store;
    private final long window;
    /** The terms in the journal (of the current generation), each once. */
    private final List<Counts> journal = new ArrayList<>();
    /** Documents in the journal: its entries in the store. */
    private int journaled;
    /**
     * Term → its counts, for the terms read or written lately; the least recently used goes first, so that the
     * terms most documents have stay, however many rare terms pass through. A term in the journal stays until the
     * journal is folded: the mirror may then hold more than {@link #MIRROR_ENTRIES} terms, at most that many and a
     * full journal's (about 41,000 for news), and it keeps the size it reached, as it evicts one term per term added.
     */
    private final Map<String, Counts> mirror = new LinkedHashMap<>(1 << 16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Counts> eldest) {
            return size() > MIRROR_ENTRIES && eldest.getValue().journaled == 0;
        }
    };
    /**
     * Key → count of the few keys that are no term's (the generation, each slot's document count, the marker of
     * earlier versions' keys cleared), read for every term: never dropped.
     */
    private final Map<String, Long> counters = new HashMap<>();

    TermFrequencies(KeyValueStore<String, byte[]> store) {
        this(store, DEFAULT_WINDOW);
    }

    /** Reads the journal back from {@code store}. */
    TermFrequencies(KeyValueStore<String, byte[]> store, long window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1 document, not " + window);
        }
        this.store = store;
        this.window = window;
        try (KeyValueIterator<String, byte[]> entries = store.range(JOURNAL, JOURNAL_END)) {
            while (entries.hasNext()) {
                byte[] entry = entries.next().value;
                journaled++;
                if (entry.length > 0) {
                    for (String term : new String(entry, StandardCharsets.UTF_8).split("\n", -1)) {
                        journal(counts(term));
                    }
                }
            }
        }
    }

    @Override
    public long documents() {
        long generation = generation();
        return count(DOCUMENTS + slot(generation)) + (generation > 0 ? count(DOCUMENTS + slot(generation - 1)) : 0);
    }

    @Override
    public long documentsWith(String term) {
        long generation = generation();
        Counts counts = counts(term);
        return count(counts, slot(generation)) + counts.journaled
                + (generation > 0 ? count(counts, slot(generation - 1)) : 0);
    }

    @Override
    public void addDocument(Collection<String> terms) {
        long generation = generation();
        String documents = DOCUMENTS + slot(generation);
        long counted = count(documents) + 1;
        put(documents, counted);
        StringBuilder entry = new StringBuilder();
        for (String term : terms) {
            if (term.isEmpty() || term.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a term must be a word, not \"" + term + "\"");
            }
        }
        for (String term : terms) {
            journal(counts(term));
            entry.append(entry.isEmpty() ? "" : "\n").append(term);
        }
        store.put(JOURNAL + journaled, entry.toString().getBytes(StandardCharsets.UTF_8));
        journaled++;
        if (journaled >= JOURNAL_DOCUMENTS || counted >= window) {
            fold(generation);
        }
        if (counted >= window) {
            // the slot the next generation takes has been emptied while this one filled, unless this generation's
            // documents had far fewer terms than that one's: then the rest goes now
            forget(slot(generation + 1), Integer.MAX_VALUE);
            put(GENERATION, generation + 1);
            delete(DOCUMENTS + slot(generation + 1));
        }
    }

    /**
     * Counts the journal into the generation's keys and empties it; deletes as many keys of the slot the next
     * generation takes as the fold writes, and a few more per document.
     */
    private void fold(long generation) {
        char slot = slot(generation);
        for (Counts counts : journal) {
            long count = count(counts, slot) + counts.journaled;
            store.put(slot + counts.term, LONGS.serializer().serialize(null, count));
            counts.slots[slot - 1] = count;
            counts.journaled = 0;
        }
        forget(slot(generation + 1), journal.size() + MIN_DELETES * journaled);
        for (int n = 0; n < journaled; n++) {
            store.delete(JOURNAL + n);
        }
        journal.clear();
        journaled = 0;
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
        try (KeyValueIterator<String, byte[]> it = store.range(from, to)) {
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

    /** The mirrored counts of {@code term}, mirrored (none read yet) when they were not. */
    private Counts counts(String term) {
        Counts counts = mirror.get(term);
        if (counts == null) {
            counts = new Counts(term);
            mirror.put(term, counts);
        }
        return counts;
    }

    /** Counts one more journaled document that has the term. */
    private void journal(Counts counts) {
        if (counts.journaled++ == 0) {
            journal.add(counts);
        }
    }

    /** The count in {@code slot} of the term whose {@code counts} these are, read from the store once. */
    private long count(Counts counts, char slot) {
        if (counts.slots[slot - 1] == UNREAD) {
            counts.slots[slot - 1] = read(slot + counts.term);
        }
        return counts.slots[slot - 1];
    }

    /** The count under a key that is no term's. */
    private long count(String key) {
        Long n = counters.get(key);
        if (n == null) {
            n = read(key);
            counters.put(key, n);
        }
        return n;
    }

    private long read(String key) {
        byte[] stored = store.get(key);
        return stored == null ? 0L : LONGS.deserializer().deserialize(null, stored);
    }

    /** Writes the count under a key that is no term's. */
    private void put(String key, long count) {
        store.put(key, LONGS.serializer().serialize(null, count));
        counters.put(key, count);
    }

    private void delete(String key) {
        store.delete(key);
        char first = key.isEmpty() ? 0 : key.charAt(0);
        if (first >= 1 && first <= SLOTS) {
            Counts counts = mirror.get(key.substring(1));
            if (counts != null) {
                counts.slots[first - 1] = 0;
            }
        } else {
            counters.remove(key);
        }
    }

    private static char slot(long generation) {
        return (char) (1 + generation % SLOTS);
    }

    /** A term's mirrored counts. */
    private static final class Counts {

        final String term;
        /**
         * Its count in each slot (index: the slot's character − 1; 0 = absent from the store, {@link #UNREAD} not
         * read yet).
         */
        final long[] slots = {UNREAD, UNREAD, UNREAD};
        /** Documents journaled that have it. */
        int journaled;

        Counts(String term) {
            this.term = term;
        }
    }
}
