package io.newsflow.enrich.app;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The enrich service as a JVM of its own ({@link EnrichServiceMain} on the test's classpath, configured from the
 * environment as {@code newsflow enrich} is), for the tests that kill or freeze it the way Kafka's system tests
 * do: SIGKILL (no shutdown hook, no commit, no leaving the group), SIGSTOP / SIGCONT (a zombie), SIGTERM (a clean
 * stop). Its output goes to a log file of its own. Not thread-safe.
 */
final class EnrichProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final int httpPort;
    private final Path log;

    private EnrichProcess(Process process, int httpPort, Path log) {
        this.process = process;
        this.httpPort = httpPort;
        this.log = log;
    }

    /**
     * Starts the service with {@code ENRICH_APPLICATION_ID}, {@code ENRICH_STATE_DIR}, Kafka at {@code bootstrap},
     * a free health port, and {@code env} on top (e.g. {@code KAFKA_SESSION_TIMEOUT_MS}); returns at once.
     */
    static EnrichProcess start(String bootstrap, String applicationId, Path stateDir, Path log,
                               Map<String, String> env) {
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-cp", classpath, EnrichServiceMain.class.getName());
        int port = freePort();
        pb.environment().put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        pb.environment().put(EnrichConfig.ENRICH_APPLICATION_ID, applicationId);
        pb.environment().put(EnrichConfig.ENRICH_STATE_DIR, stateDir.toString());
        pb.environment().put(EnrichConfig.ENRICH_HTTP_PORT, Integer.toString(port));
        pb.environment().putAll(env);
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        try {
            return new EnrichProcess(pb.start(), port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    /** Whether {@code GET /health/ready} answers 200 within 2 s. */
    boolean isReady() {
        return readiness().startsWith("200 ");
    }

    /** {@code GET /health/ready}'s status and body ("503 Kafka Streams ERROR, ..."), or why it did not answer. */
    String readiness() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
        } catch (IOException e) {
            return "no answer: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** SIGKILL, and waits for the process to end. */
    void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGSTOP: the process keeps its sockets and state but runs no more, as in a long GC pause. */
    void freeze() {
        signal("STOP");
    }

    /** SIGCONT after {@link #freeze()}. */
    void thaw() {
        signal("CONT");
    }

    /** SIGTERM: the shutdown hook closes the service (it commits and leaves its group); waits for the exit. */
    void stop() {
        process.destroy();
        awaitExit();
    }

    /** Kills the process if it still runs. */
    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("enrich process " + pid() + " did not stop within " + STOP_TIMEOUT
                        + "; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for enrich process " + pid(), e);
        }
    }

    private void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + name + " " + pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signalling enrich process " + pid(), e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
