package io.newsflow.deploy.cli;

import io.newsflow.service.config.ConfigException;
import io.newsflow.service.config.Env;
import io.newsflow.index.app.Health;
import io.newsflow.index.app.IndexConfig;
import io.newsflow.index.app.Indexer;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsflow index}: the index service, configured by environment variables, until Ctrl-C. */
@Command(name = "index", description = {"Consume articles and keep OpenSearch in step, until Ctrl-C.",
        "Configured by environment: OPENSEARCH_URL, OPENSEARCH_USERNAME, OPENSEARCH_PASSWORD(_FILE),"
                + " OPENSEARCH_TRUSTSTORE, OPENSEARCH_TRUSTSTORE_PASSWORD(_FILE), OPENSEARCH_CA_FILE,"
                + " KAFKA_BOOTSTRAP_SERVERS and KAFKA_*, INDEX_ALIAS, INDEX_TOPIC, INDEX_GROUP_ID, INDEX_SHARDS,"
                + " INDEX_REPLICAS, INDEX_BULK_MAX_DOCS, INDEX_BULK_MAX_BYTES, INDEX_BULK_MAX_WAIT_MS,"
                + " INDEX_RETRY_INITIAL_MS, INDEX_RETRY_MAX_MS, INDEX_HTTP_PORT (8082: /health/live, /health/ready,"
                + " /metrics), INGEST_MAX_PAGE_BYTES (the page-size contract, as ingest's)."})
final class IndexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Indexer indexer;
        try {
            indexer = new Indexer(IndexConfig.fromEnv(Env.system()));
        } catch (ConfigException | UncheckedIOException e) {
            spec.commandLine().getErr().println("newsflow index: " + e.getMessage());
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            indexer.close();
            stopped.countDown();
        }, "index-stop"));
        indexer.start();
        while (!stopped.await(1, TimeUnit.SECONDS)) {
            if (indexer.health().state() == Health.State.FAILED) {
                spec.commandLine().getErr().println("newsflow index: " + indexer.health().detail());
                return 1;
            }
        }
        return 0;
    }
}
