package io.newsflow.service.dlq;

import io.newsflow.events.DeadLetter;
import java.util.List;

/** Where a stage's rejected records go. Implementations must be thread-safe. */
public interface DeadLetterSink {

    /**
     * Writes the letters and returns once they are durably stored.
     *
     * @throws Exception when they may not be stored; the caller keeps them and tries again
     */
    void send(List<DeadLetter> letters) throws Exception;
}
