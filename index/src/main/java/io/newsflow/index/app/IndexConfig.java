package io.newsflow.index.app;

import io.newsflow.events.Topics;
import io.newsflow.service.config.ConfigException;
import io.newsflow.service.config.Env;
import io.newsflow.service.config.PageSizeContract;
import io.newsflow.index.bulk.Backoff;
import io.newsflow.index.connect.OpenSearchSettings;
import io.newsflow.index.schema.IndexNames;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The indexer's configuration, read once at start from the environment; a bad value fails with a
 * {@link ConfigException} naming the variable. Besides {@link OpenSearchSettings} ({@code OPENSEARCH_*}) and the
 * Kafka client settings ({@code KAFKA_*}):
 * <ul>
 *   <li>{@code INDEX_ALIAS} ({@code articles}): the read alias; the write alias is {@code <alias>-write};</li>
 *   <li>{@code INDEX_SHARDS} (1), {@code INDEX_REPLICAS} (1): for new indices of the family;</li>
 *   <li>{@code INDEX_BULK_MAX_DOCS} (1000), {@code INDEX_BULK_MAX_BYTES} (5 MiB), {@code INDEX_BULK_MAX_WAIT_MS}
 *       (100): a bulk request is sent when the first of these is reached. The wait adds to every article's
 *       latency; it does not make bulks small under load, as the articles that arrive while a bulk is in flight
 *       make the next one;</li>
 *   <li>{@code INDEX_RETRY_INITIAL_MS} (200), {@code INDEX_RETRY_MAX_MS} (30000): backoff of retried items;</li>
 *   <li>{@code INDEX_TOPIC} ({@code articles}): the topic of {@code Article} events to index;</li>
 *   <li>{@code INDEX_GROUP_ID} ({@code newsflow-index}): the consumer group;</li>
 *   <li>{@code INDEX_HTTP_HOST} ({@code 127.0.0.1}; {@code 0.0.0.0} for every interface, as in a container),
 *       {@code INDEX_HTTP_PORT} (8082; 0 for a free port): {@code /health} and {@code /metrics};</li>
 *   <li>{@code INGEST_MAX_PAGE_BYTES} (5 MiB): the pipeline's page-size contract, the same as ingest's: what the
 *       dead-letter producer and {@code index.dlq} must carry.</li>
 * </ul>
 * An article larger than {@code INDEX_BULK_MAX_BYTES} is sent in a bulk request of its own; OpenSearch's
 * {@code http.max_content_length} (100 MB by default) must hold the contract's largest record, which it does at
 * every page limit allowed.
 * Immutable.
 */
public record IndexConfig(OpenSearchSettings openSearch, IndexNames names, int shards, int replicas,
                          int bulkMaxDocs, long bulkMaxBytes, Duration bulkMaxWait, Backoff backoff,
                          String topic, String groupId, String httpHost, int httpPort, Map<String, Object> kafka,
                          PageSizeContract sizes) {

    // the variables read, named once: fromEnv reads them and VARIABLES lists them for deployment checks
    public static final String INDEX_ALIAS = "INDEX_ALIAS";
    public static final String INDEX_SHARDS = "INDEX_SHARDS";
    public static final String INDEX_REPLICAS = "INDEX_REPLICAS";
    public static final String INDEX_BULK_MAX_DOCS = "INDEX_BULK_MAX_DOCS";
    public static final String INDEX_BULK_MAX_BYTES = "INDEX_BULK_MAX_BYTES";
    public static final String INDEX_BULK_MAX_WAIT_MS = "INDEX_BULK_MAX_WAIT_MS";
    public static final String INDEX_RETRY_INITIAL_MS = "INDEX_RETRY_INITIAL_MS";
    public static final String INDEX_RETRY_MAX_MS = "INDEX_RETRY_MAX_MS";
    public static final String INDEX_TOPIC = "INDEX_TOPIC";
    public static final String INDEX_GROUP_ID = "INDEX_GROUP_ID";
    public static final String INDEX_HTTP_HOST = "INDEX_HTTP_HOST";
    public static final String INDEX_HTTP_PORT = "INDEX_HTTP_PORT";

    /**
     * Every variable {@link #fromEnv} reads besides the {@code KAFKA_*} client settings: these and
     * {@link OpenSearchSettings#VARIABLES}; each may also be given as {@code <NAME>_FILE} (see {@link Env#get(String)}).
     */
    public static final Set<String> VARIABLES = Stream.concat(Stream.of(INDEX_ALIAS, INDEX_SHARDS, INDEX_REPLICAS,
                    INDEX_BULK_MAX_DOCS, INDEX_BULK_MAX_BYTES, INDEX_BULK_MAX_WAIT_MS, INDEX_RETRY_INITIAL_MS,
                    INDEX_RETRY_MAX_MS, INDEX_TOPIC, INDEX_GROUP_ID, INDEX_HTTP_HOST, INDEX_HTTP_PORT,
                    PageSizeContract.INGEST_MAX_PAGE_BYTES),
            OpenSearchSettings.VARIABLES.stream()).collect(Collectors.toUnmodifiableSet());

    /** The indexer's consumer group unless {@code INDEX_GROUP_ID} says otherwise. */
    public static final String DEFAULT_GROUP_ID = "newsflow-index";

    public IndexConfig {
        kafka = Map.copyOf(kafka);
    }

    /** Every setting at its default: what an empty environment gives (Kafka and OpenSearch on localhost). */
    public static IndexConfig defaults() {
        return fromEnv(new Env(Map.of()));
    }

    /** The same settings with Kafka at {@code bootstrapServers}. */
    public IndexConfig withKafkaBootstrap(String bootstrapServers) {
        Map<String, Object> props = new HashMap<>(kafka);
        props.put(Env.BOOTSTRAP_SERVERS, bootstrapServers);
        return new IndexConfig(openSearch, names, shards, replicas, bulkMaxDocs, bulkMaxBytes, bulkMaxWait, backoff,
                topic, groupId, httpHost, httpPort, props, sizes);
    }

    /** The same settings with another OpenSearch connection. */
    public IndexConfig withOpenSearch(OpenSearchSettings settings) {
        return new IndexConfig(settings, names, shards, replicas, bulkMaxDocs, bulkMaxBytes, bulkMaxWait, backoff,
                topic, groupId, httpHost, httpPort, kafka, sizes);
    }

    /** The same settings with another read alias, and the index names that follow from it. */
    public IndexConfig withNames(IndexNames other) {
        return new IndexConfig(openSearch, other, shards, replicas, bulkMaxDocs, bulkMaxBytes, bulkMaxWait, backoff,
                topic, groupId, httpHost, httpPort, kafka, sizes);
    }

    /** The same settings with {@code count} replicas of each shard (0 on a single node). */
    public IndexConfig withReplicas(int count) {
        return new IndexConfig(openSearch, names, shards, count, bulkMaxDocs, bulkMaxBytes, bulkMaxWait, backoff,
                topic, groupId, httpHost, httpPort, kafka, sizes);
    }

    /** The same settings reading {@code articlesTopic} in consumer group {@code group}. */
    public IndexConfig withSource(String articlesTopic, String group) {
        return new IndexConfig(openSearch, names, shards, replicas, bulkMaxDocs, bulkMaxBytes, bulkMaxWait, backoff,
                articlesTopic, group, httpHost, httpPort, kafka, sizes);
    }

    /** The same settings with at most {@code docs} documents per bulk request. */
    public IndexConfig withBulkMaxDocs(int docs) {
        return new IndexConfig(openSearch, names, shards, replicas, docs, bulkMaxBytes, bulkMaxWait, backoff,
                topic, groupId, httpHost, httpPort, kafka, sizes);
    }

    /** The same settings with bulk requests cut at {@code bytes} (an article larger than that is sent alone). */
    public IndexConfig withBulkMaxBytes(long bytes) {
        return new IndexConfig(openSearch, names, shards, replicas, bulkMaxDocs, bytes, bulkMaxWait, backoff,
                topic, groupId, httpHost, httpPort, kafka, sizes);
    }

    /** The same settings under another page limit, as {@code INGEST_MAX_PAGE_BYTES} would set it. */
    public IndexConfig withMaxPageBytes(int bytes) {
        return new IndexConfig(openSearch, names, shards, replicas, bulkMaxDocs, bulkMaxBytes, bulkMaxWait, backoff,
                topic, groupId, httpHost, httpPort, kafka, new PageSizeContract(bytes));
    }

    /** The same settings with the health and metrics endpoints on {@code port} (0 for a free one). */
    public IndexConfig withHttpPort(int port) {
        return new IndexConfig(openSearch, names, shards, replicas, bulkMaxDocs, bulkMaxBytes, bulkMaxWait, backoff,
                topic, groupId, httpHost, port, kafka, sizes);
    }

    public static IndexConfig fromEnv(Env env) {
        String alias = env.get(INDEX_ALIAS, IndexNames.DEFAULT.readAlias());
        IndexNames names;
        try {
            names = new IndexNames(alias);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(INDEX_ALIAS, alias, e.getMessage());
        }
        long initial = env.getLong(INDEX_RETRY_INITIAL_MS, 200, 1, 600_000);
        long max = env.getLong(INDEX_RETRY_MAX_MS, 30_000, 1, 3_600_000);
        if (max < initial) {
            throw new ConfigException(INDEX_RETRY_MAX_MS, Long.toString(max),
                    "must not be below INDEX_RETRY_INITIAL_MS (" + initial + ")");
        }
        Map<String, Object> kafka = new HashMap<>();
        env.kafkaClientProperties().forEach((k, v) -> kafka.put((String) k, v));
        return new IndexConfig(
                OpenSearchSettings.fromEnv(env),
                names,
                env.getInt(INDEX_SHARDS, 1, 1, 1024),
                env.getInt(INDEX_REPLICAS, 1, 0, 16),
                env.getInt(INDEX_BULK_MAX_DOCS, 1000, 1, 100_000),
                env.getLong(INDEX_BULK_MAX_BYTES, 5L << 20, 1024, 100L << 20),
                Duration.ofMillis(env.getLong(INDEX_BULK_MAX_WAIT_MS, 100, 0, 600_000)),
                new Backoff(Duration.ofMillis(initial), Duration.ofMillis(max)),
                env.get(INDEX_TOPIC, Topics.ARTICLES),
                env.get(INDEX_GROUP_ID, DEFAULT_GROUP_ID),
                env.get(INDEX_HTTP_HOST, "127.0.0.1"),
                env.getInt(INDEX_HTTP_PORT, 8082, 0, 65535),
                kafka,
                PageSizeContract.from(env));
    }
}
