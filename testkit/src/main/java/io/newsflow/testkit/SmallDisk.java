package io.newsflow.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A file system of its own, a few megabytes of {@code tmpfs}, that a test fills up to the last byte to see what a
 * service does on a full disk, and frees again. Mounting needs root on Linux: elsewhere the test is skipped with an
 * assumption that says so. Not thread-safe.
 */
public final class SmallDisk implements AutoCloseable {

    private static final int CHUNK = 1 << 20;

    private final Path root;
    private final Path filler;

    private SmallDisk(Path root) {
        this.root = root;
        this.filler = root.resolve("filler");
    }

    /**
     * Mounts a {@code tmpfs} of {@code size} ({@code mount}'s syntax: "64m") at {@code dir}, created if need be;
     * skips the calling test where that cannot be done.
     */
    public static SmallDisk mount(Path dir, String size) {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "a small disk needs Linux's tmpfs");
        try {
            Files.createDirectories(dir);
            String output = run(List.of("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0700", "newsflow-test",
                    dir.toString()));
            assumeTrue(output == null, "cannot mount a tmpfs at " + dir + " (needs root): " + output);
        } catch (IOException e) {
            assumeTrue(false, "cannot mount a tmpfs at " + dir + ": " + e);
        }
        return new SmallDisk(dir);
    }

    /** Where the file system is mounted. */
    public Path root() {
        return root;
    }

    /** Writes a file of its own until the file system has no byte left; returns the bytes written. */
    public long fill() {
        long written = 0;
        byte[] chunk = new byte[CHUNK];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (int size = CHUNK; size > 0; size /= 16) {
                try {
                    while (true) {
                        out.write(chunk, 0, size);
                        out.flush();
                        written += size;
                    }
                } catch (IOException full) {
                    // "No space left on device": on with smaller writes, down to the last bytes
                }
            }
        } catch (IOException e) {
            // closing a file on a full disk may fail as well: the bytes written stay
        }
        return written;
    }

    /** Deletes what {@link #fill()} wrote. */
    public void free() {
        try {
            Files.deleteIfExists(filler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Unmounts the file system, and whatever is on it goes. */
    @Override
    public void close() {
        try {
            String output = run(List.of("umount", "--lazy", root.toString()));
            if (output != null) {
                throw new IllegalStateException("cannot unmount " + root + ": " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command; null when it succeeded, else its output. */
    private static String run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return String.join(" ", command) + " did not finish within 30 s";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return "interrupted";
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return process.exitValue() == 0 ? null : "exit " + process.exitValue() + ": " + output;
    }
}
