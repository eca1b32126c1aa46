package io.newsflow.enrich.entities;

import io.newsflow.enrich.entities.training.NameFinderTraining;
import io.newsflow.enrich.text.Fnv;
import io.newsflow.enrich.text.LongTable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.util.featuregen.WordClusterDictionary;

/**
 * The learnt word classes of a name-finder model laid out for look-ups: a {@link LongTable} of the words' 64-bit
 * hashes ({@link Fnv#hash(String)}) to the index of the word's class, and the few hundred class names apart.
 * OpenNLP's {@link WordClusterDictionary} is a {@code HashMap} of some 28,000 strings: a look-up follows three or
 * four pointers through the heap, once for every word near a name. Immutable and thread-safe.
 *
 * <p>The classes are read from the model file's own entry, as OpenNLP reads them (UTF-8 lines "word class"): the
 * dictionary can only write itself out in the platform's default charset, which may not hold every word.
 */
final class WordClasses {

    /** A word's hash ({@link Fnv#hash(String)}) → the index of its class in {@link #names}. */
    private final LongTable table;
    private final String[] names;

    /**
     * @throws IllegalStateException when two of the dictionary's words share a 64-bit hash (then this layout cannot
     *                               tell them apart; no shipped model has such a pair)
     */
    private WordClasses(Map<String, String> words) {
        Map<String, Integer> index = new HashMap<>();
        this.table = new LongTable(words.size());
        for (Map.Entry<String, String> e : words.entrySet()) {
            if (!table.put(Fnv.hash(e.getKey()), index.computeIfAbsent(e.getValue(), name -> index.size()))) {
                throw new IllegalStateException("two words of the word classes share the hash of " + e.getKey());
            }
        }
        this.names = new String[index.size()];
        index.forEach((name, i) -> names[i] = name);
    }

    /** The class of {@code word}, as the dictionary has it, or null for a word it does not hold. */
    String classOf(String word) {
        return classOf(Fnv.hash(word));
    }

    /** The class of the word with this {@link Fnv#hash(String)}, or null. */
    String classOf(long wordHash) {
        int found = (int) table.get(wordHash, -1);
        return found < 0 ? null : names[found];
    }

    /**
     * The word classes a name-finder model file carries (its {@value NameFinderTraining#CLUSTERS_RESOURCE} entry).
     *
     * @throws IllegalStateException when the file carries none
     */
    static WordClasses read(byte[] modelFile) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(modelFile))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(NameFinderTraining.CLUSTERS_RESOURCE)) {
                    return new WordClasses(entries(new String(zip.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name-finder model's word classes", e);
        }
        throw new IllegalStateException("the name-finder model carries no word classes ("
                + NameFinderTraining.CLUSTERS_RESOURCE + ")");
    }

    /** Lines "word class", as {@link WordClusterDictionary} reads them (a third field ignored, other lines skipped). */
    private static Map<String, String> entries(String lines) {
        Map<String, String> words = new HashMap<>();
        for (String line : (Iterable<String>) lines.lines()::iterator) {
            String[] fields = line.split(" ");
            if (fields.length == 2 || fields.length == 3) {
                words.put(fields[0], fields[1]);
            }
        }
        return words;
    }
}
