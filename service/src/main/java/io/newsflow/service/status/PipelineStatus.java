package io.newsflow.service.status;

import io.newsflow.events.Topics;
import io.newsflow.service.config.Env;
import io.newsflow.service.status.StatusSnapshot.Figure;
import io.newsflow.service.status.StatusSnapshot.Lag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline as a status page shows it, read from Kafka alone, so that a service shows every stage without
 * depending on the others: the end offsets of the topics and the offsets the stages' consumer groups committed
 * (through an admin client), and the records of {@code pages.clean}, {@code articles}, {@code articles.duplicates}
 * and the dead-letter topics (through one read_committed consumer that belongs to no group and commits nothing).
 * The arithmetic is {@link PipelineTally}'s.
 *
 * <p>One background thread samples every {@link Settings#interval()}; {@link #snapshot()} returns the last sample
 * without waiting, however many pages ask. A sample reads at most a bounded slice of new records (the rest waits for
 * the next one) and keeps nothing unbounded. When Kafka does not answer the last figures stay, marked as such.
 * Counting starts with the first sample that reaches Kafka; the dead-letter topics are read from their beginning, so
 * they show every letter they hold; a few records before the start fill the lists of stories.
 *
 * <p>Thread-safe.
 */
public final class PipelineStatus implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineStatus.class);

    /** Records read back on each data partition at start, for the lists of stories and syndications. */
    static final int LOOK_BACK = 50;
    private static final int RECENT_ITEMS = 10;
    private static final int MAX_RUNS = 4_096;
    private static final Duration RATE_WINDOW = Duration.ofMinutes(1);
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(3);
    private static final String ENRICH_READ = "enrich.read";
    private static final String INDEXED = "index.indexed";

    /**
     * Where the figures come from.
     *
     * @param kafka       Kafka client properties (bootstrap servers, security)
     * @param enrichGroup enrich's consumer group (its application id)
     * @param indexGroup  the indexer's consumer group
     * @param interval    time between samples
     */
    public record Settings(Properties kafka, String enrichGroup, String indexGroup, Duration interval) {

        /** Enrich's application id unless set otherwise; the same variable enrich reads. */
        public static final String ENRICH_APPLICATION_ID = "ENRICH_APPLICATION_ID";
        /** The indexer's consumer group unless set otherwise; the same variable index reads. */
        public static final String INDEX_GROUP_ID = "INDEX_GROUP_ID";
        public static final String DEFAULT_ENRICH_GROUP = "newsflow-enrich";
        public static final String DEFAULT_INDEX_GROUP = "newsflow-index";
        public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(2);
        /** {@code STATUS_KAFKA_X} sets the status page's Kafka client setting x over the host service's. */
        public static final String KAFKA_OVERRIDES = "STATUS_";

        public Settings {
            Properties copy = new Properties();
            copy.putAll(kafka);
            kafka = copy;
        }

        /**
         * The groups named by {@code ENRICH_APPLICATION_ID} and {@code INDEX_GROUP_ID} in {@code env}; the host
         * service's Kafka settings {@code kafka}, where the variables {@code STATUS_KAFKA_...} override them (a Kafka
         * user of its own for the status page, which reads what the host service may not).
         */
        public static Settings from(Env env, Properties kafka) {
            Properties own = new Properties();
            own.putAll(kafka);
            own.putAll(env.kafkaClientOverrides(KAFKA_OVERRIDES));
            return new Settings(own, env.get(ENRICH_APPLICATION_ID, DEFAULT_ENRICH_GROUP),
                    env.get(INDEX_GROUP_ID, DEFAULT_INDEX_GROUP), DEFAULT_INTERVAL);
        }

        @Override
        public Properties kafka() {
            Properties copy = new Properties();
            copy.putAll(kafka);
            return copy;
        }
    }

    private final Settings settings;
    private final String hostStage;
    private final Supplier<List<Figure>> hostFigures;
    private final Clock clock;
    private final PipelineTally tally = new PipelineTally(RECENT_ITEMS, MAX_RUNS, RATE_WINDOW);
    private final Admin admin;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread sampler;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final String bootstrapServers;
    private volatile StatusSnapshot snapshot;
    // the sampler thread's own state
    private final Set<TopicPartition> assigned = new HashSet<>();
    private Instant since;
    private Instant unreachableSince;
    private Lag enrichLag;
    private Lag indexLag;

    /**
     * Prepares the clients; {@link #start()} starts sampling.
     *
     * @param hostStage   the name of the stage this runs in ({@code ingest})
     * @param hostFigures that stage's own counters (counts only), asked once per sample
     */
    public PipelineStatus(Settings settings, String hostStage, Supplier<List<Figure>> hostFigures) {
        this.settings = settings;
        this.hostStage = hostStage;
        this.hostFigures = hostFigures;
        this.clock = Clock.systemUTC();
        Properties props = settings.kafka();
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(KAFKA_TIMEOUT.toMillis()));
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(KAFKA_TIMEOUT.toMillis()));
        this.bootstrapServers = props.getProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "");
        Properties adminProps = new Properties();
        adminProps.putAll(props);
        adminProps.put(AdminClientConfig.CLIENT_ID_CONFIG, "newsflow-" + hostStage + "-status-admin");
        this.admin = Admin.create(adminProps);
        Properties consumerProps = new Properties();
        consumerProps.putAll(props);
        consumerProps.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumerProps.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-" + hostStage + "-status");
        consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // a slice per poll, not the defaults' 50 MiB: an article is rarely over a megabyte, and a larger one still
        // comes alone
        consumerProps.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Integer.toString(4 << 20));
        consumerProps.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(1 << 20));
        consumerProps.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        this.consumer = new KafkaConsumer<>(consumerProps, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.snapshot = emptySnapshot(clock.instant(), null);
        this.sampler = new Thread(this::run, "newsflow-" + hostStage + "-status");
        sampler.setDaemon(true);
    }

    public void start() {
        sampler.start();
    }

    /** The last sample; never waits. */
    public StatusSnapshot snapshot() {
        return snapshot;
    }

    private void run() {
        try {
            do {
                sample();
            } while (!closed.await(settings.interval().toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException | WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(2));
            admin.close(Duration.ofSeconds(2));
        }
    }

    private void sample() throws InterruptedException {
        Instant at = clock.instant();
        String problem = null;
        try {
            read(at);
            if (unreachableSince != null) {
                LOG.info("status page: Kafka at {} answers again", bootstrapServers);
                unreachableSince = null;
            }
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            if (e instanceof WakeupException wakeup) {
                throw wakeup;
            }
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            problem = cause instanceof TimeoutException || cause.getMessage() == null
                    ? "no answer within " + KAFKA_TIMEOUT.toSeconds() + " s" : cause.getMessage();
            if (unreachableSince == null) {
                unreachableSince = at;
                LOG.warn("status page: cannot read the pipeline's figures from Kafka at {}: {}", bootstrapServers,
                        problem);
            }
        } catch (RuntimeException e) {
            // whatever went wrong, the page keeps its last figures and the next sample tries again
            LOG.warn("status page: a sample failed: {}", e.toString());
        }
        StatusSnapshot.Kafka kafka = new StatusSnapshot.Kafka(problem == null, bootstrapServers, problem,
                unreachableSince);
        try {
            snapshot = tally.snapshot(at, since, kafka, hostStage, hostFigures.get(), ENRICH_READ, enrichLag, INDEXED,
                    indexLag);
        } catch (RuntimeException e) {
            LOG.warn("status page: the figures could not be computed: {}", e.toString());
        }
    }

    /** One sample: new partitions, committed offsets, end offsets, then the records up to those ends. */
    private void read(Instant at) throws ExecutionException, TimeoutException, InterruptedException {
        long timeoutMs = KAFKA_TIMEOUT.toMillis();
        Set<String> existing = admin.listTopics(new ListTopicsOptions().timeoutMs((int) timeoutMs)).names()
                .get(timeoutMs, TimeUnit.MILLISECONDS);
        List<String> watched = new ArrayList<>();
        for (String topic : TopicCounter.TOPICS) {
            if (existing.contains(topic)) {
                watched.add(topic);
            }
        }
        Set<TopicPartition> partitions = new HashSet<>();
        for (TopicDescription topic : admin.describeTopics(watched).allTopicNames().get(timeoutMs,
                TimeUnit.MILLISECONDS).values()) {
            topic.partitions().forEach(p -> partitions.add(new TopicPartition(topic.name(), p.partition())));
        }
        Set<TopicPartition> gone = new HashSet<>(assigned);
        gone.removeAll(partitions);
        if (!gone.isEmpty()) {
            // a topic was deleted: stop reading it (if it comes back, it counts from its beginning)
            gone.forEach(tally::untrack);
            assigned.removeAll(gone);
            consumer.assign(assigned);
        }
        Set<TopicPartition> fresh = new HashSet<>(partitions);
        fresh.removeAll(assigned);
        if (!fresh.isEmpty()) {
            startReading(fresh);
            if (since == null) {
                since = at;
            }
        }
        Map<TopicPartition, Long> enrichCommitted = committed(settings.enrichGroup());
        Map<TopicPartition, Long> indexCommitted = committed(settings.indexGroup());
        Map<TopicPartition, Long> ends = offsets(assigned, OffsetSpec.latest());
        catchUp(ends);
        Map<TopicPartition, Long> unread = new HashMap<>();
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            unread.put(end.getKey(), Math.max(0, end.getValue() - consumer.position(end.getKey())));
        }
        enrichLag = tally.settle(Topics.PAGES_CLEAN, settings.enrichGroup(), enrichCommitted, unread, ENRICH_READ);
        indexLag = tally.settle(Topics.ARTICLES, settings.indexGroup(), indexCommitted, unread, INDEXED);
    }

    /**
     * Assigns {@code fresh} partitions. At the first sample, records on the data topics count from the end (a few
     * before it are read for the lists), and the dead-letter topics are read whole; a partition that appears later
     * (a topic created since) counts from its beginning.
     */
    private void startReading(Set<TopicPartition> fresh) throws ExecutionException, TimeoutException,
            InterruptedException {
        Map<TopicPartition, Long> beginnings = offsets(fresh, OffsetSpec.earliest());
        Map<TopicPartition, Long> ends = offsets(fresh, OffsetSpec.latest());
        boolean first = assigned.isEmpty();
        for (TopicPartition partition : fresh) {
            long begin = beginnings.getOrDefault(partition, 0L);
            tally.track(partition, first ? ends.getOrDefault(partition, begin) : begin);
        }
        assigned.addAll(fresh);
        consumer.assign(assigned);
        for (TopicPartition partition : fresh) {
            long begin = beginnings.getOrDefault(partition, 0L);
            boolean deadLetters = TopicCounter.DEAD_LETTER_TOPICS.contains(partition.topic());
            long end = ends.getOrDefault(partition, begin);
            consumer.seek(partition, deadLetters || !first ? begin : Math.max(begin, end - LOOK_BACK));
        }
    }

    /** Reads records until every partition reached {@code ends}, or for at most half an interval. */
    private void catchUp(Map<TopicPartition, Long> ends) {
        long deadline = System.nanoTime() + settings.interval().toNanos() / 2;
        while (System.nanoTime() < deadline && behind(ends)) {
            long leftMs = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(Math.min(leftMs, 200)))) {
                tally.read(new TopicPartition(record.topic(), record.partition()), record.offset(),
                        Instant.ofEpochMilli(record.timestamp()), record.value());
            }
        }
    }

    private boolean behind(Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            if (consumer.position(end.getKey()) < end.getValue()) {
                return true;
            }
        }
        return false;
    }

    private Map<TopicPartition, Long> committed(String group) throws ExecutionException, TimeoutException,
            InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(KAFKA_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> next = new HashMap<>();
        offsets.forEach((partition, offset) -> {
            if (offset != null) {
                next.put(partition, offset.offset());
            }
        });
        return next;
    }

    private Map<TopicPartition, Long> offsets(Set<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, TimeoutException, InterruptedException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(partition -> request.put(partition, spec));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                .get(KAFKA_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    private StatusSnapshot emptySnapshot(Instant at, String problem) {
        return new PipelineTally(0, 2, RATE_WINDOW).snapshot(at, null,
                new StatusSnapshot.Kafka(false, bootstrapServers, problem, null), hostStage, List.of(), ENRICH_READ,
                null, INDEXED, null);
    }

    /** Stops sampling and closes the clients (at most a few seconds). Idempotent. */
    @Override
    public void close() {
        closed.countDown();
        consumer.wakeup();
        try {
            sampler.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!sampler.isAlive() && sampler.getState() == Thread.State.NEW) {
            consumer.close(Duration.ZERO);
            admin.close(Duration.ZERO);
        }
    }
}
