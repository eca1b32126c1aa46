package io.newsflow.deploy.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The CPU time of this JVM's threads, summed by the part of the pipeline they belong to (told by their names), the
 * CPU time of RocksDB's background threads (enrich's stores' flushes and compactions, in native code; read from
 * Linux's {@code /proc}, zero where it cannot be read), and the rest of the process's CPU time: the JVM's own threads
 * (the JIT compiler, the garbage collector). No Java thread list shows those two. A thread that ends between two readings takes its time with it into the rest, unless it
 * {@link #charge charged} it first. Not thread-safe, but for {@link #charge}.
 */
final class ThreadCpu {

    /** The JVM's own threads: the remainder of the process's CPU time. */
    static final String JVM = "JVM (JIT compiler, GC)";
    /** RocksDB's background threads. */
    static final String ROCKSDB = "RocksDB's flushes and compactions";
    /** The benchmark's own HTTP clients. */
    static final String CLIENTS = "bench clients";

    /** A part and the threads that make it, by name; the first that matches takes a thread. */
    record Part(String name, Predicate<String> threads) {
    }

    static final List<Part> PIPELINE = List.of(
            new Part("enrich", t -> t.contains("-StreamThread-")),
            new Part("ingest", t -> t.startsWith("ingest-")),
            new Part("index", t -> t.startsWith("newsflow-indexer")),
            new Part("Kafka clients' I/O", t -> t.startsWith("kafka-")),
            new Part(CLIENTS, t -> t.startsWith("bench-client-") || t.startsWith("HttpClient-")),
            new Part("other threads", t -> true));

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<Part> parts;
    private final AtomicLong charged = new AtomicLong();

    ThreadCpu(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /** Whether this JVM measures threads' CPU time; without it every reading is the process's time alone. */
    boolean supported() {
        return threads.isThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
    }

    /** Adds the calling thread's CPU time so far to the benchmark's clients: call as a short-lived client ends. */
    void charge() {
        long nanos = threads.getCurrentThreadCpuTime();
        if (nanos > 0) {
            charged.addAndGet(nanos);
        }
    }

    /** Each live thread's CPU time now, the clients' charged time, and the process's. */
    Reading read() {
        Map<Long, Long> cpu = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        if (supported()) {
            for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info == null) {
                    continue;
                }
                long nanos = threads.getThreadCpuTime(info.getThreadId());
                if (nanos >= 0) {
                    cpu.put(info.getThreadId(), nanos);
                    names.put(info.getThreadId(), info.getThreadName());
                }
            }
        }
        long rocksDb = ProcessThreads.of(ProcessHandle.current().pid()).rocksDb() * 1_000_000_000L
                / ProcessThreads.TICKS_PER_SECOND;
        long process = ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
        return new Reading(cpu, names, charged.get(), rocksDb, process);
    }

    /** One reading of {@link #read}. */
    record Reading(Map<Long, Long> cpu, Map<Long, String> names, long chargedNanos, long rocksDbNanos,
                   long processNanos) {
    }

    /**
     * The CPU time each part used between two readings, in the order of the parts, then {@link #ROCKSDB}, then
     * {@link #JVM}: the process's time that neither they nor any other thread alive at {@code to} (nor the charged
     * clients) accounts for.
     */
    Map<String, Duration> between(Reading from, Reading to) {
        Map<String, Long> nanos = new LinkedHashMap<>();
        parts.forEach(p -> nanos.put(p.name(), 0L));
        long threadsTotal = 0;
        for (Map.Entry<Long, Long> e : to.cpu().entrySet()) {
            long used = e.getValue() - from.cpu().getOrDefault(e.getKey(), 0L);
            String name = to.names().get(e.getKey());
            for (Part p : parts) {
                if (p.threads().test(name)) {
                    nanos.merge(p.name(), used, Long::sum);
                    threadsTotal += used;
                    break;
                }
            }
        }
        long clients = to.chargedNanos() - from.chargedNanos();
        if (clients > 0) {
            nanos.merge(CLIENTS, clients, Long::sum);
            threadsTotal += clients;
        }
        long rocksDb = Math.max(0, to.rocksDbNanos() - from.rocksDbNanos());
        nanos.put(ROCKSDB, rocksDb);
        nanos.put(JVM, Math.max(0, to.processNanos() - from.processNanos() - threadsTotal - rocksDb));
        Map<String, Duration> result = new LinkedHashMap<>();
        nanos.forEach((part, n) -> result.put(part, Duration.ofNanos(n)));
        return result;
    }
}
