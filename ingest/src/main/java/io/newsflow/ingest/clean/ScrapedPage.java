package io.newsflow.ingest.clean;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * One page as it reached ingest, before cleaning.
 *
 * @param url        the URL the page was fetched from
 * @param body       the raw bytes of the page (HTML or plain text)
 * @param charset    the charset the bytes are known to be in, or null to sniff it (BOM, meta, default UTF-8)
 * @param kind       what the body is, or {@link Kind#DETECT} to decide by content
 * @param fetchedAt  when the scraper fetched it, or null
 * @param source     how it reached ingest: http, kafka, file or warc
 */
public record ScrapedPage(String url, byte[] body, Charset charset, Kind kind, Instant fetchedAt, String source) {

    /** What a body is. */
    public enum Kind { HTML, TEXT, DETECT }

    public ScrapedPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
    }

    /** A page whose content is already a Java string (HTTP JSON, Kafka JSON). */
    public static ScrapedPage ofString(String url, String content, Kind kind, Instant fetchedAt, String source) {
        return new ScrapedPage(url, content.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, kind,
                fetchedAt, source);
    }
}
