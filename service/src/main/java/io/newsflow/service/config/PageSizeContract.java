package io.newsflow.service.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.AlterConfigsOptions;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.DescribeConfigsOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline's one page-size contract: the largest page ingest accepts ({@value #INGEST_MAX_PAGE_BYTES}) and,
 * derived from it here and nowhere else, the largest record every later stage must be able to write and carry.
 * Every service reads the same variable, so what ingest accepts, enrich and index can carry.
 *
 * <p>The bounds, for a page of {@code P} bytes (HTML or text, UTF-8):
 * <ul>
 *   <li>{@link #maxPageRecordBytes()} = 2P + 64 KiB: the cleaned {@code Page} as JSON on {@code pages.clean}. The
 *       page's text, title, byline and captions come from disjoint parts of the page, so together they hold at most
 *       P bytes; JSON escaping at most doubles text ({@code "}, {@code \}, newline and tab take two bytes); the
 *       fixed part covers the URLs, ids, dates and field names. Ingest checks the serialized page against it
 *       (only text full of other control characters, escaped as six bytes each, can exceed it).</li>
 *   <li>{@link #maxRecordBytes()} = 2 &times; that + 128 KiB = 4P + 256 KiB: any value a stage writes. The
 *       largest is enrich's article (and its state, which holds it): the page's fields once, plus entities and
 *       keywords, which are words of the text listed once each (at most the text again), plus bounded fields
 *       (summary of at most 5,000 characters, topics, language, story and its list of copies). Enrich refuses to
 *       write anything larger (the record goes to {@code enrich.dlq}).</li>
 *   <li>{@link #maxMessageBytes()} = that + 64 KiB for the key, the headers (a dead letter's are bounded) and the
 *       batch framing: the topics' {@code max.message.bytes}, the producers' {@code max.request.size}, the local
 *       broker's {@code message.max.bytes}. Consumers need no setting: since Kafka 0.10.1 a fetch returns a record
 *       larger than {@code max.partition.fetch.bytes} / {@code fetch.max.bytes} on its own.</li>
 * </ul>
 * At the largest page allowed (16 MiB) a message is 64.3 MiB: under the broker's default
 * {@code socket.request.max.bytes} (100 MiB) and OpenSearch's default {@code http.max_content_length} (100 MB).
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxPageBytes the largest page ingest accepts, in bytes
 */
public record PageSizeContract(int maxPageBytes) {

    /** The variable every service reads the page limit from. */
    public static final String INGEST_MAX_PAGE_BYTES = "INGEST_MAX_PAGE_BYTES";
    /** 5 MiB: five times a heavy news page. */
    public static final int DEFAULT_MAX_PAGE_BYTES = 5 << 20;
    public static final int MIN_PAGE_BYTES = 1 << 10;
    /** 16 MiB: the largest page whose records stay under Kafka's and OpenSearch's default request limits. */
    public static final int MAX_PAGE_BYTES = 16 << 20;

    private static final int KIB = 1 << 10;
    private static final int ADMIN_TIMEOUT_MS = 15_000;
    private static final Logger LOG = LoggerFactory.getLogger(PageSizeContract.class);

    public PageSizeContract {
        if (maxPageBytes < MIN_PAGE_BYTES || maxPageBytes > MAX_PAGE_BYTES) {
            throw new ConfigException(INGEST_MAX_PAGE_BYTES, Integer.toString(maxPageBytes),
                    "must be between " + MIN_PAGE_BYTES + " and " + MAX_PAGE_BYTES);
        }
    }

    /** The contract at the default page limit. */
    public static PageSizeContract defaults() {
        return new PageSizeContract(DEFAULT_MAX_PAGE_BYTES);
    }

    /**
     * Reads {@value #INGEST_MAX_PAGE_BYTES}.
     *
     * @throws ConfigException naming the variable when it is not a whole number in range
     */
    public static PageSizeContract from(Env env) {
        return new PageSizeContract(env.getInt(INGEST_MAX_PAGE_BYTES, DEFAULT_MAX_PAGE_BYTES, MIN_PAGE_BYTES,
                MAX_PAGE_BYTES));
    }

    /** The largest cleaned page, as JSON, that ingest publishes to {@code pages.clean}. */
    public int maxPageRecordBytes() {
        return 2 * maxPageBytes + 64 * KIB;
    }

    /** The largest record value any stage writes to any topic or store. */
    public int maxRecordBytes() {
        return 2 * maxPageRecordBytes() + 128 * KIB;
    }

    /** The largest message (value, key, headers, framing): topics' {@code max.message.bytes}, producers' request size. */
    public int maxMessageBytes() {
        return maxRecordBytes() + 64 * KIB;
    }

    /**
     * The producer settings that let a producer send every record of the contract: {@code max.request.size}, and a
     * {@code buffer.memory} that holds two of the largest (a record larger than the buffer is refused too).
     */
    public Map<String, Object> producerSettings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxMessageBytes());
        settings.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Math.max(32L << 20, 2L * maxMessageBytes()));
        return settings;
    }

    /** The topic setting that lets a topic carry every record of the contract. */
    public Map<String, String> topicSettings() {
        return Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(maxMessageBytes()));
    }

    /**
     * Raises {@code max.message.bytes} of each existing topic of {@code topics} that carries less than
     * {@link #maxMessageBytes()} (topics made before the contract, or by hand with the broker's 1 MB default).
     * Missing topics are left alone; whoever creates them sets the limit. When Kafka does not allow this client to
     * read topic configurations, or does not answer within 15 s (a service may start before its broker), it says so
     * in the log and leaves the check to the operator. Retriable errors (a broker that has not yet learnt of a topic
     * made a moment ago) are retried for up to 15 s.
     *
     * @throws ConfigException naming {@value #INGEST_MAX_PAGE_BYTES} when a topic stays too small for the contract
     */
    public void raiseTopicLimits(Admin admin, Collection<String> topics) throws InterruptedException {
        try {
            Map<ConfigResource, Collection<AlterConfigOp>> raise = untilSettled(ADMIN_TIMEOUT_MS,
                    () -> limitsToRaise(admin, topics));
            if (!raise.isEmpty()) {
                untilSettled(ADMIN_TIMEOUT_MS, () -> admin.incrementalAlterConfigs(raise,
                        new AlterConfigsOptions().timeoutMs(ADMIN_TIMEOUT_MS)).all().get());
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicAuthorizationException
                    || e.getCause() instanceof ClusterAuthorizationException) {
                LOG.warn("not allowed to check max.message.bytes of {}: make sure each carries {} bytes ({}={})",
                        topics, maxMessageBytes(), INGEST_MAX_PAGE_BYTES, maxPageBytes);
                return;
            }
            if (e.getCause() instanceof RetriableException) {
                LOG.warn("Kafka did not settle within {} ms ({}): max.message.bytes of {} not checked (needs {} bytes"
                        + " for {}={})", ADMIN_TIMEOUT_MS, e.getCause().toString(), topics, maxMessageBytes(),
                        INGEST_MAX_PAGE_BYTES, maxPageBytes);
                return;
            }
            throw new ConfigException(INGEST_MAX_PAGE_BYTES, Integer.toString(maxPageBytes),
                    "needs topics " + topics + " to carry messages of " + maxMessageBytes() + " bytes (max.message.bytes),"
                            + " but they could not be checked or raised: " + e.getCause());
        }
    }

    /** Each existing topic of {@code topics} that carries less than the contract, with the change that raises it. */
    private Map<ConfigResource, Collection<AlterConfigOp>> limitsToRaise(Admin admin, Collection<String> topics)
            throws ExecutionException, InterruptedException {
        Set<String> existing = admin.listTopics(new ListTopicsOptions().timeoutMs(ADMIN_TIMEOUT_MS)).names().get();
        List<ConfigResource> resources = new ArrayList<>();
        for (String topic : topics) {
            if (existing.contains(topic)) {
                resources.add(new ConfigResource(ConfigResource.Type.TOPIC, topic));
            }
        }
        Map<ConfigResource, Collection<AlterConfigOp>> raise = new HashMap<>();
        if (resources.isEmpty()) {
            return raise;
        }
        Map<ConfigResource, Config> configs = admin.describeConfigs(resources,
                new DescribeConfigsOptions().timeoutMs(ADMIN_TIMEOUT_MS)).all().get();
        configs.forEach((resource, config) -> {
            ConfigEntry entry = config.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
            long carried = entry == null || entry.value() == null ? 0 : Long.parseLong(entry.value());
            if (carried < maxMessageBytes()) {
                LOG.info("topic {} carries messages up to {} bytes; raising max.message.bytes to {} for {}={}",
                        resource.name(), carried, maxMessageBytes(), INGEST_MAX_PAGE_BYTES, maxPageBytes);
                raise.put(resource, List.of(new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                        Integer.toString(maxMessageBytes())), AlterConfigOp.OpType.SET)));
            }
        });
        return raise;
    }

    /** An admin call that may fail while the cluster settles. */
    @FunctionalInterface
    interface AdminCall<T> {
        T call() throws ExecutionException, InterruptedException;
    }

    /**
     * Runs {@code call}, again after a short pause while it fails with a retriable error (a broker that has not yet
     * learnt of a topic made a moment ago answers "unknown topic"), for up to {@code timeoutMs}; then the last error.
     */
    static <T> T untilSettled(long timeoutMs, AdminCall<T> call) throws ExecutionException, InterruptedException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        long pauseMs = 50;
        while (true) {
            try {
                return call.call();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof RetriableException) || System.nanoTime() + pauseMs * 1_000_000L > deadline) {
                    throw e;
                }
                LOG.debug("retrying after {}", e.getCause().toString());
                Thread.sleep(pauseMs);
                pauseMs = Math.min(1_000, pauseMs * 2);
            }
        }
    }
}
