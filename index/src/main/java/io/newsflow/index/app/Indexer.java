package io.newsflow.index.app;

import io.newsflow.service.dlq.DeadLetterWriter;
import io.micrometer.core.instrument.Gauge;
import io.newsflow.events.Topics;
import io.newsflow.service.ServiceShell;
import io.newsflow.service.management.Readiness;
import io.newsflow.service.config.ConfigException;
import io.newsflow.service.config.KafkaPreflight;
import io.newsflow.index.bulk.BatchSettler;
import io.newsflow.index.bulk.BulkMetrics;
import io.newsflow.index.bulk.BulkWriter;
import io.newsflow.index.connect.OpenSearchAccess;
import io.newsflow.index.connect.OpenSearchClients;
import io.newsflow.index.schema.IndexBootstrap;
import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index service: consumes {@code articles} (or {@code INDEX_TOPIC}; {@code read_committed}) and keeps OpenSearch in step. At start it
 * installs the template and aliases (waiting for OpenSearch if it is not up yet), then loops: poll, batch by
 * count/bytes/time, settle the batch with the partitions paused (retrying 429, 5xx, write blocks and outages with backoff,
 * dead-lettering rejected records to {@code index.dlq}), and commit the batch's offsets only then. Serves
 * {@code /health/live}, {@code /health/ready} (ready once the template is installed, the consumer has joined its
 * group, and OpenSearch is not failing, while Kafka answers: see {@link ServiceShell}) and Prometheus
 * {@code /metrics} on {@link IndexConfig#httpPort()}.
 *
 * <p>{@link #start()} once, {@link #close()} once (idempotent); the status methods are thread-safe.
 */
public final class Indexer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Indexer.class);
    private static final Duration IDLE_POLL = Duration.ofMillis(500);
    private static final Duration PAUSED_POLL = Duration.ofMillis(200);
    /** How often the lag is asked of Kafka, and how long an answer may take before the last figure stands. */
    private static final Duration LAG_INTERVAL = Duration.ofSeconds(1);
    private static final Duration LAG_TIMEOUT = Duration.ofMillis(500);

    private final IndexConfig config;
    private final ServiceShell shell;
    private final BulkMetrics metrics;
    private final AtomicLong lag = new AtomicLong();
    private final OpenSearchClient client;
    private final DeadLetterWriter deadLetters;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final BatchSettler settler;
    private final Thread loop;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Set<TopicPartition> revoked = new HashSet<>();
    /** Per partition, the offset last committed, so that an idle poll commits only positions that moved. */
    private final Map<TopicPartition, Long> committed = new HashMap<>();
    private volatile Health health = new Health(Health.State.STARTING, null);
    private volatile boolean settling;
    private volatile int assigned = -1;
    private long lagMeasuredAt = System.nanoTime() - LAG_INTERVAL.toNanos();
    /** Records read into the batch being filled or settled, not yet settled: part of the lag. Loop thread only. */
    private int unsettled;

    /**
     * Checks that Kafka accepts the client settings (see {@link KafkaPreflight}), builds the clients and serves the
     * health and metrics port (not ready until {@link #start()} has the consumer in its group); OpenSearch is first
     * contacted by {@link #start()}.
     *
     * @throws java.io.UncheckedIOException when the health and metrics port cannot be bound
     * @throws ConfigException when the TLS trust material cannot be loaded, or Kafka refuses the login or the TLS
     *                         handshake, or {@code index.dlq} cannot be made to carry the page-size contract
     */
    public Indexer(IndexConfig config) {
        this.config = config;
        this.shell = ServiceShell.open("index", config.kafka());
        this.metrics = new BulkMetrics(shell.registry());
        try {
            raiseDeadLetterTopicLimit(config);
            shell.serve(config.httpHost(), config.httpPort(), IndexConfig.INDEX_HTTP_PORT, this::readiness);
            this.client = OpenSearchClients.create(config.openSearch());
        } catch (RuntimeException e) {
            // the clients below hold nothing yet; the bound port must not outlive a failed start
            shell.close();
            throw e;
        }
        this.deadLetters = new DeadLetterWriter(config.kafka(), Topics.INDEX_DLQ, "newsflow-index-dlq",
                config.sizes());
        Map<String, Object> props = new HashMap<>(config.kafka());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Math.min(config.bulkMaxDocs(), 1000));
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-index");
        this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.settler = new BatchSettler(new BulkWriter(client, config.names()), deadLetters,
                config.backoff(), metrics, new Random());
        Gauge.builder("newsflow.index.lag", lag, AtomicLong::get)
                .description("records of the articles topic not yet consumed by the indexer").register(shell.registry());
        this.loop = new Thread(this::run, "newsflow-indexer");
    }

    /** Makes {@code index.dlq}, when it exists, carry the page-size contract: a letter holds a whole article. */
    private static void raiseDeadLetterTopicLimit(IndexConfig config) {
        try (Admin admin = Admin.create(config.kafka())) {
            config.sizes().raiseTopicLimits(admin, List.of(Topics.INDEX_DLQ));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the consumer loop; returns at once. */
    public void start() {
        loop.start();
        log.info("indexer started: {} -> {} (write alias {}), health and metrics on port {}", config.topic(),
                config.openSearch(), config.names().writeAlias(), shell.port());
    }

    public Health health() {
        return health;
    }

    /**
     * Ready when consuming ({@link Health#isUp()}: template installed, OpenSearch answering) and the consumer has
     * joined its group. An instance given no partition (more instances than partitions) is ready too: it stands by.
     */
    public Readiness readiness() {
        Health now = health;
        int partitions = assigned;
        if (!now.isUp()) {
            return Readiness.notReady(now.state() + (now.detail() == null ? "" : ": " + now.detail()));
        }
        if (partitions < 0) {
            return Readiness.notReady("waiting for partitions of " + config.topic() + " from group " + config.groupId());
        }
        return Readiness.ready("indexing " + partitions + " partition(s) of " + config.topic());
    }

    /** Counts of indexed, stale, rejected and retried documents since start. */
    public BulkMetrics metrics() {
        return metrics;
    }

    /** Records of {@code articles} the indexer has not consumed yet, as of its last poll. */
    public long lag() {
        return lag.get();
    }

    /** The port of {@code /health/live}, {@code /health/ready} and {@code /metrics}. */
    public int httpPort() {
        return shell.port();
    }

    /** Stops consuming (an unsettled batch is left uncommitted, to be redelivered), then releases everything. */
    @Override
    public void close() {
        if (closing.getCount() == 0) {
            return;
        }
        closing.countDown();
        if (loop.isAlive()) {
            consumer.wakeup();
            try {
                loop.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else if (loop.getState() == Thread.State.NEW) {
            // never started: the loop that would close the consumer never ran
            consumer.close(CloseOptions.timeout(Duration.ZERO));
        }
        deadLetters.close();
        try {
            client._transport().close();
        } catch (IOException e) {
            log.warn("closing the OpenSearch client failed: {}", e.toString());
        }
        shell.close();
        health = new Health(Health.State.STOPPED, null);
        log.info("indexer stopped");
    }

    private void run() {
        try {
            if (!bootstrap()) {
                return;
            }
            consumer.subscribe(Set.of(config.topic()), new PauseWhileSettling());
            health = new Health(Health.State.UP, null);
            PendingBatch batch = new PendingBatch(config.bulkMaxDocs(), config.bulkMaxBytes(), config.bulkMaxWait());
            while (closing.getCount() > 0) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(batch.untilDue(IDLE_POLL));
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    // an article that would take the batch over its bytes goes into the next one, alone if need be
                    if (batch.wouldOverflow(record)) {
                        flush(batch);
                    }
                    batch.add(record);
                    // cut at the bound, not after the poll: a bulk never exceeds the configured count or bytes
                    if (batch.isFull()) {
                        flush(batch);
                    }
                }
                unsettled = batch.size();
                updateLag();
                if (batch.isDue()) {
                    flush(batch);
                }
                if (records.isEmpty() && batch.size() == 0) {
                    commitPositions();
                }
            }
        } catch (WakeupException | InterruptedException e) {
            // close() woke us: an unsettled batch stays uncommitted and is redelivered to whoever consumes next
        } catch (RuntimeException e) {
            log.error("indexer loop failed; it stops consuming", e);
            health = new Health(Health.State.FAILED, e.toString());
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(10)));
        }
    }

    /**
     * Installs the template and aliases, retrying until OpenSearch answers or the indexer is closed; fails at once
     * (health FAILED, naming the cause) when OpenSearch refuses the credentials or the certificate.
     */
    private boolean bootstrap() throws InterruptedException {
        IndexBootstrap bootstrap = new IndexBootstrap(client, config.names(), config.shards(), config.replicas());
        Random random = new Random();
        for (int attempt = 0; ; attempt++) {
            try {
                OpenSearchAccess.verify(client, config.openSearch());
                bootstrap.install();
                return true;
            } catch (ConfigException e) {
                log.error("OpenSearch cannot be used: {}", e.getMessage());
                health = new Health(Health.State.FAILED, e.getMessage());
                return false;
            } catch (IOException | RuntimeException e) {
                Duration delay = config.backoff().delay(attempt, random);
                health = new Health(Health.State.STARTING, "OpenSearch not ready: " + e);
                log.warn("cannot install the index template yet ({}); retry in {} ms", e.toString(), delay.toMillis());
                if (closing.await(delay.toMillis(), TimeUnit.MILLISECONDS)) {
                    return false;
                }
            }
        }
    }

    private void flush(PendingBatch batch) throws InterruptedException {
        long started = System.nanoTime();
        Set<TopicPartition> paused = consumer.assignment();
        consumer.pause(paused);
        settling = true;
        unsettled = batch.size();
        BatchSettler.Settled settled;
        try {
            settled = settler.settle(batch.items(), batch.unreadable(), this::pollPaused);
        } finally {
            settling = false;
            consumer.resume(consumer.assignment());
        }
        health = new Health(Health.State.UP, null);
        metrics.batch(batch.size(), batch.bytes());
        commit(batch.offsets());
        log.info("batch of {} settled in {} ms: {} indexed, {} already newer, {} to {}, {} retries", batch.size(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), settled.indexed(), settled.stale(),
                settled.rejected(), Topics.INDEX_DLQ, settled.retries());
        batch.clear();
        unsettled = 0;
    }

    /**
     * Waits between retries by polling with every partition paused, so the group sees a live member and does
     * not rebalance however long OpenSearch is away.
     */
    private void pollPaused(Duration delay, String why) {
        health = new Health(Health.State.RETRYING, why);
        long deadline = System.nanoTime() + delay.toNanos();
        while (System.nanoTime() < deadline && closing.getCount() > 0) {
            updateLag();
            long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            ConsumerRecords<byte[], byte[]> unexpected = consumer.poll(Duration.ofMillis(Math.min(left,
                    PAUSED_POLL.toMillis())));
            // a partition assigned and not yet paused may still deliver: rewind it so nothing is skipped
            for (TopicPartition partition : unexpected.partitions()) {
                consumer.seek(partition, unexpected.records(partition).get(0).offset());
                consumer.pause(Set.of(partition));
            }
        }
        if (closing.getCount() == 0) {
            throw new WakeupException();
        }
    }

    /**
     * After an idle poll with nothing unsettled, commits each assigned partition's position where it moved past the
     * last commit: a batch's commit stops after its last article, and the position is past the transaction marker
     * that follows it, so the group's offsets reach the end of the topic and no lag of markers shows where committed
     * offsets are compared with the end ({@code /v1/status}, Kafka's tools) until the next article comes.
     */
    private void commitPositions() {
        Map<TopicPartition, OffsetAndMetadata> moved = new HashMap<>();
        for (TopicPartition partition : consumer.assignment()) {
            long position;
            try {
                position = consumer.position(partition, IDLE_POLL);
            } catch (org.apache.kafka.common.errors.TimeoutException e) {
                continue; // not known yet: the next idle poll tries again
            }
            Long last = committed.get(partition);
            if (last == null || position > last) {
                moved.put(partition, new OffsetAndMetadata(position));
            }
        }
        if (!moved.isEmpty()) {
            commit(moved);
        }
    }

    private void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        Set<TopicPartition> owned = consumer.assignment();
        Map<TopicPartition, OffsetAndMetadata> ours = offsets.entrySet().stream()
                .filter(e -> owned.contains(e.getKey()) && !revoked.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        revoked.clear();
        try {
            consumer.commitSync(ours);
            ours.forEach((partition, offset) -> committed.put(partition, offset.offset()));
        } catch (CommitFailedException e) {
            // the group moved on; the new owner re-reads from the last commit and external versions keep it exact
            log.warn("offsets of a settled batch not committed, it will be re-read: {}", e.getMessage());
        }
    }

    /**
     * The articles not yet settled: those of the batch being filled or settled, and, per assigned partition, those
     * from the consumer's position to the end of the topic (committed transactions only; the position, unlike a
     * committed offset, is past the transaction markers). Measured while a batch waits for OpenSearch too, so an
     * outage shows as growing lag. Asked of Kafka at most once per {@link #LAG_INTERVAL}; when Kafka does not
     * answer in time the last figure stands.
     */
    private void updateLag() {
        long now = System.nanoTime();
        if (now - lagMeasuredAt < LAG_INTERVAL.toNanos()) {
            return;
        }
        lagMeasuredAt = now;
        Set<TopicPartition> partitions = consumer.assignment();
        try {
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, LAG_TIMEOUT);
            long total = unsettled;
            for (TopicPartition partition : partitions) {
                long position = consumer.position(partition, LAG_TIMEOUT);
                total += Math.max(0, end.getOrDefault(partition, position) - position);
            }
            lag.set(total);
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            log.debug("lag not measured: Kafka did not answer within {} ms", LAG_TIMEOUT.toMillis());
        }
    }

    /** Keeps partitions assigned during a settle paused, and remembers revoked ones so they are not committed. */
    private final class PauseWhileSettling implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            revoked.addAll(partitions);
            partitions.forEach(committed::remove);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            revoked.removeAll(partitions);
            assigned = consumer.assignment().size();
            if (settling) {
                consumer.pause(partitions);
            }
        }
    }
}
