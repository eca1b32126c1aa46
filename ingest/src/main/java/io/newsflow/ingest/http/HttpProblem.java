package io.newsflow.ingest.http;

import io.newsflow.ingest.publish.Rejection;
import java.util.Optional;

/**
 * A request the API answers with an error status and a JSON body {@code {error, message, field?}}: the status says
 * the kind of fault (the README's table), {@code error} a stable code, {@code message} what to change, and
 * {@code field} the field at fault (a JSON pointer into the body, or a header's name) when one is.
 */
final class HttpProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String field;
    private final Rejection rejection;

    /** A fault that refuses no page (404, 405, 503 ...), or one already counted where it was found. */
    HttpProblem(int status, String code, String message) {
        this(status, code, message, null, null);
    }

    /** A refusal the server found itself, counted under {@code rejection} when the answer is sent. */
    HttpProblem(int status, String code, String message, Rejection rejection) {
        this(status, code, message, null, rejection);
    }

    HttpProblem(int status, String code, String message, String field, Rejection rejection) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
        this.rejection = rejection;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** How to count it in {@code ingest_pages_rejected_total}; empty when not to count it here. */
    Optional<Rejection> rejection() {
        return Optional.ofNullable(rejection);
    }
}
