package io.newsflow.deploy.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsflow.localstack.LocalStackException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One {@code newsflow run} per data directory, and the next one once it is released. */
class DataDirLockTest {

    @TempDir
    Path dataDir;

    @Test
    void theLockFileNamesItsHolderAndAReleasedLockIsTakenAgain() throws Exception {
        try (DataDirLock first = DataDirLock.acquire(dataDir)) {
            assertEquals(ProcessHandle.current().pid() + "\n",
                    Files.readString(dataDir.resolve(DataDirLock.FILE_NAME)));
            assertThrows(LocalStackException.class, () -> DataDirLock.acquire(dataDir));
        }

        try (DataDirLock second = DataDirLock.acquire(dataDir)) {
            assertThrows(LocalStackException.class, () -> DataDirLock.acquire(dataDir));
        }
    }

    /** {@code --fresh} empties the directory under the lock: deleting the lock file would let a second run in. */
    @Test
    void deletingTheContentsKeepsTheLockFileAndTheLock() throws Exception {
        Files.createDirectories(dataDir.resolve("kafka/broker-0"));
        Files.writeString(dataDir.resolve("kafka/broker-0/broker.log"), "log");
        Files.writeString(dataDir.resolve("newsflow.log"), "log");
        try (DataDirLock lock = DataDirLock.acquire(dataDir)) {

            lock.deleteContents();

            try (Stream<Path> left = Files.list(dataDir)) {
                assertEquals(List.of(dataDir.resolve(DataDirLock.FILE_NAME)), left.toList());
            }
            assertThrows(LocalStackException.class, () -> DataDirLock.acquire(dataDir));
        }
    }
}
