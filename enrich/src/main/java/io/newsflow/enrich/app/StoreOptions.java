package io.newsflow.enrich.app;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.Options;

/**
 * RocksDB options of enrich's stores: Bloom filters on every level. Kafka Streams leaves the last level without
 * them ({@code optimize_filters_for_hits}), which suits stores whose reads mostly find their key; enrich's mostly do
 * not (a new page's id, its ~41 de-duplication keys, a term first seen), and without a filter such a read searches
 * the last level's index and data blocks. The filters cost about 1.25 bytes a key in memory.
 */
public final class StoreOptions implements RocksDBConfigSetter {

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        options.setOptimizeFiltersForHits(false);
    }

    @Override
    public void close(String storeName, Options options) {
        // nothing of its own to release: the options are Kafka Streams'
    }
}
