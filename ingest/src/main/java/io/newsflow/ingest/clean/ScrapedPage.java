package io.newsflow.ingest.clean;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One page as it reached ingest, before cleaning: its bytes, or its text when it came as a Java string.
 *
 * @param url        the URL the page was fetched from
 * @param body       the raw bytes of the page (HTML or plain text), or null when it came as {@code text}
 * @param charset    the charset the bytes are known to be in, or null to sniff it (BOM, meta, default UTF-8)
 * @param kind       what the body is, or {@link Kind#DETECT} to decide by content
 * @param fetchedAt  when the scraper fetched it, or null
 * @param source     how it reached ingest: http, kafka, file or warc
 * @param text       the page as a Java string (from JSON), or null when it came as {@code body}; it is cleaned as
 *                   its UTF-8 bytes would be, without encoding it to them
 */
public record ScrapedPage(String url, byte[] body, Charset charset, Kind kind, Instant fetchedAt, String source,
                          String text) {

    /** What a body is. */
    public enum Kind { HTML, TEXT, DETECT }

    /** Sources: how a page reached ingest, as metrics, dead letters and logs name it. */
    public static final String HTTP = "http";
    public static final String KAFKA = "kafka";
    public static final String FILE = "file";
    public static final String WARC = "warc";
    /** Every source of pages, as ingest's counters' {@code source} tag names it. */
    public static final List<String> SOURCES = List.of(HTTP, KAFKA, FILE, WARC);

    public ScrapedPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        if ((body == null) == (text == null)) {
            throw new IllegalArgumentException("a page has either a body or a text, not " + (body == null
                    ? "neither" : "both"));
        }
    }

    /** A page that came as bytes. */
    public ScrapedPage(String url, byte[] body, Charset charset, Kind kind, Instant fetchedAt, String source) {
        this(url, Objects.requireNonNull(body, "body"), charset, kind, fetchedAt, source, null);
    }

    /** A page whose content is already a Java string (HTTP JSON, Kafka JSON). */
    public static ScrapedPage ofString(String url, String content, Kind kind, Instant fetchedAt, String source) {
        return new ScrapedPage(url, null, StandardCharsets.UTF_8, kind, fetchedAt, source,
                Objects.requireNonNull(content, "content"));
    }

    /**
     * Whether the page's {@link #size} is over {@code bytes}. A text is never more than three bytes a character, so
     * only a text that may be over is measured.
     */
    public boolean isLargerThan(long bytes) {
        if (text != null && text.length() * 3L <= bytes) {
            return false;
        }
        return size() > bytes;
    }

    /** The page's size in bytes: its body's, or its text's in UTF-8 (a lone surrogate as the one byte of '?'). */
    public long size() {
        if (body != null) {
            return body.length;
        }
        long bytes = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += Character.isSurrogate(c) ? 1 : 3;
            }
        }
        return bytes;
    }
}
