package io.newsflow.ingest.http;

/** A request the API answers with an error status and a JSON body {@code {error, message}}. */
final class HttpProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    HttpProblem(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
