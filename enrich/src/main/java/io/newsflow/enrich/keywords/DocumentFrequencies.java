package io.newsflow.enrich.keywords;

import java.util.Collection;

/**
 * How many documents contain a term, for IDF. In the topology a state store of the stream task backs it (each
 * partition's documents are a sample of the whole stream); offline a map does. Not thread-safe.
 */
public interface DocumentFrequencies {

    /** Documents counted so far. */
    long documents();

    /** Documents counted so far that contain {@code term}. */
    long documentsWith(String term);

    /** Counts one more document containing these distinct terms. */
    void addDocument(Collection<String> terms);
}
