package io.newsflow.ingest.source;

import io.newsflow.ingest.publish.Rejection;
import java.util.Optional;

/**
 * A submitted page that is not acceptable as given. The message names the problem in words a sender can act on
 * (the field, what was expected, the limit); {@link #problem()} classifies it for HTTP statuses (400, 413) and DLQ
 * headers, and {@link #field()} names the field at fault when there is one: a JSON pointer into the page object
 * ({@code /fetched_at}) or the name of the header it came in ({@code X-Page-Url}).
 */
public final class InvalidPageException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of problem. */
    public enum Problem {
        /** Not JSON, or JSON that is not an object. */
        MALFORMED,
        /** A page object with a missing, conflicting or badly typed field. */
        INVALID,
        /** Over the size limit. */
        TOO_LARGE
    }

    private final Problem problem;
    private final String field;

    public InvalidPageException(Problem problem, String message) {
        this(problem, null, message);
    }

    /** @param field the field at fault ({@code /fetched_at}, {@code X-Page-Url}), or null */
    public InvalidPageException(Problem problem, String field, String message) {
        super(message);
        this.problem = problem;
        this.field = field;
    }

    /** A page over {@code limit} bytes. */
    public static InvalidPageException tooLarge(long size, long limit) {
        return new InvalidPageException(Problem.TOO_LARGE, "page is " + size + " bytes, over the limit of " + limit
                + " bytes (INGEST_MAX_PAGE_BYTES)");
    }

    public Problem problem() {
        return problem;
    }

    /** How this problem is counted in {@code ingest_pages_rejected_total}. */
    public Rejection rejection() {
        return switch (problem) {
            case MALFORMED -> Rejection.MALFORMED;
            case INVALID -> Rejection.INVALID_FIELD;
            case TOO_LARGE -> Rejection.TOO_LARGE;
        };
    }

    /** The field at fault ({@code /fetched_at}, {@code X-Page-Url}), when one field is. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
