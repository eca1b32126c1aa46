package io.newsflow.ingest;

import io.newsflow.localstack.FileTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium, headless, as a person's browser for tests: it loads a page, runs its scripts for a few seconds
 * of virtual time, and gives back the DOM a person would see, or a screenshot. Each call is a fresh browser with a
 * profile of its own that talks to nothing but the page's server.
 */
final class HeadlessChromium {

    private static final List<Path> CANDIDATES = List.of(Path.of("/usr/bin/chromium"),
            Path.of("/usr/bin/chromium-browser"), Path.of("/usr/bin/google-chrome"));
    private static final long TIMEOUT_SECONDS = 60;

    private final Path executable;

    private HeadlessChromium(Path executable) {
        this.executable = executable;
    }

    /** The browser, when one is installed. */
    static Optional<HeadlessChromium> find() {
        return CANDIDATES.stream().filter(Files::isExecutable).findFirst().map(HeadlessChromium::new);
    }

    /** The DOM of {@code url} after its scripts ran for {@code virtualMillis} ms, serialised as HTML. */
    String dumpDom(String url, int virtualMillis) throws IOException, InterruptedException {
        return run(url, virtualMillis, List.of("--dump-dom"));
    }

    /** Saves a screenshot of {@code url} (1280×900) to {@code file}. */
    void screenshot(String url, int virtualMillis, Path file) throws IOException, InterruptedException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.deleteIfExists(file);
        run(url, virtualMillis, List.of("--screenshot=" + file.toAbsolutePath(), "--window-size=1280,900",
                "--hide-scrollbars"));
        if (!Files.isRegularFile(file)) {
            throw new IOException("Chromium wrote no screenshot to " + file);
        }
    }

    private String run(String url, int virtualMillis, List<String> action) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("newsflow-chromium-");
        Path log = Files.createTempFile("newsflow-chromium-", ".log");
        Path out = Files.createTempFile("newsflow-chromium-", ".out");
        try {
            List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-extensions",
                    "--user-data-dir=" + profile, "--virtual-time-budget=" + virtualMillis));
            command.addAll(action);
            command.add(url);
            Process browser = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(log.toFile())
                    .start();
            if (!browser.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                browser.destroyForcibly();
                throw new IOException("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
            }
            if (browser.exitValue() != 0) {
                throw new IOException("Chromium exited with " + browser.exitValue() + ": "
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            FileTrees.delete(profile);
            Files.deleteIfExists(log);
            Files.deleteIfExists(out);
        }
    }
}
