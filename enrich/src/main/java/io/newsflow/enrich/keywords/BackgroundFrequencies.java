package io.newsflow.enrich.keywords;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Document frequencies of a sample of English news articles, which keywords are weighed against beside the counts a
 * stream task keeps ({@link DocumentFrequencies}): as many documents more, each term in as many more of them as in
 * the sample. A fresh pipeline's first articles are otherwise weighed against almost nothing, and their keywords
 * are their commonest words ("according", "anyone", "along"); the sample's documents weigh less and less as the
 * task's own counts grow (711 beside the up to 40,000 a task keeps).
 *
 * <p>The terms are those of the English analyzer ({@link KeywordExtractor#terms}), seen in at least
 * {@link #MIN_DOCUMENTS} documents of the sample: common words, not any text. The shipped table
 * ({@link #ENGLISH_RESOURCE}) is made by {@code newsflow train-keywords} from the {@code extract-dev} texts.
 *
 * <p>Immutable and thread-safe.
 */
public final class BackgroundFrequencies {

    /** No background: keywords weighed against the task's own counts alone. */
    public static final BackgroundFrequencies NONE = new BackgroundFrequencies(0, Map.of());

    /** The shipped table of English terms. */
    public static final String ENGLISH_RESOURCE = "/io/newsflow/enrich/keywords/english-document-frequencies.tsv";

    /** Documents a term must be seen in to be kept: rarer words say nothing of the language, only of a text. */
    public static final int MIN_DOCUMENTS = 3;

    private static final String DOCUMENTS = "documents";

    private final long documents;
    private final Map<String, Integer> counts;

    private BackgroundFrequencies(long documents, Map<String, Integer> counts) {
        this.documents = documents;
        this.counts = counts;
    }

    /** The shipped English table, read once. */
    public static BackgroundFrequencies english() {
        return English.TABLE;
    }

    /** Documents of the sample. */
    public long documents() {
        return documents;
    }

    /** Documents of the sample that contain {@code term}; 0 for a term not kept. */
    public int documentsWith(String term) {
        Integer count = counts.get(term);
        return count == null ? 0 : count;
    }

    /** Terms kept. */
    public int terms() {
        return counts.size();
    }

    /**
     * Counts the English terms of {@code texts}, one document each, keeping those in {@link #MIN_DOCUMENTS} or more.
     */
    public static BackgroundFrequencies count(Iterable<String> texts, KeywordExtractor extractor) {
        Map<String, Integer> all = new HashMap<>();
        long documents = 0;
        for (String text : texts) {
            documents++;
            for (String term : extractor.terms(text, "en")) {
                all.merge(term, 1, Integer::sum);
            }
        }
        Map<String, Integer> kept = new TreeMap<>();
        all.forEach((term, count) -> {
            if (count >= MIN_DOCUMENTS) {
                kept.put(term, count);
            }
        });
        return new BackgroundFrequencies(documents, kept);
    }

    /** Writes the table: a line {@code documents<TAB>N}, then a line {@code term<TAB>count} a term, by term. */
    public void write(Writer out) throws IOException {
        out.write(DOCUMENTS + "\t" + documents + "\n");
        for (Map.Entry<String, Integer> e : new TreeMap<>(counts).entrySet()) {
            out.write(e.getKey() + "\t" + e.getValue() + "\n");
        }
    }

    /** Reads a table {@link #write} wrote. */
    public static BackgroundFrequencies read(Reader in) throws IOException {
        BufferedReader lines = new BufferedReader(in);
        String first = lines.readLine();
        if (first == null || !first.startsWith(DOCUMENTS + "\t")) {
            throw new IOException("not a table of document frequencies: it does not start with \"documents\"");
        }
        long documents = Long.parseLong(first.substring(DOCUMENTS.length() + 1));
        Map<String, Integer> counts = new HashMap<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IOException("not a line term<TAB>count: " + line);
            }
            counts.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
        }
        return new BackgroundFrequencies(documents, Map.copyOf(counts));
    }

    /** The shipped table, read when first asked for. */
    private static final class English {

        static final BackgroundFrequencies TABLE = load();

        private static BackgroundFrequencies load() {
            try (InputStream in = BackgroundFrequencies.class.getResourceAsStream(ENGLISH_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(ENGLISH_RESOURCE + " is missing from the classpath");
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + ENGLISH_RESOURCE, e);
            }
        }
    }
}
