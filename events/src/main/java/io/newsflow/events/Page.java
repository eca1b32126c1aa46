package io.newsflow.events;

import java.time.Instant;
import java.util.List;

/**
 * A cleaned page: the value on {@code pages.clean}, keyed by {@link #id()}.
 *
 * @param id                 sha-256 hex of the canonical URL
 * @param site               registrable domain of the canonical URL
 * @param text               body text, paragraphs separated by a blank line; no title, byline, captions
 *                           or boilerplate
 * @param publishedAtSource  where {@code publishedAt} came from: jsonld, meta, time, url or text; null with it
 * @param contentHash        sha-256 hex of the normalised text
 * @param source             how the page reached ingest: http, kafka, file or warc
 * @param fetchedAtSource    {@code client} when {@code fetchedAt} is the one a client stated, {@code clamped} when
 *                           that lay in the future or too far back and {@code fetchedAt} is the ingest time,
 *                           {@code archive} for the capture date of an imported file or WARC record; null with
 *                           {@code fetchedAt}
 */
public record Page(
        String id,
        String url,
        String canonicalUrl,
        String site,
        String siteName,
        String title,
        String byline,
        Instant publishedAt,
        String publishedAtSource,
        String languageHint,
        String text,
        List<String> captions,
        String contentHash,
        Instant fetchedAt,
        String fetchedAtSource,
        Instant ingestedAt,
        String source,
        Extraction extraction) {

    public Page {
        captions = captions == null ? List.of() : List.copyOf(captions);
    }

    /** A page whose fetch time, if any, is the scraper's own. */
    public Page(String id, String url, String canonicalUrl, String site, String siteName, String title, String byline,
                Instant publishedAt, String publishedAtSource, String languageHint, String text, List<String> captions,
                String contentHash, Instant fetchedAt, Instant ingestedAt, String source, Extraction extraction) {
        this(id, url, canonicalUrl, site, siteName, title, byline, publishedAt, publishedAtSource, languageHint, text,
                captions, contentHash, fetchedAt, fetchedAt == null ? null : "client", ingestedAt, source, extraction);
    }
}
