package io.newsflow.enrich.app;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.Options;

/**
 * The service's RocksDB options ({@link StoreOptions}) with write buffers of 64 KB instead of megabytes: the stores
 * write their files after a few pages, as a busy instance's do after thousands, for the tests of a full disk.
 */
public final class SmallWriteBuffers implements RocksDBConfigSetter {

    private final StoreOptions service = new StoreOptions();

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        service.setConfig(storeName, options, configs);
        options.setWriteBufferSize(64 * 1024);
    }

    @Override
    public void close(String storeName, Options options) {
        service.close(storeName, options);
    }
}
