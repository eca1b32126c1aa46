package io.newsflow.enrich.app;

import io.newsflow.enrich.dedup.DedupSettings;
import io.newsflow.enrich.language.LanguageDetector;
import io.newsflow.events.Topics;
import io.newsflow.service.config.ConfigException;
import io.newsflow.service.config.Env;
import io.newsflow.service.config.PageSizeContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The enrich service's configuration, parsed once at start-up from the environment. Immutable.
 *
 * @param applicationId Kafka Streams application id ({@code ENRICH_APPLICATION_ID}); also names the state, the
 *                      internal topics and the decisions topic
 * @param kafka         Kafka client settings ({@code KAFKA_BOOTSTRAP_SERVERS} and every {@code KAFKA_*})
 * @param stateDir      Kafka Streams state directory ({@code ENRICH_STATE_DIR}), empty for Kafka's default
 * @param threads       stream threads ({@code ENRICH_THREADS})
 * @param dedup         windows ({@code ENRICH_URL_WINDOW}, {@code ENRICH_EXACT_WINDOW}, {@code ENRICH_NEAR_WINDOW})
 * @param languages     ISO 639-1 codes the language detector may answer ({@code ENRICH_LANGUAGES})
 * @param taxonomyFile  topic taxonomy file ({@code ENRICH_TAXONOMY_FILE}), empty for the built-in one
 * @param summaryChars  summary length limit ({@code ENRICH_SUMMARY_CHARS})
 * @param keywords      keywords per article ({@code ENRICH_KEYWORDS})
 * @param httpHost      address the health and metrics endpoints bind to ({@code ENRICH_HTTP_HOST}, default
 *                      {@code 127.0.0.1}; {@code 0.0.0.0} for every interface, as in a container)
 * @param httpPort      port of {@code /health/live}, {@code /health/ready} and {@code /metrics}
 *                      ({@code ENRICH_HTTP_PORT}, default 8081; 0 picks a free one)
 * @param sizes         the pipeline's page-size contract ({@code INGEST_MAX_PAGE_BYTES}, the same as ingest's): the
 *                      largest record enrich writes, and what its topics and producer must carry
 */
public record EnrichConfig(String applicationId, Map<String, String> kafka, Optional<Path> stateDir, int threads,
                           DedupSettings dedup, List<String> languages, Optional<Path> taxonomyFile,
                           int summaryChars, int keywords, String httpHost, int httpPort, PageSizeContract sizes) {

    // the variables read, named once: fromEnv reads them and VARIABLES lists them for deployment checks
    public static final String ENRICH_APPLICATION_ID = "ENRICH_APPLICATION_ID";
    public static final String ENRICH_STATE_DIR = "ENRICH_STATE_DIR";
    public static final String ENRICH_THREADS = "ENRICH_THREADS";
    public static final String ENRICH_URL_WINDOW = "ENRICH_URL_WINDOW";
    public static final String ENRICH_EXACT_WINDOW = "ENRICH_EXACT_WINDOW";
    public static final String ENRICH_NEAR_WINDOW = "ENRICH_NEAR_WINDOW";
    public static final String ENRICH_LANGUAGES = "ENRICH_LANGUAGES";
    public static final String ENRICH_TAXONOMY_FILE = "ENRICH_TAXONOMY_FILE";
    public static final String ENRICH_SUMMARY_CHARS = "ENRICH_SUMMARY_CHARS";
    public static final String ENRICH_KEYWORDS = "ENRICH_KEYWORDS";
    public static final String ENRICH_HTTP_HOST = "ENRICH_HTTP_HOST";
    public static final String ENRICH_HTTP_PORT = "ENRICH_HTTP_PORT";

    /**
     * Every variable {@link #fromEnv} reads besides the {@code KAFKA_*} client settings; each may also be given as
     * {@code <NAME>_FILE} (see {@link Env#get(String)}).
     */
    public static final Set<String> VARIABLES = Set.of(ENRICH_APPLICATION_ID, ENRICH_STATE_DIR, ENRICH_THREADS,
            ENRICH_URL_WINDOW, ENRICH_EXACT_WINDOW, ENRICH_NEAR_WINDOW, ENRICH_LANGUAGES, ENRICH_TAXONOMY_FILE,
            ENRICH_SUMMARY_CHARS, ENRICH_KEYWORDS, ENRICH_HTTP_HOST, ENRICH_HTTP_PORT,
            PageSizeContract.INGEST_MAX_PAGE_BYTES);

    public static final String DEFAULT_APPLICATION_ID = "newsflow-enrich";
    /** The Kafka Streams setting that hands the record limit to enrich's error handlers. */
    public static final String MAX_RECORD_BYTES_CONFIG = "newsflow.max.record.bytes";
    /** How long a transaction may stay open ({@code transaction.timeout.ms}) unless {@code KAFKA_*} sets it. */
    static final int TRANSACTION_TIMEOUT_MS = 60_000;
    /**
     * How often the stream threads commit their transaction ({@code commit.interval.ms}) unless {@code KAFKA_*}
     * sets it: Kafka Streams' exactly-once default, 100 ms, costs a transaction (its markers, offsets and a
     * round trip to the coordinator) every 100 ms on every thread and sends small batches; each of a page's three
     * hops waits for a commit, so a longer interval adds latency too.
     */
    static final int COMMIT_INTERVAL_MS = 200;
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*([dhm])");

    public EnrichConfig {
        kafka = Map.copyOf(kafka);
        languages = List.copyOf(languages);
    }

    /** Reads and validates every setting; a bad value fails with a {@link ConfigException} naming it. */
    public static EnrichConfig fromEnv(Env env) {
        String applicationId = env.get(ENRICH_APPLICATION_ID, DEFAULT_APPLICATION_ID);
        if (!applicationId.matches("[A-Za-z0-9._-]+")) {
            throw new ConfigException(ENRICH_APPLICATION_ID, applicationId, "may hold only letters, digits, '.', '_' and '-'");
        }
        Map<String, String> kafka = env.kafkaClientProperties().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().toString(), e -> e.getValue().toString()));
        DedupSettings dedup = DedupSettings.DEFAULTS.withWindows(
                duration(env, ENRICH_URL_WINDOW, DedupSettings.DEFAULTS.urlWindow()),
                duration(env, ENRICH_EXACT_WINDOW, DedupSettings.DEFAULTS.exactWindow()),
                duration(env, ENRICH_NEAR_WINDOW, DedupSettings.DEFAULTS.nearWindow()));
        List<String> languages = env.get(ENRICH_LANGUAGES)
                .map(v -> Arrays.stream(v.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList())
                .orElse(LanguageDetector.DEFAULT_LANGUAGES);
        for (String code : languages) {
            if (!code.matches("[a-z]{2}")) {
                throw new ConfigException(ENRICH_LANGUAGES, String.join(",", languages),
                        "'" + code + "' is not an ISO 639-1 code such as en or ko");
            }
        }
        if (languages.isEmpty()) {
            throw new ConfigException(ENRICH_LANGUAGES, "", "needs at least one language");
        }
        Optional<Path> taxonomy = env.get(ENRICH_TAXONOMY_FILE).map(Path::of);
        if (taxonomy.isPresent() && !Files.isReadable(taxonomy.get())) {
            throw new ConfigException(ENRICH_TAXONOMY_FILE, taxonomy.get().toString(), "is not a readable file");
        }
        return new EnrichConfig(applicationId, kafka, env.get(ENRICH_STATE_DIR).map(Path::of),
                env.getInt(ENRICH_THREADS, 1, 1, 64), dedup, languages, taxonomy,
                env.getInt(ENRICH_SUMMARY_CHARS, 300, 80, 5000), env.getInt(ENRICH_KEYWORDS, 10, 1, 100),
                env.get(ENRICH_HTTP_HOST, "127.0.0.1"), env.getInt(ENRICH_HTTP_PORT, 8081, 0, 65_535),
                PageSizeContract.from(env));
    }

    /** Every setting at its default: what an empty environment gives (Kafka at {@code localhost:9092}). */
    public static EnrichConfig defaults() {
        return fromEnv(new Env(Map.of()));
    }

    /** The defaults, with Kafka at {@code bootstrapServers} and the health and metrics port a free one. */
    public static EnrichConfig defaults(String applicationId, String bootstrapServers) {
        return defaults().withApplicationId(applicationId).withKafkaBootstrap(bootstrapServers).withHttpPort(0);
    }

    /** The same settings under another application id (consumer group, state and internal topics). */
    public EnrichConfig withApplicationId(String id) {
        return new EnrichConfig(id, kafka, stateDir, threads, dedup, languages, taxonomyFile, summaryChars, keywords,
                httpHost, httpPort, sizes);
    }

    /** The same settings with Kafka at {@code bootstrapServers}. */
    public EnrichConfig withKafkaBootstrap(String bootstrapServers) {
        Map<String, String> props = new HashMap<>(kafka);
        props.put(Env.BOOTSTRAP_SERVERS, bootstrapServers);
        return new EnrichConfig(applicationId, props, stateDir, threads, dedup, languages, taxonomyFile,
                summaryChars, keywords, httpHost, httpPort, sizes);
    }

    /** The same settings with the state stores under {@code dir}. */
    public EnrichConfig withStateDir(Path dir) {
        return new EnrichConfig(applicationId, kafka, Optional.of(dir), threads, dedup, languages, taxonomyFile,
                summaryChars, keywords, httpHost, httpPort, sizes);
    }

    /** The same settings with {@code count} stream threads (at most one per partition of the input is busy). */
    public EnrichConfig withThreads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + count);
        }
        return new EnrichConfig(applicationId, kafka, stateDir, count, dedup, languages, taxonomyFile,
                summaryChars, keywords, httpHost, httpPort, sizes);
    }

    /** The same settings with the health and metrics endpoints on {@code port} (0 for a free one). */
    public EnrichConfig withHttpPort(int port) {
        return new EnrichConfig(applicationId, kafka, stateDir, threads, dedup, languages, taxonomyFile,
                summaryChars, keywords, httpHost, port, sizes);
    }

    /** The same settings under another page limit, as {@code INGEST_MAX_PAGE_BYTES} would set it. */
    public EnrichConfig withMaxPageBytes(int bytes) {
        return new EnrichConfig(applicationId, kafka, stateDir, threads, dedup, languages, taxonomyFile,
                summaryChars, keywords, httpHost, httpPort, new PageSizeContract(bytes));
    }

    /** Topic the de-duplication decisions travel on back to the articles they concern. */
    public String decisionsTopic() {
        return applicationId + "-decisions";
    }

    /**
     * Kafka Streams settings: exactly-once, the DLQ handlers, the client settings, the stores' RocksDB options
     * ({@link StoreOptions} unless a setting names another), and the page-size contract: the
     * producer may send, and the changelog and repartition topics Kafka Streams creates may carry, every record of
     * {@link PageSizeContract#maxMessageBytes()}; the handlers cut a dead letter's value to
     * {@link PageSizeContract#maxRecordBytes()} ({@value #MAX_RECORD_BYTES_CONFIG}).
     */
    public Properties streamsProperties() {
        Properties props = new Properties();
        props.putAll(kafka);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.ENRICH_DLQ);
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DlqDeserializationHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DlqProcessingHandler.class);
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DlqProductionHandler.class);
        props.put(MAX_RECORD_BYTES_CONFIG, sizes.maxRecordBytes());
        sizes.producerSettings().forEach((name, value) -> props.put(StreamsConfig.producerPrefix(name), value));
        // Kafka Streams' own 10 s leaves too little room for the largest page a transaction may hold
        if (!kafka.containsKey(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG)) {
            props.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), TRANSACTION_TIMEOUT_MS);
        }
        if (!kafka.containsKey(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)) {
            props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, COMMIT_INTERVAL_MS);
        }
        // articles, probes and changelogs carry whole texts: lz4 makes them smaller on the wire and on the broker's
        // disk for little CPU (ingest compresses pages.clean the same way)
        if (!kafka.containsKey(ProducerConfig.COMPRESSION_TYPE_CONFIG)) {
            props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        }
        if (!kafka.containsKey(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG)) {
            props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, StoreOptions.class);
        }
        sizes.topicSettings().forEach((name, value) -> props.put(StreamsConfig.topicPrefix(name), value));
        stateDir.ifPresent(dir -> props.put(StreamsConfig.STATE_DIR_CONFIG, dir.toString()));
        return props;
    }

    private static Duration duration(Env env, String name, Duration defaultValue) {
        Optional<String> raw = env.get(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        String v = raw.get().toLowerCase(Locale.ROOT);
        Matcher m = SHORT_DURATION.matcher(v);
        Duration d;
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            d = switch (m.group(2)) {
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofMinutes(n);
            };
        } else {
            try {
                d = Duration.parse(raw.get().toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new ConfigException(name, raw.get(), "must be a duration such as 30d, 72h or P3D");
            }
        }
        if (d.isNegative() || d.isZero()) {
            throw new ConfigException(name, raw.get(), "must be positive");
        }
        return d;
    }
}
