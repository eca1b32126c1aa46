package io.newsflow.index.bulk;

import java.util.List;

/** Where rejected records go. Implementations must be thread-safe. */
public interface DeadLetters {

    /**
     * Writes the letters and returns once they are durably stored.
     *
     * @throws Exception when they may not be stored; the caller keeps them and tries again
     */
    void send(List<DeadLetter> letters) throws Exception;
}
