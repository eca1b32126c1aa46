package io.newsflow.enrich.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.events.JsonSerde;
import io.newsflow.events.Page;
import io.newsflow.events.Topics;
import io.newsflow.localstack.LocalKafka;
import io.newsflow.testkit.LocalKafkaExtension;
import io.newsflow.testkit.PageAccounting;
import io.newsflow.testkit.SmallDisk;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich service killed and frozen the way Kafka's own streams system tests do it ({@code streams_eos_test.py}:
 * a driver keeps writing while instances are killed with SIGKILL and restarted, then a verifier checks that every
 * record was processed exactly once). Here the driver is a {@link PageFlow} of pages, copies, repeats and records
 * that are not pages; the service runs as a JVM of its own ({@link EnrichProcess}); and each test ends with the
 * {@link PageAccounting}: every page submitted is exactly one article, duplicate, repeat or dead letter, and
 * {@code articles} holds no write twice. A last test stops the broker under a running service. The class has its
 * own broker; each test its own application id and texts.
 */
class EnrichFaultIT {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichFaultIT.class);

    /**
     * The broker looks for transactions past their timeout every second rather than every 10 s: a frozen or killed
     * instance's open transaction holds back every {@code read_committed} reader of the partitions it wrote to until
     * it is aborted.
     */
    @RegisterExtension
    static final LocalKafkaExtension KAFKA = LocalKafkaExtension.ownCluster(LocalKafka.Options.defaults()
            .config("transaction.abort.timed.out.transaction.cleanup.interval.ms", "1000"));
    private static final Duration PATIENCE = Duration.ofSeconds(180);
    private static final int PARTITIONS = 4;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /**
     * A dead or frozen member leaves the group after 6 s (the broker's minimum) rather than 45 s, and its open
     * transaction is aborted after 10 s (Kafka Streams' own default) rather than the service's 60 s, which leaves
     * room for the largest pages; these pages are articles of ordinary length.
     */
    private static final Map<String, String> QUICK_GROUP = Map.of("KAFKA_SESSION_TIMEOUT_MS", "6000",
            "KAFKA_HEARTBEAT_INTERVAL_MS", "2000", "KAFKA_TRANSACTION_TIMEOUT_MS", "10000");
    /** At most one submission per PACE, with at most WINDOW pages not settled yet. */
    private static final Duration PACE = Duration.ofMillis(100);
    private static final int WINDOW = 12;
    /** Submissions before the flow may stop: enough for every kind (a record that is no page is every 25th). */
    private static final int MIN_SUBMISSIONS = 50;
    /** Pages a running instance must have settled, among those submitted after it became ready. */
    private static final int FRESH = 3;

    /** The services' logs, kept after the run to tell what happened. */
    private static final Path LOGS = Path.of("target", "enrich-fault-logs");

    @TempDir
    static Path tmp;
    private static Admin admin;

    @BeforeAll
    static void topics() throws IOException {
        Files.createDirectories(LOGS);
        KAFKA.kafka().createTopic(Topics.PAGES_CLEAN, PARTITIONS);
        KAFKA.kafka().createTopic(Topics.ARTICLES, PARTITIONS);
        KAFKA.kafka().createTopic(Topics.ARTICLES_DUPLICATES, PARTITIONS);
        KAFKA.kafka().createTopic(Topics.ENRICH_DLQ, 1);
        admin = Admin.create(Map.of("bootstrap.servers", KAFKA.bootstrapServers()));
    }

    @AfterAll
    static void closeAdmin() {
        admin.close();
    }

    @Test
    void threeSigkillsOfAnInstanceRestartedOnItsStateDirectoryOrOnAnEmptyOneLoseNothingAndWriteNothingTwice()
            throws Exception {
        List<String> texts = texts(100, 250);
        String app = "enrich-fault-kill";
        Path state = tmp.resolve("kill-state");
        try (Outcomes outcomes = new Outcomes(KAFKA.bootstrapServers());
             PageFlow flow = flow(texts, outcomes)) {
            EnrichProcess enrich = EnrichProcess.start(KAFKA.bootstrapServers(), app, state, LOGS.resolve("kill-0.log"),
                    QUICK_GROUP);
            try {
                flow.start();
                for (int kill = 1; kill <= 3; kill++) {
                    awaitProcessing(enrich, flow, outcomes);
                    enrich.kill();
                    LOG.info("SIGKILL {} of enrich (pid {}) after {} submissions", kill, enrich.pid(), flow.accepted());
                    // the last restart is on an empty state directory: the stores come back from their changelogs
                    Path restartState = kill < 3 ? state : tmp.resolve("kill-state-empty");
                    enrich = EnrichProcess.start(KAFKA.bootstrapServers(), app, restartState,
                            LOGS.resolve("kill-" + kill + ".log"), QUICK_GROUP);
                }
                finish(enrich, flow, outcomes);
            } finally {
                enrich.close();
            }
            settle(flow, outcomes);
        }
    }

    @Test
    void anInstanceFrozenPastItsSessionTimeoutIsFencedWhileItsPartnerTakesOverAndWritesNothingTwiceWhenThawed()
            throws Exception {
        List<String> texts = texts(350, 250);
        String app = "enrich-fault-zombie";
        try (Outcomes outcomes = new Outcomes(KAFKA.bootstrapServers());
             PageFlow flow = flow(texts, outcomes);
             EnrichProcess zombie = EnrichProcess.start(KAFKA.bootstrapServers(), app, tmp.resolve("zombie-a"),
                     LOGS.resolve("zombie-a.log"), QUICK_GROUP);
             EnrichProcess partner = EnrichProcess.start(KAFKA.bootstrapServers(), app, tmp.resolve("zombie-b"),
                     LOGS.resolve("zombie-b.log"), QUICK_GROUP)) {
            flow.start();
            await().atMost(PATIENCE).until(() -> zombie.isReady() && partner.isReady()
                    && membersWithPartitions(app) == 2);
            awaitProcessing(zombie, flow, outcomes);

            zombie.freeze();
            int frozenAt = flow.accepted();
            LOG.info("SIGSTOP of enrich (pid {}) after {} submissions", zombie.pid(), frozenAt);
            // the group drops the frozen member once its session times out, and the partner takes every partition
            await().atMost(PATIENCE).until(() -> members(app).members().size() == 1);
            // at least 20 pages sent while frozen, and enough of them to fall in every partition (page ids are random:
            // 20 of them miss one of 4 partitions about once in 80 runs), so that the partner takes over each one
            await().atMost(PATIENCE).until(() -> flow.idsFrom(frozenAt).size() >= 20
                    && partitionsOf(flow.idsFrom(frozenAt)).size() == PARTITIONS);
            List<String> whileFrozen = flow.idsFrom(frozenAt);
            await().atMost(PATIENCE).until(() -> outcomes.read().settled(whileFrozen));

            zombie.thaw();
            LOG.info("SIGCONT of enrich (pid {}) after {} submissions", zombie.pid(), flow.accepted());
            // the thawed instance finds itself fenced, rejoins the group and works again
            await().atMost(PATIENCE).until(() -> membersWithPartitions(app) == 2);
            awaitProcessing(zombie, flow, outcomes);
            stop(flow);
            await().atMost(PATIENCE).until(() -> outcomes.read().settled(flow.accounting().pageIds()));
            zombie.stop();
            partner.stop();
            settle(flow, outcomes);
        }
    }

    /**
     * The disk of the state directory fills up under a running instance whose stores write their files every few pages
     * ({@link SmallWriteBuffers}, as a busy instance's do). The disk is large enough for the state of every page on
     * {@code pages.clean}, the earlier tests' too, which a new application id reads from the start. Once it is full,
     * RocksDB can write no more: stream threads fail, are replaced and fail again, and the service gives up, not
     * ready, saying why; no record is dead-lettered for it. Once the disk has room and the instance is restarted (by
     * its orchestrator, here by the test) on the same state directory, it takes up where its last commit left off:
     * nothing lost, nothing written twice.
     */
    @Test
    void anInstanceWhoseStateDiskFillsUpGivesUpSayingWhyAndOnceThereIsRoomLosesNothingAndWritesNothingTwice()
            throws Exception {
        List<String> texts = texts(601, 100);
        String app = "enrich-fault-disk";
        Map<String, String> env = new HashMap<>(QUICK_GROUP);
        env.put("KAFKA_ROCKSDB_CONFIG_SETTER", SmallWriteBuffers.class.getName());
        try (SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), "512m");
             Outcomes outcomes = new Outcomes(KAFKA.bootstrapServers());
             PageFlow flow = flow(texts, outcomes)) {
            Path state = disk.root().resolve("state");
            EnrichProcess enrich = EnrichProcess.start(KAFKA.bootstrapServers(), app, state, LOGS.resolve("disk-0.log"),
                    env);
            try {
                flow.start();
                awaitProcessing(enrich, flow, outcomes);
                long filled = disk.fill();
                LOG.info("state disk of enrich (pid {}) filled with {} bytes after {} submissions", enrich.pid(),
                        filled, flow.accepted());
                EnrichProcess full = enrich;
                await().atMost(PATIENCE).until(() -> full.readiness().contains("Kafka Streams ERROR"));
                String gaveUp = full.readiness();
                LOG.info("enrich on a full disk: {}", gaveUp);
                assertTrue(gaveUp.startsWith("503 ") && gaveUp.contains("No space left on device"), gaveUp);

                disk.free();
                enrich.stop();
                enrich = EnrichProcess.start(KAFKA.bootstrapServers(), app, state, LOGS.resolve("disk-1.log"), env);
                finish(enrich, flow, outcomes);
            } finally {
                enrich.close();
            }
            settle(flow, outcomes);
            // the full disk was no record's fault: no record, page or lookup, was dead-lettered for it
            List<String> storeLetters = outcomes.deadLetterErrors().stream()
                    .filter(e -> e.contains("StateStoreException") || e.contains("ProcessorStateException")
                            || e.contains("No space left on device"))
                    .toList();
            assertTrue(storeLetters.isEmpty(), "dead-lettered for the disk: " + storeLetters);
        }
    }

    @Test
    void whileKafkaIsDownTheServiceSaysItIsNotReadyAndWhyAndOnceKafkaIsBackItIsReadyAndWorksAgain() throws Exception {
        LocalKafka kafka = KAFKA.kafka();
        EnrichConfig config = EnrichConfig.defaults("enrich-fault-outage", kafka.bootstrapServers())
                .withStateDir(tmp.resolve("outage"));
        try (EnrichService service = EnrichService.start(config);
             Outcomes outcomes = new Outcomes(kafka.bootstrapServers())) {
            await().atMost(PATIENCE).until(() -> ready(service).statusCode() == 200);

            kafka.stopBroker(0);
            try {
                // Kafka Streams stays RUNNING through an outage: readiness on its state alone would stay 200
                await().atMost(PATIENCE).until(() -> ready(service).statusCode() == 503);
                HttpResponse<String> down = ready(service);
                assertTrue(down.body().contains("Kafka at " + kafka.bootstrapServers() + " unreachable since"),
                        down.body());
                assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + service.httpPort() + "/health/live")).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode(), "the service stays live");
            } finally {
                kafka.startBroker(0);
            }
            await().atMost(PATIENCE).until(() -> ready(service).statusCode() == 200);

            Page page = ItPages.page("https://after-outage.example/" + UUID.randomUUID(), "after the outage",
                    texts(600, 1).get(0), Instant.parse("2026-03-02T08:00:00Z"));
            try (KafkaProducer<String, Page> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(), ProducerConfig.ACKS_CONFIG,
                    "all"), new StringSerializer(), JsonSerde.page())) {
                producer.send(new ProducerRecord<>(Topics.PAGES_CLEAN, page.id(), page)).get();
            }
            await().atMost(PATIENCE).until(() -> outcomes.read().settled(List.of(page.id())));
        }
    }

    private static HttpResponse<String> ready(EnrichService service) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort()
                + "/health/ready")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Waits until {@code enrich} is ready and has the outcomes of {@value #FRESH} pages submitted after that: it
     * processes, and the flow goes on.
     */
    private static void awaitProcessing(EnrichProcess enrich, PageFlow flow, Outcomes outcomes) {
        long started = System.nanoTime();
        await().atMost(PATIENCE).until(enrich::isReady);
        int from = flow.accepted();
        long ready = System.nanoTime();
        try {
            await().atMost(PATIENCE).until(() -> {
                List<String> fresh = flow.idsFrom(from);
                return fresh.size() >= FRESH && outcomes.read().settled(fresh.subList(0, FRESH));
            });
        } catch (ConditionTimeoutException e) {
            LOG.error("no outcome for the pages sent since {} ({} unsettled of {}); {}", from,
                    outcomes.unsettled(flow.idsFrom(from)), flow.idsFrom(from).size(), transactionsAndOffsets());
            throw e;
        }
        LOG.info("enrich (pid {}) ready after {} ms, then settled {} fresh pages in {} ms", enrich.pid(),
                (ready - started) / 1_000_000, FRESH, (System.nanoTime() - ready) / 1_000_000);
    }

    /** The end of a run: {@code enrich} processes, the flow stops, every page settles, and enrich stops. */
    private static void finish(EnrichProcess enrich, PageFlow flow, Outcomes outcomes) throws InterruptedException {
        awaitProcessing(enrich, flow, outcomes);
        stop(flow);
        await().atMost(PATIENCE).until(() -> outcomes.read().settled(flow.accounting().pageIds()));
        enrich.stop();
    }

    private static void stop(PageFlow flow) throws InterruptedException {
        await().atMost(PATIENCE).until(() -> flow.accepted() >= MIN_SUBMISSIONS);
        flow.stop();
    }

    /** The final books: read to the end of every output, settle, and check exactly-once on {@code articles}. */
    private static void settle(PageFlow flow, Outcomes outcomes) {
        PageAccounting.Result result = outcomes.readToEnd().settle(flow.accounting());
        LOG.info("settled: {}", result);
        result.assertBalanced();
        assertTrue(result.articles() > 0 && result.duplicates() > 0 && result.repeats() > 0
                && result.deadLetters() > 0, "every kind of outcome was exercised: " + result);
        outcomes.assertExactlyOnce(flow.accounting().pageIds());
    }

    /**
     * For a failure's report: the transactions still open on the broker, and where a {@code read_committed} reader of
     * the outcome topics may read up to (the last stable offset) against their ends — an open transaction holds
     * back everything after it.
     */
    private static String transactionsAndOffsets() {
        StringBuilder report = new StringBuilder();
        try {
            List<String> open = admin.listTransactions().all().get().stream()
                    .filter(t -> t.state() == TransactionState.ONGOING || t.state() == TransactionState.PREPARE_ABORT
                            || t.state() == TransactionState.PREPARE_COMMIT)
                    .map(TransactionListing::transactionalId).toList();
            report.append("open transactions: ").append(open.isEmpty() ? "none" : admin.describeTransactions(open)
                    .all().get().entrySet().stream().map(e -> e.getKey() + " " + e.getValue().state() + " since "
                            + e.getValue().transactionStartTimeMs().stream().mapToObj(Instant::ofEpochMilli)
                                    .findFirst().orElse(null)
                            + " on " + e.getValue().topicPartitions())
                    .collect(Collectors.joining("; ")));
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            for (String topic : List.of(Topics.ARTICLES, Topics.ARTICLES_DUPLICATES, Topics.ENRICH_DLQ)) {
                admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                        .forEach(p -> ends.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            }
            var latest = admin.listOffsets(ends).all().get();
            var stable = admin.listOffsets(ends, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
            report.append("; end / last stable offsets:");
            ends.keySet().stream().sorted(java.util.Comparator.comparing(TopicPartition::toString)).forEach(tp -> report
                    .append(' ').append(tp).append('=').append(latest.get(tp).offset()).append('/')
                    .append(stable.get(tp).offset()));
        } catch (Exception e) {
            report.append(" (could not describe: ").append(e).append(')');
        }
        return report.toString();
    }

    private static ConsumerGroupDescription members(String group) throws Exception {
        return admin.describeConsumerGroups(List.of(group)).all().get().get(group);
    }

    /** Members of the group that hold a partition of {@code pages.clean}. */
    private static long membersWithPartitions(String group) throws Exception {
        return members(group).members().stream()
                .filter(m -> m.assignment().topicPartitions().stream()
                        .anyMatch(tp -> tp.topic().equals(Topics.PAGES_CLEAN)))
                .count();
    }

    /** The partitions of {@code pages.clean} the producer's default partitioner gives these keys. */
    private static Set<Integer> partitionsOf(List<String> keys) {
        return keys.stream()
                .map(k -> Utils.toPositive(Utils.murmur2(k.getBytes(StandardCharsets.UTF_8))) % PARTITIONS)
                .collect(Collectors.toSet());
    }

    private static PageFlow flow(List<String> texts, Outcomes outcomes) {
        return new PageFlow(KAFKA.bootstrapServers(), UUID.randomUUID().toString(), texts, PACE, outcomes, WINDOW);
    }

    private static List<String> texts(int from, int count) {
        Optional<Path> truth = ItPages.shared("data/extract-dev/truth.jsonl");
        assumeTrue(truth.isPresent(), "shared extract-dev data not present");
        return ItPages.articleTexts(truth.get(), from, count);
    }
}
