package io.newsflow.ingest.source;

/**
 * A submitted page that is not acceptable as given. The message names the problem; {@link #problem()} classifies
 * it for HTTP statuses (400, 422, 413) and DLQ headers.
 */
public final class InvalidPageException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of problem. */
    public enum Problem {
        /** Not JSON, or not a JSON object. */
        MALFORMED,
        /** A page object with a missing or bad field. */
        INVALID,
        /** Over the size limit. */
        TOO_LARGE
    }

    private final Problem problem;

    public InvalidPageException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    /** A page over {@code limit} bytes. */
    public static InvalidPageException tooLarge(long size, long limit) {
        return new InvalidPageException(Problem.TOO_LARGE, "page is " + size + " bytes, over the limit of " + limit
                + " bytes (INGEST_MAX_PAGE_BYTES)");
    }

    public Problem problem() {
        return problem;
    }
}
