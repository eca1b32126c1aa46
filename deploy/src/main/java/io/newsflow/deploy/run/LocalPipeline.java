package io.newsflow.deploy.run;

import io.newsflow.localstack.ChildExit;
import io.newsflow.localstack.LocalKafka;
import io.newsflow.localstack.LocalOpenSearch;
import io.newsflow.localstack.LocalStackException;
import io.newsflow.enrich.app.EnrichConfig;
import io.newsflow.enrich.app.EnrichService;
import io.newsflow.events.Topics;
import io.newsflow.index.app.IndexConfig;
import io.newsflow.index.connect.OpenSearchSettings;
import io.newsflow.index.app.Indexer;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.IngestService;
import io.newsflow.ingest.source.FileIngester;
import io.newsflow.service.config.Env;
import io.newsflow.service.status.PipelineStatus;
import io.newsflow.service.status.TopicCounter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline on this machine: a Kafka broker and an OpenSearch node as child processes, and the ingest,
 * enrich and index services in this JVM, wired exactly as they run apart. State lives under one data directory, so
 * a second start continues where the first stopped. Not thread-safe: one owner starts and closes it.
 */
public final class LocalPipeline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalPipeline.class);
    private static final String LOOPBACK = "127.0.0.1";
    /**
     * How long enrich and ingest may take to close once Kafka is gone: there is no group left to leave, nothing to
     * commit, and no broker for the pages ingest buffered.
     */
    private static final Duration CLOSE_WITHOUT_KAFKA = Duration.ofSeconds(3);

    /**
     * @param dataDir        where Kafka, OpenSearch and Kafka Streams keep their state
     * @param ingestPort     port of the ingest HTTP API (0: a free one)
     * @param kafkaPort      Kafka's client port (0: a free one)
     * @param openSearchPort OpenSearch's HTTP port (0: a free one)
     * @param environment    the variables the services read: the {@code INGEST_*} settings (the API token and the
     *                       limits) are honoured; addresses, ports and Kafka settings are the local stack's
     */
    public record Options(Path dataDir, int ingestPort, int kafkaPort, int openSearchPort,
                          Map<String, String> environment) {

        public Options {
            environment = Map.copyOf(environment);
        }

        /** Options with the process environment. */
        public Options(Path dataDir, int ingestPort, int kafkaPort, int openSearchPort) {
            this(dataDir, ingestPort, kafkaPort, openSearchPort, System.getenv());
        }
    }

    private final List<AutoCloseable> started = new ArrayList<>();
    private final CompletableFuture<ChildExit> childExit = new CompletableFuture<>();
    private LocalKafka kafka;
    private LocalOpenSearch openSearch;
    private IngestConfig ingestConfig;
    private IngestService ingest;
    private EnrichService enrich;
    private Indexer indexer;
    private PipelineProgress progress;

    private LocalPipeline() {
    }

    /**
     * Starts every part, reporting each step to {@code status}.
     *
     * @throws LocalStackException when a port is taken or a part does not come up; what was started is stopped
     */
    public static LocalPipeline start(Options options, Consumer<String> status) throws InterruptedException {
        requireFree(options.ingestPort(), "the ingest API", "--ingest-port");
        requireFree(options.kafkaPort(), "Kafka", "--kafka-port");
        requireFree(options.openSearchPort(), "OpenSearch", "--opensearch-port");
        LocalPipeline pipeline = new LocalPipeline();
        try {
            pipeline.launch(options, status);
            return pipeline;
        } catch (RuntimeException | InterruptedException e) {
            pipeline.close();
            throw e;
        }
    }

    private void launch(Options options, Consumer<String> status) throws InterruptedException {
        Path dir = options.dataDir().toAbsolutePath();
        status.accept("starting Kafka and OpenSearch ...");
        // the node takes longest to come up: it starts while Kafka and the services that need only Kafka do
        // Kafka and the node stop only in close(), after the services that use them (see close())
        CompletableFuture<LocalOpenSearch> node = CompletableFuture.supplyAsync(() -> {
            LocalOpenSearch started = LocalOpenSearch.start(LocalOpenSearch.Options.defaults()
                    .dataDir(dir.resolve("opensearch")).port(options.openSearchPort()));
            started.stopOnlyOnClose();
            return started;
        }, task -> new Thread(task, "newsflow-run-opensearch-start").start());
        // if anything fails before the node is up, closing waits for its start and stops it: no orphan node
        remember(() -> {
            try {
                node.join().close();
            } catch (CompletionException e) {
                // it did not start: nothing to stop
            }
        });
        // the broker's default for every topic it holds: the page-size contract's largest message
        String maxMessageBytes = Integer.toString(ingestConfig(options.environment()).sizes().maxMessageBytes());
        kafka = remember(LocalKafka.start(LocalKafka.Options.defaults().dataDir(dir.resolve("kafka"))
                .port(options.kafkaPort())
                .config("message.max.bytes", maxMessageBytes)
                .config("replica.fetch.max.bytes", maxMessageBytes)));
        kafka.stopOnlyOnClose();
        kafka.unexpectedExit().thenAccept(childExit::complete);
        for (String topic : Topics.ALL) {
            kafka.createTopic(topic, topic.endsWith(".dlq") ? Topics.DLQ_PARTITIONS : Topics.DEFAULT_PARTITIONS);
        }
        progress = remember(new PipelineProgress(kafka.bootstrapServers()));

        status.accept("starting ingest and enrich ...");
        ingestConfig = ingestConfig(options.environment())
                .withKafkaBootstrap(kafka.bootstrapServers())
                .withHttp(LOOPBACK, options.ingestPort());
        EnrichConfig enrichConfig = EnrichConfig.defaults()
                .withKafkaBootstrap(kafka.bootstrapServers())
                .withStateDir(dir.resolve("streams"))
                // enrich is the costliest stage: one thread per core, up to one per partition
                .withThreads(Math.min(Topics.DEFAULT_PARTITIONS, Runtime.getRuntime().availableProcessors()))
                .withMaxPageBytes(ingestConfig.sizes().maxPageBytes())
                .withHttpPort(0);
        // the status page on the ingest port follows the groups this pipeline runs, whatever the environment says
        ingest = IngestService.start(ingestConfig, new PipelineStatus.Settings(ingestConfig.kafka(),
                enrichConfig.applicationId(), IndexConfig.defaults().groupId(),
                PipelineStatus.Settings.DEFAULT_INTERVAL));
        rememberKafkaClient(ingest, ingest::close);
        enrich = EnrichService.start(enrichConfig);
        rememberKafkaClient(enrich, enrich::close);

        status.accept("waiting for OpenSearch, then starting index ...");
        openSearch = awaitStarted(node);
        openSearch.unexpectedExit().thenAccept(childExit::complete);
        indexer = remember(new Indexer(IndexConfig.defaults()
                .withKafkaBootstrap(kafka.bootstrapServers())
                .withOpenSearch(OpenSearchSettings.of(openSearch.url()))
                .withHttpPort(0)
                .withMaxPageBytes(ingestConfig.sizes().maxPageBytes())
                .withReplicas(0)));
        indexer.start();
    }

    /** Ingest's settings from the {@code INGEST_*} variables of {@code environment}, and nothing else of it. */
    static IngestConfig ingestConfig(Map<String, String> environment) {
        Map<String, String> ingest = new HashMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith("INGEST_")) {
                ingest.put(name, value);
            }
        });
        return IngestConfig.from(new Env(ingest));
    }

    /** Whether the ingest API demands a bearer token ({@code INGEST_API_TOKEN} or {@code INGEST_API_TOKEN_FILE}). */
    public boolean ingestNeedsToken() {
        return ingestConfig.apiToken().isPresent();
    }

    private static LocalOpenSearch awaitStarted(CompletableFuture<LocalOpenSearch> node) throws InterruptedException {
        try {
            return node.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new LocalStackException("cannot start OpenSearch: " + e.getCause(), e.getCause());
        }
    }

    private <T extends AutoCloseable> T remember(T part) {
        started.add(part);
        return part;
    }

    /**
     * Remembers a service of Kafka clients, closed in full, or within {@link #CLOSE_WITHOUT_KAFKA} by
     * {@code closeWithin} once Kafka is gone (nothing it holds can reach a broker then).
     */
    private void rememberKafkaClient(AutoCloseable service, Consumer<Duration> closeWithin) {
        remember(() -> {
            if (kafkaGone()) {
                closeWithin.accept(CLOSE_WITHOUT_KAFKA);
            } else {
                service.close();
            }
        });
    }

    /** Publishes files, directories and WARCs to the pipeline; returns once Kafka acknowledged them. */
    public FileIngester.Summary ingest(List<Path> paths) {
        return ingest.ingestFiles(paths);
    }

    /** As {@link #ingest(List)}, the pages saved from {@code baseUrl} (see {@link FileIngester#ingest(List, URI)}). */
    public FileIngester.Summary ingest(List<Path> paths, URI baseUrl) {
        return ingest.ingestFiles(paths, baseUrl);
    }

    /** As {@link #ingest(List, URI)}, telling {@code listener} how far it is (see {@link FileIngester.Progress}). */
    public FileIngester.Summary ingest(List<Path> paths, URI baseUrl, Consumer<FileIngester.Progress> listener) {
        return ingest.ingestFiles(paths, baseUrl, listener);
    }

    /** What happened since start. */
    public Progress progress() {
        TopicCounter.Counts c = progress.counts();
        return new Progress(c.ingested(), c.created(), c.updated(), c.duplicates(), enrich.repeats(),
                c.enrichDeadLetters(), c.syndicated(), (long) indexer.metrics().indexed(), indexSettled(),
                c.otherDeadLetters());
    }

    /** Article events the indexer is done with: written, older than what the index holds, or dead-lettered. */
    private long indexSettled() {
        return (long) (indexer.metrics().indexed() + indexer.metrics().stale() + indexer.metrics().rejected());
    }

    /** What enrich or index still has to process of what was published so far; empty when both caught up. */
    public Optional<String> behind() throws InterruptedException {
        if (!enrich.isReady()) {
            return Optional.of("enrich is " + enrich.state());
        }
        Optional<String> enrichBehind = progress.behind(enrich.applicationId(), Topics.PAGES_CLEAN);
        if (enrichBehind.isPresent()) {
            return enrichBehind;
        }
        // the indexer commits after the last record it settled, before a transaction marker, so its committed
        // offset can trail the topic's end: ask it instead how far it has read and what it has settled
        Progress now = progress();
        long events = now.articleEvents();
        long settled = now.indexSettled();
        if (indexer.lag() > 0 || settled < events) {
            return Optional.of("index has settled " + settled + " of " + events + " article events, lag "
                    + indexer.lag());
        }
        return Optional.empty();
    }

    /**
     * Completes with the Kafka broker or the OpenSearch node that ended while this pipeline ran, not stopped by
     * {@link #close()}: the services cannot do their work without it. A copy for each caller.
     */
    public CompletableFuture<ChildExit> childExit() {
        return childExit.copy();
    }

    private boolean kafkaGone() {
        return kafka.unexpectedExit().isDone();
    }

    public String ingestUrl() {
        return "http://" + LOOPBACK + ":" + ingest.httpPort();
    }

    /** Where enrich answers {@code /health/live}, {@code /health/ready} and {@code /metrics}. */
    public String enrichUrl() {
        return "http://" + LOOPBACK + ":" + enrich.httpPort();
    }

    /** Where index answers {@code /health/live}, {@code /health/ready} and {@code /metrics}. */
    public String indexUrl() {
        return "http://" + LOOPBACK + ":" + indexer.httpPort();
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String openSearchUrl() {
        return openSearch.url();
    }

    /**
     * Stops the services (the indexer settles its batch, enrich leaves its consumer group), then Kafka and
     * OpenSearch; state stays in the data directory. The brokers and the node have no shutdown hooks of their own
     * here: an owner stopping at exit calls this from its hook, so that the services never lose them while closing.
     * When the broker is gone already, enrich waits for it a few seconds only. Idempotent.
     */
    @Override
    public synchronized void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                LOG.warn("stopping {} failed: {}", started.get(i).getClass().getSimpleName(), e.toString());
            }
        }
        started.clear();
    }

    private static void requireFree(int port, String what, String option) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port));
        } catch (IOException e) {
            throw new LocalStackException("port " + port + " for " + what + " is taken: stop what uses it, or choose"
                    + " another with " + option);
        }
    }

    /**
     * Counts since start. Every page ingested ends as exactly one of {@code created}, {@code updated},
     * {@code duplicates}, {@code repeats} or {@code deadLetters}; until then it is {@link #pending()}.
     *
     * @param ingested    pages published to {@code pages.clean}
     * @param created     new stories
     * @param updated     new content under a known URL
     * @param duplicates  pages recognised as copies of a story
     * @param repeats     pages seen before, same URL and content (dropped by design)
     * @param deadLetters pages enrich could not process ({@code enrich.dlq})
     * @param syndicated  syndicated events (a story gained a copy)
     * @param indexed     documents written to OpenSearch
     * @param indexSettled article events the indexer is done with: {@code indexed}, and those older than the
     *                     index's document or dead-lettered
     * @param errors      records in {@code ingest.dlq} and {@code index.dlq}
     */
    public record Progress(long ingested, long created, long updated, long duplicates, long repeats, long deadLetters,
                           long syndicated, long indexed, long indexSettled, long errors) {

        /** Events for the index: each new story, new content and syndication. */
        public long articleEvents() {
            return created + updated + syndicated;
        }

        /** Pages not yet accounted for; 0 once enrich caught up. */
        public long pending() {
            return Math.max(0, ingested - created - updated - duplicates - repeats - deadLetters);
        }
    }
}
