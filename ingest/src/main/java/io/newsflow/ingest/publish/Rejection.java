package io.newsflow.ingest.publish;

import io.newsflow.ingest.clean.PageRejectedException;
import java.util.Locale;

/**
 * Why ingest refused a page (or a whole request): the fixed set of values of the {@code reason} tag of
 * {@code ingest_pages_rejected_total}. The README's table of metrics lists them; a new value is a documented change.
 */
public enum Rejection {
    /** Not JSON, JSON that is not a page object, or an empty batch. */
    MALFORMED,
    /** A page object or request with a missing, conflicting or badly typed field (url, html/text, fetched_at). */
    INVALID_FIELD,
    /** Over a size limit: the page, the request body, the batch's page count, or the cleaned page. */
    TOO_LARGE,
    /** An API request without the right bearer token. */
    UNAUTHORIZED,
    /** An API request whose Content-Type (or charset) the endpoint does not take. */
    UNSUPPORTED_MEDIA_TYPE,
    /** An API request whose body did not arrive within the read timeout. */
    TIMEOUT,
    /** The cleaner: elements nested deeper than its limit. */
    TOO_DEEP,
    /** The cleaner: over its processor-time budget. */
    TOO_SLOW,
    /** The cleaner: binary or undecodable content. */
    NOT_TEXT,
    /** The cleaner: no paragraph of body text. */
    NO_CONTENT,
    /** The cleaner: a URL it cannot use. */
    BAD_URL,
    /** A file, directory or WARC that could not be read. */
    UNREADABLE,
    /** The cleaner failed on the page (a fault of the cleaner, reported and logged). */
    CLEANER_ERROR;

    /** The tag value: the name in lower case ({@code no_content}). */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The rejection for a cleaner's reason (same name). */
    public static Rejection of(PageRejectedException.Reason reason) {
        return valueOf(reason.name());
    }
}
