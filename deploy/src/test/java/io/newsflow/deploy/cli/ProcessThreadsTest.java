package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProcessThreadsTest {

    @Test
    void aThreadsTicksAreItsUserAndSystemTimeWhateverItsNameHolds() {
        // pid (name) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime ...
        assertEquals(17 + 4, ProcessThreads.ticks("123 (C2 CompilerThre) S 1 1 1 0 -1 4194368 10 0 0 0 17 4 0 0 20"));
        assertEquals(9, ProcessThreads.ticks("7 (a) b) c) R 1 1 1 0 -1 0 0 0 0 0 5 4 0 0 20"));
    }

    @Test
    void theJvmsOwnThreadsAreToldByTheirNames() {
        for (String own : new String[] {"C2 CompilerThre", "C1 CompilerThre", "GC Thread#0", "G1 Conc#0",
                "G1 Refine#0", "G1 Main Marker", "VM Thread"}) {
            assertTrue(ProcessThreads.jvmOwn(own), own);
        }
        for (String other : new String[] {"java", "opensearch[node", "data-plane-kafk", "kafka-0-raft-io",
                "VM Periodic Tas"}) {
            assertFalse(ProcessThreads.jvmOwn(other), other);
        }
    }

    @Test
    void rocksDbsBackgroundThreadsAreToldByTheirNames() {
        for (String rocksDb : new String[] {"rocksdb:high", "rocksdb:low", "rocksdb:bottom"}) {
            assertTrue(ProcessThreads.rocksDb(rocksDb), rocksDb);
            assertFalse(ProcessThreads.jvmOwn(rocksDb), rocksDb);
        }
        for (String other : new String[] {"java", "GC Thread#0", "newsflow-enric", "kafka-producer-"}) {
            assertFalse(ProcessThreads.rocksDb(other), other);
        }
    }

    @Test
    void thisJvmsCompilerThreadsAreFoundAmongItsThreads() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "no /proc here");
        long pid = ProcessHandle.current().pid();
        long deadline = System.nanoTime() + 30_000_000_000L;
        ProcessThreads threads = ProcessThreads.of(pid);
        // the JIT compiles this loop, and the JVM has compiled the test framework already: its compilers have ticks
        for (long sum = 0; threads.jvmOwn() == 0 && System.nanoTime() < deadline; sum += spin(sum)) {
            threads = ProcessThreads.of(pid);
        }
        assertTrue(threads.jvmOwn() > 0, threads.toString());
        assertTrue(threads.all() > threads.jvmOwn(), threads.toString());
        assertTrue(threads.jvmOwnShare() > 0 && threads.jvmOwnShare() < 1, threads.toString());
        assertEquals(ProcessThreads.NONE, ProcessThreads.of(Long.MAX_VALUE));
    }

    private static long spin(long seed) {
        long x = seed;
        for (int i = 0; i < 1_000_000; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        return x & 1;
    }
}
