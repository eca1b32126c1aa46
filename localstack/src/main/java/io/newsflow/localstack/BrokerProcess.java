package io.newsflow.localstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One broker of a {@link LocalKafka}: its fixed ports and directory, and its child JVM while it runs. Not
 * thread-safe: the cluster serialises every call; only the exit listener given to {@link #launch} runs on a thread
 * of its own.
 */
final class BrokerProcess {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerProcess.class);
    private static final String HOST = LocalKafka.HOST;
    private static final String KAFKA_MAIN = "kafka.Kafka";
    private static final String STORAGE_TOOL = "kafka.tools.StorageTool";
    private static final Duration POLL = Duration.ofMillis(200);
    private static final int LOG_TAIL_LINES = 40;

    final int id;
    final Path dir;
    final int port;
    final int controllerPort;
    /** Port of the SASL_SSL client listener, 0 when the cluster has none. */
    final Map<String, Integer> listenerPorts;
    private Process process;
    /** Whether the cluster asked the current process to end: its exit is then no news. */
    private AtomicBoolean stopRequested = new AtomicBoolean();

    BrokerProcess(int id, Path dir, int port, int controllerPort, Map<String, Integer> listenerPorts) {
        this.id = id;
        this.dir = dir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.listenerPorts = Map.copyOf(listenerPorts);
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    void writeConfig(Properties properties) {
        try {
            Files.createDirectories(dir);
            try (var out = Files.newBufferedWriter(dir.resolve("server.properties"), StandardCharsets.UTF_8)) {
                properties.store(out, "Kafka broker " + id + " of the newsflow local stack");
            }
            Files.writeString(dir.resolve("logback.xml"), logbackConfig(dir.resolve("broker.log")),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LocalStackException("cannot write the configuration of Kafka broker " + id + " in " + dir
                    + ": " + e, e);
        }
    }

    boolean isFormatted() {
        return Files.exists(dir.resolve("data").resolve("meta.properties"));
    }

    Process startFormat(String clusterId) {
        // a short-lived tool: the C1 compiler alone starts it faster
        return spawn(List.of("-XX:TieredStopAtLevel=1", STORAGE_TOOL, "format", "-t", clusterId, "-c",
                dir.resolve("server.properties").toString()), "256m", dir.resolve("format.log"));
    }

    String formatLogTail() {
        return "\n--- " + dir.resolve("format.log") + " ---\n" + tail(dir.resolve("format.log"));
    }

    /**
     * Starts the broker's JVM; {@code onUnexpectedExit} hears of it when it ends without {@link #signalStop} or
     * {@link #kill} (a fatal fault of the broker, a kill from outside), on the thread that saw it end.
     */
    void launch(String maxHeap, Consumer<ChildExit> onUnexpectedExit) {
        LOG.info("starting Kafka broker {} on {}:{}, log {}", id, HOST, port, dir.resolve("broker.log"));
        // one flag per process: a restarted broker's stop request is not its predecessor's
        AtomicBoolean requested = new AtomicBoolean();
        stopRequested = requested;
        process = spawn(List.of(ChildMain.class.getName(), KAFKA_MAIN,
                dir.resolve("server.properties").toString()), maxHeap, dir.resolve("console.log"));
        process.onExit().thenAccept(exited -> {
            if (!requested.get()) {
                LOG.warn("Kafka broker {} exited with code {}; see {}", id, exited.exitValue(),
                        dir.resolve("broker.log"));
                onUnexpectedExit.accept(new ChildExit("Kafka broker " + id, exited.exitValue(),
                        dir.resolve("broker.log")));
            }
        });
    }

    private Process spawn(List<String> mainAndArgs, String maxHeap, Path output) {
        List<String> command = new ArrayList<>(ChildSession.prefix());
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx" + maxHeap, "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true",
                "-Dlogback.configurationFile=" + dir.resolve("logback.xml"),
                "-cp", childClasspath()));
        command.addAll(mainAndArgs);
        try {
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
                    .start();
        } catch (IOException e) {
            throw new LocalStackException("cannot start a JVM for Kafka broker " + id + ": " + e, e);
        }
    }

    boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits a moment for the broker to come up; fails when its process died or the deadline passed. */
    void pauseUnlessDead(long deadlineNanos, Duration timeout) {
        try {
            if (process == null || process.waitFor(POLL.toMillis(), TimeUnit.MILLISECONDS)) {
                String exit = process == null ? "was not started" : "exited with code " + process.exitValue();
                throw new LocalStackException("Kafka broker " + id + " " + exit + logTail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("interrupted while waiting for Kafka broker " + id, e);
        }
        if (System.nanoTime() > deadlineNanos) {
            throw new LocalStackException("Kafka broker " + id + " on port " + port + " was not ready within "
                    + timeout.toSeconds() + " s" + logTail());
        }
    }

    String logTail() {
        return "\n--- " + dir.resolve("broker.log") + " ---\n" + tail(dir.resolve("broker.log"))
                + Optional.of(tail(dir.resolve("console.log"))).filter(s -> !s.isBlank())
                .map(s -> "\n--- " + dir.resolve("console.log") + " ---\n" + s).orElse("");
    }

    void kill() {
        if (process == null) {
            return;
        }
        stopRequested.set(true);
        try {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    void signalStop() {
        stopRequested.set(true);
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    void awaitStopped(Duration timeout) {
        if (process == null) {
            return;
        }
        stopRequested.set(true);
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                if (!timeout.isZero()) {
                    LOG.warn("Kafka broker {} did not stop within {} s; killing it", id, timeout.toSeconds());
                }
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        process = null;
    }

    private static String logbackConfig(Path logFile) {
        return """
                <configuration>
                  <appender name="FILE" class="ch.qos.logback.core.FileAppender">
                    <file>%s</file>
                    <encoder>
                      <pattern>%%d{HH:mm:ss.SSS} %%-5level [%%thread] %%logger{36} - %%msg%%n</pattern>
                    </encoder>
                  </appender>
                  <logger name="state.change.logger" level="WARN"/>
                  <root level="INFO">
                    <appender-ref ref="FILE"/>
                  </root>
                </configuration>
                """.formatted(logFile.toString().replace("&", "&amp;").replace("<", "&lt;"));
    }

    /** Fails early, and clearly, when the child JVMs could not find the broker on this JVM's classpath. */
    static void requireKafkaOnClasspath() {
        if (ClassLoader.getSystemClassLoader().getResource(KAFKA_MAIN.replace('.', '/') + ".class") == null) {
            throw new LocalStackException("the Kafka broker (org.apache.kafka:kafka_2.13) is not on the classpath"
                    + " of this JVM; run newsflow from its jar (deploy/target/newsflow.jar)");
        }
    }

    private static String childClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String tail(Path file) {
        if (!Files.exists(file)) {
            return "";
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + file + ": " + e + ")";
        }
    }
}
