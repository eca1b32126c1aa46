package io.newsflow.deploy.run;

import io.newsflow.localstack.FileTrees;
import io.newsflow.localstack.LocalStackException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * One {@code newsflow run} per data directory: an exclusive lock on {@code DIR/run.lock}, which holds the pid of the
 * process that has it. Two runs on one directory would start two Kafka brokers on one log directory, each deleting
 * what the other wrote. The operating system releases the lock when its process ends, however it ends, so a lock
 * is never stale; the file stays. Taken before anything in the directory is touched, held until {@link #close()}.
 * Not thread-safe: one owner acquires and closes it.
 */
public final class DataDirLock implements AutoCloseable {

    static final String FILE_NAME = "run.lock";

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(Path dir, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code dir}, creating it when missing, and writes this process's pid into the lock file.
     *
     * @throws LocalStackException when another {@code newsflow run} holds it (naming its pid when the file tells it),
     *                             or the lock file cannot be written
     */
    public static DataDirLock acquire(Path dir) {
        Path absolute = dir.toAbsolutePath();
        Path file = absolute.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            Files.createDirectories(absolute);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new LocalStackException("the data directory " + absolute + " is in use by another newsflow run"
                        + holder(file) + ": stop it, or choose another with --data-dir");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
            return new DataDirLock(absolute, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new LocalStackException("cannot lock the data directory " + absolute + " (" + file + "): " + e, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** Null when another process holds the lock, or this one does through another channel. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** {@code " (pid 1234)"}, or nothing when the holder has not written its pid yet or it cannot be read. */
    private static String holder(Path file) {
        try {
            String pid = Files.readString(file, StandardCharsets.UTF_8).strip();
            return pid.matches("\\d+") ? " (pid " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Deletes everything in the directory but the lock file, which must stay: it is what the lock is held on. */
    public void deleteContents() throws IOException {
        List<Path> entries;
        try (Stream<Path> children = Files.list(dir)) {
            entries = children.filter(p -> !p.getFileName().toString().equals(FILE_NAME)).toList();
        }
        for (Path entry : entries) {
            FileTrees.delete(entry);
        }
    }

    /** Releases the lock; the file stays for the next run. Idempotent. */
    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            // closing the channel below releases it as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // nothing held through it any more
        }
    }
}
