package io.newsflow.ingest.clean;

/**
 * A page the cleaner will not turn into a {@code Page}: over a limit, not a page at all, or with no text.
 * The message says what was wrong in words an operator can act on; {@link #reason()} is a stable code for
 * metrics and DLQ headers.
 */
public final class PageRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a page was rejected. */
    public enum Reason { TOO_LARGE, TOO_DEEP, TOO_SLOW, NOT_TEXT, NO_CONTENT, BAD_URL }

    private final Reason reason;

    public PageRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
