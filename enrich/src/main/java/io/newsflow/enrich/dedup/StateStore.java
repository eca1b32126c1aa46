package io.newsflow.enrich.dedup;

/**
 * The key-value state a de-duplication step reads and writes: a Kafka Streams store in the topology, a map in
 * {@link DedupReplay}. Implementations need not be thread-safe: each step instance is used by one thread.
 */
public interface StateStore<V> {

    V get(String key);

    void put(String key, V value);

    void delete(String key);
}
