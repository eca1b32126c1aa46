package io.newsflow.enrich.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.keywords.InMemoryFrequencies;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TermFrequenciesTest {

    private KeyValueStore<String, byte[]> store;

    @BeforeEach
    void store() {
        store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("terms"), Serdes.String(), Serdes.ByteArray())
                .withLoggingDisabled().build();
        MockProcessorContext<String, byte[]> context = new MockProcessorContext<>();
        store.init(context.getStateStoreContext(), store);
    }

    @Test
    void withinTheWindowTheCountsAreExact() {
        TermFrequencies windowed = new TermFrequencies(store, 4L * TermFrequencies.JOURNAL_DOCUMENTS);
        InMemoryFrequencies exact = new InMemoryFrequencies();
        Random random = new Random(7);
        int documents = 3 * TermFrequencies.JOURNAL_DOCUMENTS + 100; // three folds and a journal, within the window
        for (int d = 0; d < documents; d++) {
            List<String> terms = document(random, 50, 2_000);
            windowed.addDocument(terms);
            exact.addDocument(terms);
        }
        assertEquals(exact.documents(), windowed.documents());
        for (int t = 0; t < 2_000; t++) {
            assertEquals(exact.documentsWith("t" + t), windowed.documentsWith("t" + t), "t" + t);
        }
    }

    @Test
    void countsCoverTheLastOneToTwoWindowsAndForgetOlderTerms() {
        TermFrequencies windowed = new TermFrequencies(store, 100);
        for (int d = 0; d < 250; d++) {
            windowed.addDocument(List.of("always", "early-" + (d < 100 ? "x" : "y" + d), "late-" + (d >= 200)));
        }
        // generation 2 holds documents 200..249, generation 1 documents 100..199; generation 0 is gone
        assertEquals(150, windowed.documents());
        assertEquals(150, windowed.documentsWith("always"));
        assertEquals(0, windowed.documentsWith("early-x"));
        assertEquals(50, windowed.documentsWith("late-true"));
        assertEquals(100, windowed.documentsWith("late-false"));
    }

    @Test
    void theStoreStaysBoundedWhateverTheVolume() {
        int window = 50;
        int termsPerDocument = 20;
        TermFrequencies windowed = new TermFrequencies(store, window);
        Random random = new Random(11);
        for (int d = 0; d < 5_000; d++) {
            // every document brings terms never seen before
            List<String> terms = new ArrayList<>(document(random, termsPerDocument / 2, 100));
            for (int t = 0; t < termsPerDocument / 2; t++) {
                terms.add("new-" + d + "-" + t);
            }
            windowed.addDocument(terms);
            if (d % 97 == 0) {
                assertTrue(keys() <= 3L * window * termsPerDocument + TermFrequencies.JOURNAL_DOCUMENTS + 10,
                        "keys after " + d + ": " + keys());
            }
        }
        assertEquals(0, windowed.documentsWith("new-10-0"));
        assertEquals(1, windowed.documentsWith("new-4999-0"));
    }

    @Test
    void theUnboundedCountsOfEarlierVersionsAreDeleted() {
        for (int t = 0; t < 500; t++) {
            store.put("old-term-" + t, Serdes.Long().serializer().serialize(null, 3L));
        }
        store.put("\u0000documents", Serdes.Long().serializer().serialize(null, 3L));
        TermFrequencies windowed = new TermFrequencies(store, 4L * TermFrequencies.JOURNAL_DOCUMENTS);
        int documents = 2 * TermFrequencies.JOURNAL_DOCUMENTS; // two folds: each deletes a few keys a document
        for (int d = 0; d < documents; d++) {
            windowed.addDocument(List.of("fresh"));
        }
        assertEquals(documents, windowed.documents());
        assertEquals(0, windowed.documentsWith("old-term-1"));
        try (KeyValueIterator<String, byte[]> all = store.all()) {
            all.forEachRemaining(kv -> assertTrue(!kv.key.startsWith("old-term-") && !kv.key.equals("\u0000documents"),
                    kv.key));
        }
    }

    @Test
    void countsTheVersionBeforeTheJournalWroteAreReadOn() {
        // that version wrote every term's count at once, as Kafka's long serde writes it, and had no journal
        store.put("\u0000generation", Serdes.Long().serializer().serialize(null, 0L));
        store.put("\u0000documents:\u0001", Serdes.Long().serializer().serialize(null, 10L));
        store.put("\u0001alpha", Serdes.Long().serializer().serialize(null, 5L));
        TermFrequencies frequencies = new TermFrequencies(store, 1_000);
        assertEquals(10, frequencies.documents());
        assertEquals(5, frequencies.documentsWith("alpha"));
        frequencies.addDocument(List.of("alpha", "beta"));
        TermFrequencies restarted = new TermFrequencies(store, 1_000);
        assertEquals(11, restarted.documents());
        assertEquals(6, restarted.documentsWith("alpha"));
        assertEquals(1, restarted.documentsWith("beta"));
    }

    @Test
    void whatAnInstanceMirrorsIsWhatItsStoreHolds() {
        TermFrequencies writer = new TermFrequencies(store, 300);
        InMemoryFrequencies exact = new InMemoryFrequencies();
        Random random = new Random(5);
        int vocabulary = TermFrequencies.MIRROR_ENTRIES + 30_000; // more keys than the mirror keeps
        for (int d = 0; d < 1_000; d++) {
            List<String> terms = document(random, 120, vocabulary);
            writer.addDocument(terms);
            if (d >= 600) {
                exact.addDocument(terms); // generations 2 and 3: documents 600..999
            }
            if (d % 250 == 249) {
                // a new instance, as a re-initialised task gets, reads the store alone
                TermFrequencies reader = new TermFrequencies(store, 300);
                assertEquals(reader.documents(), writer.documents());
                for (int t = 0; t < vocabulary; t += 7) {
                    assertEquals(reader.documentsWith("t" + t), writer.documentsWith("t" + t), "t" + t + " after " + d);
                }
            }
        }
        assertEquals(exact.documents(), writer.documents());
        for (int t = 0; t < vocabulary; t += 7) {
            assertEquals(exact.documentsWith("t" + t), writer.documentsWith("t" + t), "t" + t);
        }
    }

    @Test
    void aTermEveryDocumentHasIsReadFromTheStoreOnceHoweverManyRareTermsPassThrough() {
        Map<String, Integer> reads = new HashMap<>();
        @SuppressWarnings("unchecked")
        KeyValueStore<String, byte[]> counted = (KeyValueStore<String, byte[]>) Proxy.newProxyInstance(
                KeyValueStore.class.getClassLoader(), new Class<?>[] {KeyValueStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("get")) {
                        reads.merge((String) args[0], 1, Integer::sum);
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        TermFrequencies frequencies = new TermFrequencies(counted, 1_000_000);
        // a fold writes fewer keys than the mirror holds, and after the first one the rare terms overflow it
        int perDocument = TermFrequencies.MIRROR_ENTRIES / TermFrequencies.JOURNAL_DOCUMENTS * 4 / 5;
        int documents = TermFrequencies.JOURNAL_DOCUMENTS + 2 * TermFrequencies.MIRROR_ENTRIES / perDocument;
        int rare = 0;
        for (int d = 0; d < documents; d++) {
            List<String> terms = new ArrayList<>(List.of("said"));
            for (int k = 0; k < perDocument; k++) {
                terms.add("rare" + rare++);
            }
            terms.forEach(frequencies::documentsWith); // as the keyword extractor weighs a document's terms
            frequencies.addDocument(terms);
        }
        assertTrue(rare - TermFrequencies.JOURNAL_DOCUMENTS * perDocument > TermFrequencies.MIRROR_ENTRIES,
                "the rare terms after the first fold alone overflow the mirror");
        assertEquals(documents, frequencies.documentsWith("said"));
        int commonReads = reads.entrySet().stream().filter(e -> e.getKey().endsWith("said"))
                .mapToInt(Map.Entry::getValue).sum();
        assertEquals(1, commonReads, "store reads of the common term's count");
    }

    @Test
    void aJournaledTermIsCountedHoweverManyTermsPassThroughTheMirrorBeforeTheFold() {
        TermFrequencies frequencies = new TermFrequencies(store, 1_000_000);
        frequencies.addDocument(List.of("early"));
        int fresh = 0;
        for (int d = 0; d < 3; d++) { // three long documents, all in the journal: more terms than the mirror holds
            List<String> terms = new ArrayList<>();
            for (int k = 0; k < 20_000; k++) {
                terms.add("fresh" + fresh++);
            }
            frequencies.addDocument(terms);
        }
        assertTrue(fresh > TermFrequencies.MIRROR_ENTRIES, "the fresh terms alone overflow the mirror");
        assertEquals(1, frequencies.documentsWith("early"));
        for (int d = 0; d < TermFrequencies.JOURNAL_DOCUMENTS; d++) { // the journal is folded into the store
            frequencies.addDocument(List.of("later"));
        }
        assertEquals(1, frequencies.documentsWith("early"));
        assertEquals(1, new TermFrequencies(store, 1_000_000).documentsWith("early"));
        assertEquals(1, frequencies.documentsWith("fresh0"));
    }

    private long keys() {
        return store.approximateNumEntries();
    }

    private static List<String> document(Random random, int terms, int vocabulary) {
        return random.ints(terms, 0, vocabulary).distinct().mapToObj(t -> "t" + t).toList();
    }
}
