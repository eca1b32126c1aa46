package io.newsflow.deploy.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU clock ticks of another JVM's threads, from Linux's {@code /proc/<pid>/task}: all of them, and those of the
 * JVM's own threads (the JIT compilers, the garbage collector, the VM thread), told by the names the JVM gives them.
 * A Java program cannot list another process's threads otherwise; where {@code /proc} is absent every reading is
 * zero. A thread that ends between two readings takes its ticks with it.
 *
 * @param all    the ticks of every live thread
 * @param jvmOwn the ticks of the JVM's own threads among them
 * @param rocksDb the ticks of RocksDB's background threads among them (its flushes and compactions, in native code)
 */
record ProcessThreads(long all, long jvmOwn, long rocksDb) {

    static final ProcessThreads NONE = new ProcessThreads(0, 0, 0);
    /** Clock ticks a second ({@code USER_HZ}), as Linux counts them in {@code /proc} on every platform it runs on. */
    static final long TICKS_PER_SECOND = 100;

    /** The ticks of process {@code pid}'s threads now; {@link #NONE} when they cannot be read. */
    static ProcessThreads of(long pid) {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        long all = 0;
        long own = 0;
        long rocksDb = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
            for (Path thread : threads) {
                try {
                    String name = Files.readString(thread.resolve("comm")).strip();
                    long ticks = ticks(Files.readString(thread.resolve("stat")));
                    all += ticks;
                    own += jvmOwn(name) ? ticks : 0;
                    rocksDb += rocksDb(name) ? ticks : 0;
                } catch (IOException | RuntimeException e) {
                    // the thread ended while it was read
                }
            }
        } catch (IOException e) {
            return NONE;
        }
        return new ProcessThreads(all, own, rocksDb);
    }

    /**
     * A thread's user and system ticks from its {@code stat} line: fields 14 and 15, counted after the name in
     * parentheses (which may hold spaces).
     */
    static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** Whether a thread of this name (as {@code /proc} shortens it, to 15 characters) is one of the JVM's own. */
    static boolean jvmOwn(String name) {
        return name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre") || name.startsWith("GC Thread")
                || name.startsWith("G1 ") || name.equals("VM Thread");
    }

    /** Whether a thread of this name is one of RocksDB's background threads ("rocksdb:high", "rocksdb:low"). */
    static boolean rocksDb(String name) {
        return name.startsWith("rocksdb:");
    }

    ProcessThreads minus(ProcessThreads earlier) {
        return new ProcessThreads(all - earlier.all, jvmOwn - earlier.jvmOwn, rocksDb - earlier.rocksDb);
    }

    ProcessThreads plus(ProcessThreads other) {
        return new ProcessThreads(all + other.all, jvmOwn + other.jvmOwn, rocksDb + other.rocksDb);
    }

    /** The JVM's own threads' share of the threads' ticks; 0 when there are none. */
    double jvmOwnShare() {
        return all <= 0 ? 0 : Math.max(0, Math.min(1, (double) jvmOwn / all));
    }
}
