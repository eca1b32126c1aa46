package io.newsflow.localstack;

/**
 * A process of the local stack could not be started, reached or stopped. The message says what failed and, when
 * the process wrote a log, ends with the tail of that log.
 */
public final class LocalStackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LocalStackException(String message) {
        super(message);
    }

    public LocalStackException(String message, Throwable cause) {
        super(message, cause);
    }
}
