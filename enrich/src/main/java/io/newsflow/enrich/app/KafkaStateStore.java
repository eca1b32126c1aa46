package io.newsflow.enrich.app;

import io.newsflow.enrich.dedup.StateStore;
import java.util.function.Function;
import org.apache.kafka.streams.state.KeyValueStore;

/** A de-duplication {@link StateStore} over a Kafka Streams store, converting values on the way. Not thread-safe. */
final class KafkaStateStore<V, S> implements StateStore<V> {

    private final KeyValueStore<String, S> store;
    private final Function<S, V> read;
    private final Function<V, S> write;

    private KafkaStateStore(KeyValueStore<String, S> store, Function<S, V> read, Function<V, S> write) {
        this.store = store;
        this.read = read;
        this.write = write;
    }

    static <V> KafkaStateStore<V, V> of(KeyValueStore<String, V> store) {
        return new KafkaStateStore<>(store, Function.identity(), Function.identity());
    }

    static <V, S> KafkaStateStore<V, S> mapped(KeyValueStore<String, S> store, Function<S, V> read, Function<V, S> write) {
        return new KafkaStateStore<>(store, read, write);
    }

    @Override
    public V get(String key) {
        S stored = store.get(key);
        return stored == null ? null : read.apply(stored);
    }

    @Override
    public void put(String key, V value) {
        store.put(key, write.apply(value));
    }

    @Override
    public void delete(String key) {
        store.delete(key);
    }
}
