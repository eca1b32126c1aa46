package io.newsflow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node OpenSearch on a loopback port, run as a child process from the {@code integ-test-zip}
 * distribution the build resolved: what {@code ./newsflow run} and the integration tests index into.
 *
 * <p>OpenSearch 3.x needs Java 21+, found by {@link JavaRuntimes}. OpenSearch refuses to run as root, so when
 * this JVM is root the node runs as an unprivileged user ({@code nobody} by default) through {@code setpriv},
 * with its data, logs and config owned by that user; the node directory and its parents must then be reachable
 * by that user (not under a mode-700 home). The node is stopped when this JVM exits, even when it is killed:
 * {@code setpriv --pdeathsig} ties the node to the launcher's own long-lived thread.
 *
 * <p>The node directory holds {@code data/}, {@code logs/} (with {@code console.log}) and {@code config/}; a
 * node restarted with the same directory keeps its indices. {@link #stop()} and {@link #start()} restart it on
 * the same port (for outage tests); {@link #close()} stops it and deletes a temporary node directory.
 *
 * <p>Thread-safe: lifecycle methods are synchronized.
 */
public final class LocalOpenSearch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalOpenSearch.class);
    private static final int MIN_JAVA = 21;
    private static final int LOG_TAIL_LINES = 40;
    private static final String LOOPBACK = "127.0.0.1";

    /**
     * The thread every node process is spawned from. A parent-death signal fires when the spawning thread
     * ends, not only the process, so it must be one thread that lives as long as the JVM.
     */
    private static final ExecutorService SPAWNER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "local-opensearch-spawner");
        t.setDaemon(true);
        return t;
    });

    /**
     * How to run the node.
     *
     * @param port          HTTP port on 127.0.0.1; 0 picks a free one (kept across restarts)
     * @param dataDir       node directory; null for a temporary one deleted by {@link #close()}
     * @param heap          JVM heap, e.g. {@code 512m}
     * @param startTimeout  how long to wait for the node to answer before failing with its log tail
     * @param user          the unprivileged user the node runs as when this JVM is root
     * @param settings      node settings added to {@code opensearch.yml} (e.g. {@code thread_pool.write.queue_size});
     *                      none by default. Not those the launcher writes itself (ports, paths, names, discovery,
     *                      disk threshold): OpenSearch refuses a key given twice; change dynamic ones through the
     *                      cluster settings API instead
     */
    public record Options(int port, Path dataDir, String heap, Duration startTimeout, String user,
                          Map<String, String> settings) {

        public Options {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
            }
            if (heap == null || !heap.matches("\\d+[kKmMgG]?")) {
                throw new IllegalArgumentException("heap must look like 512m: " + heap);
            }
            Objects.requireNonNull(startTimeout, "startTimeout");
            Objects.requireNonNull(user, "user");
            settings = Map.copyOf(settings);
            for (Map.Entry<String, String> setting : settings.entrySet()) {
                if (!setting.getKey().matches("[a-z0-9_.\\-]+") || setting.getValue().contains("\n")) {
                    throw new IllegalArgumentException("not a node setting: " + setting);
                }
            }
        }

        /** A free port, a temporary directory, 512 MB of heap, three minutes to start, {@code nobody}. */
        public static Options defaults() {
            return new Options(0, null, "512m", Duration.ofMinutes(3), "nobody", Map.of());
        }

        public Options port(int port) {
            return new Options(port, dataDir, heap, startTimeout, user, settings);
        }

        public Options dataDir(Path dataDir) {
            return new Options(port, dataDir, heap, startTimeout, user, settings);
        }

        public Options heap(String heap) {
            return new Options(port, dataDir, heap, startTimeout, user, settings);
        }

        public Options startTimeout(Duration startTimeout) {
            return new Options(port, dataDir, heap, startTimeout, user, settings);
        }

        public Options user(String user) {
            return new Options(port, dataDir, heap, startTimeout, user, settings);
        }

        /** Adds one node setting, e.g. {@code setting("thread_pool.write.size", "1")}. */
        public Options setting(String key, String value) {
            Map<String, String> merged = new LinkedHashMap<>(settings);
            merged.put(key, value);
            return new Options(port, dataDir, heap, startTimeout, user, merged);
        }
    }

    private final Options options;
    private final Path home;
    private final Path javaHome;
    private final Path nodeDir;
    private final boolean temporary;
    private final int port;
    /** Who the node runs as when this JVM is root; null when it runs as this JVM's user. */
    private final UnprivilegedUser runAs;
    private final Thread shutdownHook;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final CompletableFuture<ChildExit> unexpectedExit = new CompletableFuture<>();
    /** Volatile for the exit listener, which reads it unlocked: {@link #stop()} clears it before the node ends. */
    private volatile Process process;
    private boolean closed;

    private LocalOpenSearch(Options options, Path home, Path javaHome, Path nodeDir, boolean temporary, int port,
                            UnprivilegedUser runAs) {
        this.options = options;
        this.runAs = runAs;
        this.home = home;
        this.javaHome = javaHome;
        this.nodeDir = nodeDir;
        this.temporary = temporary;
        this.port = port;
        this.shutdownHook = new Thread(this::stopQuietly, "local-opensearch-shutdown");
    }

    /**
     * Unpacks the distribution if needed, starts a node and waits until it answers.
     *
     * @throws LocalStackException when no Java 21+ is found, the port is taken, the distribution is missing, or the
     *                             node does not come up in time (with the tail of its log)
     */
    public static LocalOpenSearch start(Options options) {
        try {
            return create(options);
        } catch (IOException e) {
            throw new LocalStackException("cannot start OpenSearch: " + e, e);
        }
    }

    /**
     * Where the distribution is unpacked: next to these classes, unless the node runs as another user who could not
     * reach it there (classes in root's local Maven repository, say, when one module's tests run alone); then
     * under the temporary directory, which every user can reach.
     */
    private static Path installRoot(boolean otherUser) {
        Path nextToClasses = OpenSearchDistribution.buildOutputDir().resolve("opensearch");
        if (!otherUser || reachableByOthers(nextToClasses.getParent())) {
            return nextToClasses;
        }
        Path shared = Path.of(System.getProperty("java.io.tmpdir"), "newsflow-opensearch-dist");
        try {
            // another user's directory there could hold anything: only our own is used
            if (Files.exists(shared) && !Files.getOwner(shared).getName().equals(System.getProperty("user.name"))) {
                throw new LocalStackException(shared + " belongs to " + Files.getOwner(shared).getName()
                        + ", not to " + System.getProperty("user.name") + "; remove it");
            }
        } catch (IOException e) {
            throw new LocalStackException("cannot check the owner of " + shared + ": " + e, e);
        }
        return shared;
    }

    private static boolean reachableByOthers(Path dir) {
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            try {
                if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return true;
    }

    private static LocalOpenSearch create(Options options) throws IOException {
        Path javaHome = JavaRuntimes.system().find(MIN_JAVA);
        OpenSearchDistribution distribution = OpenSearchDistribution.resolve();
        UnprivilegedUser runAs = isRoot() ? UnprivilegedUser.lookup(options.user()) : null;
        Path home = distribution.install(installRoot(runAs != null));
        boolean temporary = options.dataDir() == null;
        // created 0700; opened to others so that the unprivileged node user can reach its data
        Path nodeDir = temporary
                ? Files.createTempDirectory("newsflow-opensearch-", PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwxr-xr-x")))
                : options.dataDir();
        Files.createDirectories(nodeDir);
        int port = options.port() == 0 ? freePort() : requireFree(options.port());
        LocalOpenSearch node = new LocalOpenSearch(options, home, javaHome, nodeDir.toAbsolutePath(), temporary, port,
                runAs);
        Runtime.getRuntime().addShutdownHook(node.shutdownHook);
        try {
            node.start();
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
        return node;
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String url() {
        return "http://" + LOOPBACK + ":" + port;
    }

    public int port() {
        return port;
    }

    /** The node directory: {@code data/}, {@code logs/}, {@code config/}. */
    public Path nodeDir() {
        return nodeDir;
    }

    /**
     * Completes when the node's process ends without {@link #stop()} or {@link #close()}: a fatal error in the node,
     * a kill from outside. A copy for each caller: completing it changes nothing here.
     */
    public CompletableFuture<ChildExit> unexpectedExit() {
        return unexpectedExit.copy();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /**
     * Starts the stopped node again with the same data and port and waits until it answers.
     *
     * @throws LocalStackException when the port was taken meanwhile or the node does not come up in time
     */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        if (isRunning()) {
            return;
        }
        try {
            startProcess();
        } catch (IOException e) {
            throw new LocalStackException("cannot start OpenSearch on " + url() + ": " + e, e);
        }
    }

    private void startProcess() throws IOException {
        requireFree(port);
        Path config = prepareNodeDir();
        List<String> command = command();
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog().toFile()));
        Map<String, String> env = builder.environment();
        env.put("OPENSEARCH_JAVA_HOME", javaHome.toString());
        env.put("OPENSEARCH_PATH_CONF", config.toString());
        env.put("OPENSEARCH_JAVA_OPTS", "-Xms" + options.heap() + " -Xmx" + options.heap());
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("OPENSEARCH_TMPDIR");
        log.info("starting OpenSearch {} on {} (node dir {}, Java {})", home.getFileName(), url(), nodeDir, javaHome);
        Process started;
        try {
            started = SPAWNER.submit(builder::start).get();
        } catch (ExecutionException e) {
            throw new IOException("cannot start OpenSearch: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting OpenSearch", e);
        }
        process = started;
        started.onExit().thenAccept(this::exited);
        awaitReady();
        log.info("OpenSearch ready on {}", url());
    }

    private void exited(Process ended) {
        // stop() forgets the process before it ends it
        if (process == ended) {
            log.warn("OpenSearch on {} exited with code {}; see {}", url(), ended.exitValue(), consoleLog());
            unexpectedExit.complete(new ChildExit("OpenSearch", ended.exitValue(), consoleLog()));
        }
    }

    /** Stops the node (SIGTERM, then SIGKILL after 30 s) and keeps its data for {@link #start()}. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        Process p = process;
        process = null;
        List<ProcessHandle> descendants = p.descendants().toList();
        p.destroy();
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                log.warn("OpenSearch did not stop within 30 s; killing it");
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
        descendants.forEach(ProcessHandle::destroyForcibly);
        log.info("OpenSearch on {} stopped", url());
    }

    /** Stops the node and deletes a temporary node directory. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down; the hook runs anyway
        }
        if (temporary) {
            try {
                FileTrees.delete(nodeDir);
            } catch (IOException e) {
                log.warn("cannot delete the temporary OpenSearch directory {}: {}", nodeDir, e.toString());
            }
        }
    }

    /**
     * Leaves stopping the node at exit to the caller: removes the shutdown hook that would stop it when this JVM
     * exits, for an owner whose own shutdown hook closes it after what uses it. Without either, the node still
     * stops when this JVM ends (its parent-death signal), only unawaited.
     */
    public synchronized void stopOnlyOnClose() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs anyway
        }
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException e) {
            log.warn("stopping OpenSearch failed: {}", e.toString());
        }
    }

    private List<String> command() {
        List<String> command = new ArrayList<>(ChildSession.prefix());
        if (Files.isExecutable(Path.of("/usr/bin/setpriv"))) {
            command.addAll(List.of("/usr/bin/setpriv", "--pdeathsig=TERM"));
            if (runAs != null) {
                command.addAll(List.of("--reuid=" + runAs.uid(), "--regid=" + runAs.gid(), "--init-groups"));
            }
        } else if (runAs != null) {
            throw new LocalStackException("OpenSearch refuses to run as root and setpriv (util-linux) is missing, so"
                    + " it cannot be started as user " + options.user() + "; install util-linux or run as another user");
        }
        command.add(home.resolve("bin/opensearch").toString());
        return command;
    }

    /**
     * Writes this node's config (a copy of the distribution's, with absolute log paths because the install
     * directory is shared and read-only) and, when root, hands the node directory to the unprivileged user.
     */
    private Path prepareNodeDir() throws IOException {
        Path data = Files.createDirectories(nodeDir.resolve("data"));
        Path logs = Files.createDirectories(nodeDir.resolve("logs"));
        Path config = nodeDir.resolve("config");
        FileTrees.delete(config);
        Files.createDirectories(config.resolve("jvm.options.d"));
        for (String name : List.of("log4j2.properties", "fips_java.security")) {
            Path source = home.resolve("config").resolve(name);
            if (Files.exists(source)) {
                Files.copy(source, config.resolve(name));
            }
        }
        String jvmOptions = Files.readString(home.resolve("config/jvm.options"), StandardCharsets.UTF_8)
                .replace("file=logs/", "file=" + logs + "/")
                .replace("ErrorFile=logs/", "ErrorFile=" + logs + "/")
                .replace("HeapDumpPath=data", "HeapDumpPath=" + data);
        Files.writeString(config.resolve("jvm.options"), jvmOptions, StandardCharsets.UTF_8);
        Files.writeString(config.resolve("opensearch.yml"), String.join("\n",
                "cluster.name: newsflow-local",
                "node.name: newsflow-local",
                "discovery.type: single-node",
                "network.host: " + LOOPBACK,
                "http.port: " + port,
                "transport.port: " + freePort(),
                "path.data: " + data,
                "path.logs: " + logs,
                // a nearly full laptop or CI disk must not turn the indices read-only
                "cluster.routing.allocation.disk.threshold_enabled: false",
                ""), StandardCharsets.UTF_8);
        StringBuilder extra = new StringBuilder();
        options.settings().forEach((key, value) -> extra.append(key).append(": ").append(value).append('\n'));
        Files.writeString(config.resolve("opensearch.yml"), extra, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        if (!Files.exists(consoleLog())) {
            Files.createFile(consoleLog());
        }
        if (runAs != null) {
            requireReachable(nodeDir, runAs.name());
            FileTrees.chown(nodeDir, runAs.principal(), runAs.group());
        }
        return config;
    }

    private Path consoleLog() {
        return nodeDir.resolve("logs/console.log");
    }

    private void awaitReady() throws IOException {
        Instant deadline = Instant.now().plus(options.startTimeout());
        HttpRequest health = HttpRequest.newBuilder(URI.create(url() + "/_cluster/health"))
                .timeout(Duration.ofSeconds(5)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                int exit = process.exitValue();
                process = null;
                throw new LocalStackException("OpenSearch exited with status " + exit + " while starting; last lines"
                        + " of " + consoleLog() + ":\n" + logTail());
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && !response.body().contains("\"status\":\"red\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new IOException("interrupted while waiting for OpenSearch", e);
            }
            try {
                process.waitFor(250, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new IOException("interrupted while waiting for OpenSearch", e);
            }
        }
        stop();
        throw new LocalStackException("OpenSearch did not answer on " + url() + " within " + options.startTimeout()
                + "; last lines of " + consoleLog() + ":\n" + logTail());
    }

    private String logTail() {
        try (Stream<String> lines = Files.lines(consoleLog(), StandardCharsets.UTF_8)) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - LOG_TAIL_LINES), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read it: " + e + ")";
        }
    }

    private static boolean isRoot() throws IOException {
        return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
    }

    /** The node directory's parents must let the unprivileged user through, or the node cannot open its data. */
    private static void requireReachable(Path dir, String user) throws IOException {
        for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new LocalStackException("OpenSearch runs as user " + user + " (it refuses root), who cannot"
                        + " reach " + dir + " because " + p + " is not traversable by others; use a data directory"
                        + " outside it");
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        }
    }

    private static int requireFree(int port) throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port));
            return port;
        } catch (IOException e) {
            throw new LocalStackException("port " + port + " on " + LOOPBACK + " is already in use; choose another"
                    + " OpenSearch port", e);
        }
    }

    /** The account the node runs as when the launcher is root. */
    private record UnprivilegedUser(String name, int uid, int gid, UserPrincipal principal, GroupPrincipal group) {

        static UnprivilegedUser lookup(String name) throws IOException {
            UserPrincipalLookupService lookup = Path.of("/").getFileSystem().getUserPrincipalLookupService();
            String uid = id("-u", name);
            String gid = id("-g", name);
            return new UnprivilegedUser(name, Integer.parseInt(uid), Integer.parseInt(gid),
                    lookup.lookupPrincipalByName(name), lookup.lookupPrincipalByGroupName(id("-gn", name)));
        }

        private static String id(String flag, String user) throws IOException {
            Process p = new ProcessBuilder("id", flag, user).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            try {
                if (p.waitFor() != 0) {
                    throw new LocalStackException("OpenSearch refuses to run as root, and the user " + user
                            + " to run it as does not exist (" + out + "); create it or choose another");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            return out;
        }
    }
}
