package io.newsflow.localstack;

import java.nio.file.Path;

/**
 * A child process of the local stack that ended without its owner stopping it: crashed, killed from outside, or
 * stopped by a fatal fault of its own. Immutable.
 *
 * @param name     what the process was, e.g. "Kafka broker 0" or "OpenSearch"
 * @param exitCode its exit code; 128 + N when signal N ended it (137 for SIGKILL)
 * @param log      the log that tells why, e.g. the broker's {@code broker.log}
 */
public record ChildExit(String name, int exitCode, Path log) {

    /** "Kafka broker 0 exited with code 137 (log: /data/kafka/broker-0/broker.log)". */
    @Override
    public String toString() {
        return name + " exited with code " + exitCode + " (log: " + log + ")";
    }
}
