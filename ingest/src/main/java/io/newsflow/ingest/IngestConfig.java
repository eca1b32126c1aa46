package io.newsflow.ingest;

import io.newsflow.service.config.ConfigException;
import io.newsflow.service.config.Env;
import io.newsflow.service.config.PageSizeContract;
import io.newsflow.ingest.clean.CleanerConfig;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The ingest service's configuration, parsed once at start-up from the environment. Immutable.
 *
 * @param kafka             Kafka client properties ({@code KAFKA_BOOTSTRAP_SERVERS} and every other {@code KAFKA_*})
 * @param httpHost          address the HTTP API binds to ({@code INGEST_HTTP_HOST}, default {@code 127.0.0.1};
 *                          {@code 0.0.0.0} for all interfaces)
 * @param httpPort          port of the API and of {@code /health/live}, {@code /health/ready} and {@code /metrics}
 *                          ({@code INGEST_HTTP_PORT}, default 8080; 0 picks a free one)
 * @param httpThreads       API request workers ({@code INGEST_HTTP_THREADS}, default 16); health and metrics are
 *                          answered apart from them
 * @param apiToken          bearer token required on {@code /v1/*} ({@code INGEST_API_TOKEN} or its {@code _FILE}),
 *                          empty for an open API
 * @param maxPageBytes      largest body of {@code POST /v1/pages} and largest line of a batch
 *                          ({@code INGEST_MAX_PAGE_BYTES}, default 5 MiB): the pipeline's page-size contract, see
 *                          {@link #sizes()}
 * @param maxBatchBytes     largest body of {@code POST /v1/pages/batch} ({@code INGEST_MAX_BATCH_BYTES}, default 64 MiB)
 * @param maxBatchPages     most lines in one batch ({@code INGEST_MAX_BATCH_PAGES}, default 1000)
 * @param ackTimeout        how long a request waits for Kafka's acknowledgement before answering 503
 *                          ({@code INGEST_ACK_TIMEOUT_MS}, default 10000)
 * @param consumeRaw        whether to consume {@code pages.raw} ({@code INGEST_CONSUME_RAW}, default true)
 * @param consumerGroup     consumer group of the {@code pages.raw} consumer ({@code INGEST_GROUP_ID},
 *                          default {@code newsflow-ingest})
 * @param cleaner           the page cleaner's limits and vocabulary: the shipped vocabulary plus the operator's file
 *                          named by {@code INGEST_BOILERPLATE_FILE}, if set
 * @param readTimeout       longest a client may take to send a request's headers, and then its body; also how long
 *                          an idle connection stays open ({@code INGEST_HTTP_READ_TIMEOUT_MS}, default 30000)
 * @param maxConnections    most open connections to the API; more wait to be accepted
 *                          ({@code INGEST_HTTP_MAX_CONNECTIONS}, default 512)
 */
public record IngestConfig(Properties kafka, String httpHost, int httpPort, int httpThreads, Optional<String> apiToken,
                           int maxPageBytes, int maxBatchBytes, int maxBatchPages, Duration ackTimeout,
                           boolean consumeRaw, String consumerGroup, CleanerConfig cleaner, Duration readTimeout,
                           int maxConnections) {

    // the variables read, named once: fromEnv reads them and VARIABLES lists them for deployment checks
    public static final String INGEST_HTTP_HOST = "INGEST_HTTP_HOST";
    public static final String INGEST_HTTP_PORT = "INGEST_HTTP_PORT";
    public static final String INGEST_HTTP_THREADS = "INGEST_HTTP_THREADS";
    public static final String INGEST_API_TOKEN = "INGEST_API_TOKEN";
    public static final String INGEST_MAX_PAGE_BYTES = PageSizeContract.INGEST_MAX_PAGE_BYTES;
    public static final String INGEST_MAX_BATCH_BYTES = "INGEST_MAX_BATCH_BYTES";
    public static final String INGEST_MAX_BATCH_PAGES = "INGEST_MAX_BATCH_PAGES";
    public static final String INGEST_ACK_TIMEOUT_MS = "INGEST_ACK_TIMEOUT_MS";
    public static final String INGEST_CONSUME_RAW = "INGEST_CONSUME_RAW";
    public static final String INGEST_GROUP_ID = "INGEST_GROUP_ID";
    public static final String INGEST_HTTP_READ_TIMEOUT_MS = "INGEST_HTTP_READ_TIMEOUT_MS";
    public static final String INGEST_HTTP_MAX_CONNECTIONS = "INGEST_HTTP_MAX_CONNECTIONS";

    /**
     * Every variable {@link #from} reads besides the {@code KAFKA_*} client settings; each may also be given as
     * {@code <NAME>_FILE} (see {@link Env#get(String)}).
     */
    public static final Set<String> VARIABLES = Set.of(INGEST_HTTP_HOST, INGEST_HTTP_PORT, INGEST_HTTP_THREADS,
            INGEST_API_TOKEN, INGEST_MAX_PAGE_BYTES, INGEST_MAX_BATCH_BYTES, INGEST_MAX_BATCH_PAGES,
            INGEST_ACK_TIMEOUT_MS, INGEST_CONSUME_RAW, INGEST_GROUP_ID, CleanerConfig.BOILERPLATE_FILE,
            INGEST_HTTP_READ_TIMEOUT_MS, INGEST_HTTP_MAX_CONNECTIONS);

    /**
     * One page-size limit for everything ingest reads (a posted page, a {@code pages.raw} record, a file): the
     * cleaner is held to {@code maxPageBytes} too.
     */
    public IngestConfig {
        Properties copy = new Properties();
        copy.putAll(kafka);
        kafka = copy;
        cleaner = cleaner.withMaxBytes(maxPageBytes);
    }

    /** Every setting at its default: what an empty environment gives (Kafka at {@code localhost:9092}). */
    public static IngestConfig defaults() {
        return from(new Env(Map.of()));
    }

    /** The same settings with Kafka at {@code bootstrapServers}. */
    public IngestConfig withKafkaBootstrap(String bootstrapServers) {
        Properties props = kafka();
        props.put(Env.BOOTSTRAP_SERVERS, bootstrapServers);
        return new IngestConfig(props, httpHost, httpPort, httpThreads, apiToken, maxPageBytes, maxBatchBytes,
                maxBatchPages, ackTimeout, consumeRaw, consumerGroup, cleaner, readTimeout,
                maxConnections);
    }

    /** The same settings with the HTTP API on {@code host}:{@code port} (0 for a free port). */
    public IngestConfig withHttp(String host, int port) {
        return new IngestConfig(kafka, host, port, httpThreads, apiToken, maxPageBytes, maxBatchBytes,
                maxBatchPages, ackTimeout, consumeRaw, consumerGroup, cleaner, readTimeout,
                maxConnections);
    }

    /** The same settings with the {@code pages.raw} consumer on or off. */
    public IngestConfig withConsumeRaw(boolean consume) {
        return new IngestConfig(kafka, httpHost, httpPort, httpThreads, apiToken, maxPageBytes, maxBatchBytes,
                maxBatchPages, ackTimeout, consume, consumerGroup, cleaner, readTimeout,
                maxConnections);
    }

    /** The same settings with another wait for Kafka's acknowledgement. */
    public IngestConfig withAckTimeout(Duration timeout) {
        return new IngestConfig(kafka, httpHost, httpPort, httpThreads, apiToken, maxPageBytes, maxBatchBytes,
                maxBatchPages, timeout, consumeRaw, consumerGroup, cleaner, readTimeout,
                maxConnections);
    }

    /** The same settings with another largest number of pages per batch request. */
    public IngestConfig withMaxBatchPages(int pages) {
        return new IngestConfig(kafka, httpHost, httpPort, httpThreads, apiToken, maxPageBytes, maxBatchBytes,
                pages, ackTimeout, consumeRaw, consumerGroup, cleaner, readTimeout,
                maxConnections);
    }

    /**
     * Reads every setting from {@code env}.
     *
     * @throws ConfigException naming the first variable with a bad value
     */
    public static IngestConfig from(Env env) {
        return new IngestConfig(
                env.kafkaClientProperties(),
                env.get(INGEST_HTTP_HOST, "127.0.0.1"),
                env.getInt(INGEST_HTTP_PORT, 8080, 0, 65_535),
                env.getInt(INGEST_HTTP_THREADS, 16, 1, 1_024),
                env.get(INGEST_API_TOKEN),
                PageSizeContract.from(env).maxPageBytes(),
                env.getInt(INGEST_MAX_BATCH_BYTES, 64 << 20, 1_024, 1 << 30),
                env.getInt(INGEST_MAX_BATCH_PAGES, 1_000, 1, 100_000),
                Duration.ofMillis(env.getLong(INGEST_ACK_TIMEOUT_MS, 10_000, 100, 600_000)),
                env.getBoolean(INGEST_CONSUME_RAW, true),
                env.get(INGEST_GROUP_ID, "newsflow-ingest"),
                CleanerConfig.from(env),
                Duration.ofMillis(env.getLong(INGEST_HTTP_READ_TIMEOUT_MS, 30_000, 100, 3_600_000)),
                env.getInt(INGEST_HTTP_MAX_CONNECTIONS, 512, 8, 100_000));
    }

    /**
     * The page-size contract of {@code maxPageBytes}: how large a cleaned page may be on {@code pages.clean}, and
     * what ingest's producer and topics must carry.
     */
    public PageSizeContract sizes() {
        return new PageSizeContract(maxPageBytes);
    }

    /** A copy of the Kafka client properties, for a client to add its own settings to. */
    @Override
    public Properties kafka() {
        Properties copy = new Properties();
        copy.putAll(kafka);
        return copy;
    }
}
