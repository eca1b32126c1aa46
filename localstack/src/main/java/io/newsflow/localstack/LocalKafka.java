package io.newsflow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka cluster on this machine: 1 to 5 KRaft brokers, each a child JVM running {@code kafka.Kafka} from the
 * {@code kafka_2.13} jar on this process's classpath, listening on loopback. Every broker is also a controller
 * (one voter each), so 3 brokers survive the loss of any one.
 *
 * <pre>{@code
 * try (LocalKafka kafka = LocalKafka.start(LocalKafka.Options.defaults().brokers(3))) {
 *     kafka.createTopic("pages.clean", 4);          // replication factor min(3, brokers)
 *     String bootstrap = kafka.bootstrapServers();
 *     kafka.stopBroker(0);                          // fault tests: same ports and data after a restart
 *     kafka.startBroker(0);
 * }
 * }</pre>
 *
 * <p>With {@link Options#listener}, every broker also has further client listeners, a secured one say
 * ({@link #bootstrapServers(String)}).
 *
 * <p>Storage lives under {@link Options#dataDir()} ({@code broker-N/} per broker, with its {@code broker.log}), or
 * in a temporary directory deleted on {@link #close()}. A data dir that was formatted by an earlier run is reused
 * as it is, so topics and offsets survive. Children are stopped on {@link #close()}, by a shutdown hook when this
 * JVM exits (unless {@link #stopOnlyOnClose()}), and by themselves when this JVM dies without running hooks (see
 * {@link ChildMain}). They run in a session of their own, so a Ctrl-C in this JVM's terminal reaches this JVM only,
 * which stops them when it is ready to.
 *
 * <p>Thread-safe: every method may be called from any thread; lifecycle methods are serialised.
 */
public final class LocalKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalKafka.class);
    static final String HOST = "127.0.0.1";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);
    private static final int MAX_BROKERS = 5;

    /**
     * How to start the cluster. Immutable; each {@code with}-style method returns a copy.
     *
     * @param brokers      number of brokers (1 to 5), each also a controller
     * @param dataDir      where storage and logs live, or null for a temporary directory deleted on close
     * @param port         client port of broker 0, or 0 for a free port; the other brokers always get free ports
     * @param startTimeout how long to wait for the brokers to join the cluster before failing
     * @param maxHeap      {@code -Xmx} of each broker JVM, e.g. {@code 512m}
     * @param config       broker properties that override the defaults, e.g. {@code log.retention.ms}
     * @param listeners    client listeners every broker has besides PLAINTEXT (a secured one, say)
     */
    public record Options(int brokers, Path dataDir, int port, Duration startTimeout, String maxHeap,
                          Map<String, String> config, List<Listener> listeners) {

        public Options {
            if (brokers < 1 || brokers > MAX_BROKERS) {
                throw new IllegalArgumentException("brokers must be between 1 and " + MAX_BROKERS + ": " + brokers);
            }
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
            }
            if (startTimeout == null || startTimeout.isNegative() || startTimeout.isZero()) {
                throw new IllegalArgumentException("startTimeout must be positive: " + startTimeout);
            }
            if (maxHeap == null || !maxHeap.matches("\\d+[kKmMgG]?")) {
                throw new IllegalArgumentException("maxHeap must look like 512m: " + maxHeap);
            }
            config = Map.copyOf(config);
            listeners = List.copyOf(listeners);
        }

        /** One broker, temporary storage, a free port, 90 s to start, 512 MB heap. */
        public static Options defaults() {
            return new Options(1, null, 0, Duration.ofSeconds(90), "512m", Map.of(), List.of());
        }

        public Options brokers(int count) {
            return new Options(count, dataDir, port, startTimeout, maxHeap, config, listeners);
        }

        public Options dataDir(Path dir) {
            return new Options(brokers, dir, port, startTimeout, maxHeap, config, listeners);
        }

        public Options port(int clientPort) {
            return new Options(brokers, dataDir, clientPort, startTimeout, maxHeap, config, listeners);
        }

        public Options startTimeout(Duration timeout) {
            return new Options(brokers, dataDir, port, timeout, maxHeap, config, listeners);
        }

        public Options maxHeap(String heap) {
            return new Options(brokers, dataDir, port, startTimeout, heap, config, listeners);
        }

        /** Sets one broker property on every broker, over the launcher's defaults. */
        public Options config(String key, String value) {
            Map<String, String> merged = new LinkedHashMap<>(config);
            merged.put(key, value);
            return new Options(brokers, dataDir, port, startTimeout, maxHeap, merged, listeners);
        }

        /** Adds a client listener on a free port to every broker, next to the PLAINTEXT one. */
        public Options listener(Listener listener) {
            List<Listener> more = new ArrayList<>(listeners);
            more.add(listener);
            return new Options(brokers, dataDir, port, startTimeout, maxHeap, config, more);
        }
    }

    /**
     * A client listener on a port of its own, next to PLAINTEXT (which stays, for the controller quorum,
     * replication and {@link LocalKafka}'s own administration). Immutable.
     *
     * @param name             the listener's name, e.g. {@code SASL_SSL}; upper case letters, digits and _
     * @param securityProtocol {@code SSL}, {@code SASL_SSL}, {@code SASL_PLAINTEXT} or {@code PLAINTEXT}
     * @param properties       broker properties of this listener only, without the {@code listener.name.<name>.}
     *                         prefix, e.g. {@code ssl.keystore.location}
     */
    public record Listener(String name, String securityProtocol, Map<String, String> properties) {

        public Listener {
            if (name == null || !name.matches("[A-Z][A-Z0-9_]*") || name.equals("PLAINTEXT")
                    || name.equals("CONTROLLER")) {
                throw new IllegalArgumentException("a listener name is upper case and not PLAINTEXT or CONTROLLER: "
                        + name);
            }
            Objects.requireNonNull(securityProtocol, "securityProtocol");
            properties = Map.copyOf(properties);
        }

        @Override
        public String toString() {
            return "Listener[" + name + ", " + securityProtocol + "]";
        }
    }

    private final Options options;
    private final Path dataDir;
    private final boolean temporaryDataDir;
    private final List<BrokerProcess> brokers;
    private final Thread shutdownHook;
    private final CompletableFuture<ChildExit> unexpectedExit = new CompletableFuture<>();
    private Admin admin;
    private boolean closed;

    private LocalKafka(Options options, Path dataDir, boolean temporaryDataDir, List<BrokerProcess> brokers) {
        this.options = options;
        this.dataDir = dataDir;
        this.temporaryDataDir = temporaryDataDir;
        this.brokers = List.copyOf(brokers);
        this.shutdownHook = new Thread(this::stopOnExit, "local-kafka-shutdown");
    }

    /**
     * Formats storage where needed, starts every broker and waits until all of them have joined the cluster.
     *
     * @throws LocalStackException when a port is taken, the Kafka jar is missing, or a broker does not come up in
     *                             time; the message includes the tail of the broker's log
     */
    public static LocalKafka start(Options options) {
        BrokerProcess.requireKafkaOnClasspath();
        Path dir;
        boolean temporary = options.dataDir() == null;
        try {
            dir = temporary ? Files.createTempDirectory("newsflow-kafka-")
                    : Files.createDirectories(options.dataDir().toAbsolutePath());
        } catch (IOException e) {
            throw new LocalStackException("cannot create the Kafka data directory " + options.dataDir() + ": " + e, e);
        }
        List<BrokerProcess> brokers;
        try {
            brokers = planBrokers(options, dir);
        } catch (RuntimeException e) {
            if (temporary) {
                deleteRecursively(dir);
            }
            throw e;
        }
        LocalKafka kafka = new LocalKafka(options, dir, temporary, brokers);
        try {
            kafka.launch();
            return kafka;
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
    }

    /** {@code host:port} of every broker, comma-separated, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return brokers.stream().map(b -> HOST + ":" + b.port).collect(Collectors.joining(","));
    }

    /**
     * {@code host:port} of every broker's listener {@code name}, comma-separated.
     *
     * @throws IllegalArgumentException when the cluster was started without that {@link Options#listener}
     */
    public String bootstrapServers(String listenerName) {
        if (options.listeners().stream().noneMatch(l -> l.name().equals(listenerName))) {
            throw new IllegalArgumentException("this Kafka has no listener " + listenerName
                    + "; start it with Options.listener");
        }
        return brokers.stream().map(b -> HOST + ":" + b.listenerPorts.get(listenerName))
                .collect(Collectors.joining(","));
    }

    /** Number of brokers in the cluster, running or stopped. */
    public int brokerCount() {
        return brokers.size();
    }

    /** Client port of broker {@code id}; it keeps this port across restarts. */
    public int port(int id) {
        return broker(id).port;
    }

    /** The directory holding every broker's storage and log. */
    public Path dataDir() {
        return dataDir;
    }

    /** The log file of broker {@code id}, for diagnosing a failed test. */
    public Path logFile(int id) {
        return broker(id).dir.resolve("broker.log");
    }

    /**
     * Creates a topic with replication factor {@code min(3, brokers)}; does nothing when it already exists.
     *
     * @throws LocalStackException when the cluster does not create it within its timeout
     */
    public synchronized void createTopic(String name, int partitions) {
        short replication = (short) replicationFactor(brokers.size());
        try {
            admin().createTopics(List.of(new NewTopic(name, partitions, replication))).all().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new LocalStackException("cannot create topic " + name + ": " + e.getCause(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw new LocalStackException("topic " + name + " was not created within 60 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("interrupted while creating topic " + name, e);
        }
    }

    /**
     * Completes when the first broker process ends without this cluster stopping it ({@link #stopBroker},
     * {@link #killBroker} and {@link #close()} do not count): a fatal fault in the broker, a kill from outside. The
     * broker's clients are then left without it, however long they retry. A copy for each caller: completing it
     * changes nothing here.
     */
    public CompletableFuture<ChildExit> unexpectedExit() {
        return unexpectedExit.copy();
    }

    /** Whether broker {@code id}'s process is alive. */
    public synchronized boolean isRunning(int id) {
        return broker(id).isRunning();
    }

    /** Stops broker {@code id} gracefully (forcibly after 60 s) and waits for its process to end. */
    public synchronized void stopBroker(int id) {
        BrokerProcess broker = broker(id);
        LOG.info("stopping Kafka broker {} on port {}", id, broker.port);
        broker.signalStop();
        broker.awaitStopped(STOP_TIMEOUT);
    }

    /**
     * Kills broker {@code id} with SIGKILL, as a crash would (no controlled shutdown, nothing flushed), and waits
     * for its process to end. {@link #startBroker} brings it back on its data.
     */
    public synchronized void killBroker(int id) {
        BrokerProcess broker = broker(id);
        LOG.info("killing Kafka broker {} on port {} (SIGKILL)", id, broker.port);
        broker.kill();
    }

    /**
     * Starts broker {@code id} again on the same ports with the same data, and waits until it has rejoined.
     *
     * @throws LocalStackException when it does not rejoin within the start timeout
     */
    public synchronized void startBroker(int id) {
        BrokerProcess broker = broker(id);
        if (isRunning(id)) {
            return;
        }
        broker.launch(options.maxHeap(), unexpectedExit::complete);
        awaitReady(List.of(broker));
    }

    /**
     * Stops every broker and, for a temporary data dir, kills the brokers and deletes the dir; brokers on a given
     * data dir get a clean shutdown so the next start needs no log recovery. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
        stopAll(temporaryDataDir ? Duration.ZERO : STOP_TIMEOUT);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // the JVM is already shutting down, or the hook was never added: nothing to undo
        }
        if (temporaryDataDir) {
            deleteRecursively(dataDir);
        }
    }

    /**
     * Leaves stopping the brokers at exit to the caller: removes the shutdown hook that would stop them when this
     * JVM exits, for an owner whose own shutdown hook closes the cluster after the clients that use it (clients
     * that would otherwise lose their broker while closing). Without either, the brokers still stop when this JVM
     * ends (see {@link ChildMain}), only unawaited.
     */
    public synchronized void stopOnlyOnClose() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // the JVM is already shutting down, or the hook was removed before: nothing to undo
        }
    }

    private void launch() {
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        Path clusterIdFile = dataDir.resolve("cluster.id");
        String clusterId = readOrCreateClusterId(clusterIdFile);
        String voters = brokers.stream().map(b -> b.id + "@" + HOST + ":" + b.controllerPort)
                .collect(Collectors.joining(","));
        for (BrokerProcess broker : brokers) {
            broker.writeConfig(serverProperties(broker, voters));
        }
        format(clusterId);
        for (BrokerProcess broker : brokers) {
            broker.launch(options.maxHeap(), unexpectedExit::complete);
        }
        awaitReady(brokers);
        LOG.info("Kafka ready: {} broker(s) at {}, data in {}", brokers.size(), bootstrapServers(), dataDir);
    }

    private Properties serverProperties(BrokerProcess broker, String voters) {
        int count = brokers.size();
        int replication = replicationFactor(count);
        // with 3 replicas, acks=all and transactions keep working while any one broker is down
        int minIsr = replication >= 3 ? 2 : 1;
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", Integer.toString(broker.id));
        p.setProperty("controller.quorum.voters", voters);
        p.setProperty("listeners", "PLAINTEXT://" + HOST + ":" + broker.port + ",CONTROLLER://" + HOST + ":"
                + broker.controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://" + HOST + ":" + broker.port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        for (Listener listener : options.listeners()) {
            addListener(p, listener, broker.listenerPorts.get(listener.name()));
        }
        p.setProperty("log.dirs", broker.dir.resolve("data").toString());
        p.setProperty("num.partitions", "1");
        p.setProperty("default.replication.factor", Integer.toString(replication));
        p.setProperty("min.insync.replicas", Integer.toString(minIsr));
        p.setProperty("offsets.topic.replication.factor", Integer.toString(replication));
        p.setProperty("offsets.topic.num.partitions", "10");
        p.setProperty("transaction.state.log.replication.factor", Integer.toString(replication));
        p.setProperty("transaction.state.log.min.isr", Integer.toString(minIsr));
        p.setProperty("transaction.state.log.num.partitions", "10");
        p.setProperty("share.coordinator.state.topic.replication.factor", Integer.toString(replication));
        p.setProperty("share.coordinator.state.topic.min.isr", Integer.toString(minIsr));
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("num.network.threads", "2");
        p.setProperty("num.io.threads", "4");
        options.config().forEach(p::setProperty);
        return p;
    }

    private static void addListener(Properties p, Listener listener, int port) {
        String address = listener.name() + "://" + HOST + ":" + port;
        p.setProperty("listeners", p.getProperty("listeners") + "," + address);
        p.setProperty("advertised.listeners", p.getProperty("advertised.listeners") + "," + address);
        p.setProperty("listener.security.protocol.map", p.getProperty("listener.security.protocol.map")
                + "," + listener.name() + ":" + listener.securityProtocol());
        String prefix = "listener.name." + listener.name().toLowerCase(Locale.ROOT) + ".";
        listener.properties().forEach((key, value) -> p.setProperty(prefix + key, value));
    }

    private static int replicationFactor(int brokerCount) {
        return Math.min(3, brokerCount);
    }

    private void format(String clusterId) {
        List<BrokerProcess> unformatted = brokers.stream().filter(b -> !b.isFormatted()).toList();
        List<Process> formatters = new ArrayList<>();
        for (BrokerProcess broker : unformatted) {
            formatters.add(broker.startFormat(clusterId));
        }
        for (int i = 0; i < unformatted.size(); i++) {
            BrokerProcess broker = unformatted.get(i);
            Process process = formatters.get(i);
            try {
                if (!process.waitFor(FORMAT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new LocalStackException("formatting the storage of Kafka broker " + broker.id
                            + " took more than " + FORMAT_TIMEOUT.toSeconds() + " s" + broker.formatLogTail());
                }
                if (process.exitValue() != 0) {
                    throw new LocalStackException("formatting the storage of Kafka broker " + broker.id
                            + " failed with exit code " + process.exitValue() + broker.formatLogTail());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                formatters.forEach(Process::destroyForcibly);
                throw new LocalStackException("interrupted while formatting Kafka storage", e);
            }
        }
    }

    private void awaitReady(Collection<BrokerProcess> expected) {
        long deadline = System.nanoTime() + options.startTimeout().toNanos();
        for (BrokerProcess broker : expected) {
            // connect at TCP level first, so the admin client does not log a warning per refused connection
            while (!broker.accepts()) {
                broker.pauseUnlessDead(deadline, options.startTimeout());
            }
        }
        Set<Integer> ids = expected.stream().map(b -> b.id).collect(Collectors.toSet());
        while (!clusterNodeIds().containsAll(ids)) {
            for (BrokerProcess broker : expected) {
                broker.pauseUnlessDead(deadline, options.startTimeout());
            }
        }
    }

    private Set<Integer> clusterNodeIds() {
        try {
            Collection<Node> nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs(2_000)).nodes()
                    .get(3, TimeUnit.SECONDS);
            return nodes.stream().map(Node::id).collect(Collectors.toSet());
        } catch (ExecutionException | TimeoutException e) {
            return Set.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("interrupted while waiting for Kafka", e);
        }
    }

    private Admin admin() {
        if (admin == null) {
            Properties props = new Properties();
            props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
            props.put(AdminClientConfig.CLIENT_ID_CONFIG, "newsflow-local-kafka");
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "60000");
            admin = Admin.create(props);
        }
        return admin;
    }

    private BrokerProcess broker(int id) {
        if (id < 0 || id >= brokers.size()) {
            throw new IllegalArgumentException("no broker " + id + " in a cluster of " + brokers.size());
        }
        return brokers.get(id);
    }

    /**
     * Stops every broker, waiting up to {@code grace} for a clean shutdown; zero kills at once, which is right when
     * the data is about to be deleted anyway.
     */
    private void stopAll(Duration grace) {
        // signal all first: stopping them one by one would leave the last ones without a controller quorum
        brokers.forEach(BrokerProcess::signalStop);
        brokers.forEach(b -> b.awaitStopped(grace));
    }

    private void stopOnExit() {
        stopAll(temporaryDataDir ? Duration.ZERO : Duration.ofSeconds(15));
        if (temporaryDataDir) {
            deleteRecursively(dataDir);
        }
    }

    private static List<BrokerProcess> planBrokers(Options options, Path dataDir) {
        int count = options.brokers();
        // hold every chosen port open until all are chosen, so no two brokers get the same one
        List<ServerSocket> held = new ArrayList<>();
        try {
            List<BrokerProcess> planned = new ArrayList<>();
            for (int id = 0; id < count; id++) {
                int port = id == 0 && options.port() != 0 ? requireFree(options.port()) : reserve(held);
                int controllerPort = reserve(held);
                Map<String, Integer> listenerPorts = new LinkedHashMap<>();
                for (Listener listener : options.listeners()) {
                    listenerPorts.put(listener.name(), reserve(held));
                }
                planned.add(new BrokerProcess(id, dataDir.resolve("broker-" + id), port, controllerPort,
                        listenerPorts));
            }
            return planned;
        } finally {
            held.forEach(LocalKafka::closeQuietly);
        }
    }

    private static int reserve(List<ServerSocket> held) {
        try {
            ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST));
            held.add(socket);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new LocalStackException("cannot find a free loopback port: " + e, e);
        }
    }

    private static int requireFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new LocalStackException("port " + port + " is already in use; choose another Kafka port"
                    + " (or 0 for a free one)", e);
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // a reservation socket that fails to close keeps nothing we need
        }
    }

    private static String readOrCreateClusterId(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            String id = Uuid.randomUuid().toString();
            Files.writeString(file, id, StandardCharsets.UTF_8);
            return id;
        } catch (IOException e) {
            throw new LocalStackException("cannot read or write the Kafka cluster id in " + file + ": " + e, e);
        }
    }
    private static void deleteRecursively(Path dir) {
        try {
            FileTrees.delete(dir);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("could not delete Kafka data directory {}: {}", dir, e.toString());
        }
    }

    @Override
    public String toString() {
        return "LocalKafka[" + bootstrapServers() + ", " + brokers.size() + " broker(s), data " + dataDir + "]";
    }
}
