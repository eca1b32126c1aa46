package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {

    private static final Duration BUSY = Duration.ofMillis(300);

    @Test
    void aThreadsTimeGoesToThePartItsNameBelongsTo() throws Exception {
        ThreadCpu cpu = new ThreadCpu(ThreadCpu.PIPELINE);
        assumeTrue(cpu.supported(), "this JVM does not measure threads' CPU time");
        CountDownLatch spun = new CountDownLatch(1);
        CountDownLatch read = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            spin();
            spun.countDown();
            try {
                read.await(); // alive while it is read: a thread that ended takes its time with it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ingest-api-1");
        ThreadCpu.Reading before = cpu.read();
        worker.start();
        spun.await();
        Map<String, Duration> used = cpu.between(before, cpu.read());
        read.countDown();
        worker.join();
        assertEquals(List.of("enrich", "ingest", "index", "Kafka clients' I/O", ThreadCpu.CLIENTS, "other threads",
                ThreadCpu.ROCKSDB, ThreadCpu.JVM), List.copyOf(used.keySet()));
        assertTrue(used.get("ingest").compareTo(BUSY) >= 0, used.toString());
        assertEquals(Duration.ZERO, used.get("enrich"), used.toString());
    }

    @Test
    void aShortLivedClientThatChargedItsTimeIsCountedAfterItEnded() throws Exception {
        ThreadCpu cpu = new ThreadCpu(ThreadCpu.PIPELINE);
        assumeTrue(cpu.supported(), "this JVM does not measure threads' CPU time");
        ThreadCpu.Reading before = cpu.read();
        Thread client = new Thread(() -> {
            spin();
            cpu.charge();
        }, "bench-client-1");
        client.start();
        client.join();
        Map<String, Duration> used = cpu.between(before, cpu.read());
        assertTrue(used.get(ThreadCpu.CLIENTS).compareTo(BUSY) >= 0, used.toString());
        assertTrue(used.get(ThreadCpu.JVM).compareTo(Duration.ZERO) >= 0, used.toString());
    }

    /** Uses about {@link #BUSY} of the calling thread's CPU time. */
    private static void spin() {
        long until = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() + BUSY.toNanos();
        long x = 0;
        while (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() < until) {
            x += System.nanoTime() % 7;
        }
        if (x == 42) {
            System.out.print("");
        }
    }
}
