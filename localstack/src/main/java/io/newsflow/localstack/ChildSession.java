package io.newsflow.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts the local stack's child processes in a session of their own ({@code setsid}, from util-linux), out of this
 * JVM's process group: a Ctrl-C in the terminal signals the whole foreground process group, and would otherwise stop
 * Kafka and OpenSearch at the same moment as this JVM, while its services still use them. The children stop when
 * their owner closes them, or when this JVM ends (see {@link ChildMain}).
 */
final class ChildSession {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private ChildSession() {
    }

    /** The words to put before a child's command: {@code setsid}, or nothing where it is missing. */
    static List<String> prefix() {
        return Files.isExecutable(SETSID) ? List.of(SETSID.toString()) : List.of();
    }
}
