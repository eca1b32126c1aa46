package io.newsflow.ingest.source;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.ObjectReader;
import io.newsflow.events.Json;
import io.newsflow.events.RawPage;
import io.newsflow.ingest.clean.ScrapedPage;
import io.newsflow.ingest.source.InvalidPageException.Problem;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the JSON a scraper sends ({@code {url, html | text, fetched_at?}}, on {@code pages.raw} or the HTTP API)
 * into a {@link ScrapedPage}, or says exactly what is wrong with it. Immutable and thread-safe.
 */
public final class RawPages {

    private static final String SHAPE = "{url, html | text, fetched_at?}";

    private final ObjectReader reader = Json.mapper().readerFor(RawPage.class);
    private final int maxPageBytes;

    /** @param maxPageBytes largest page (html or text, in UTF-8 bytes) accepted */
    public RawPages(int maxPageBytes) {
        this.maxPageBytes = maxPageBytes;
    }

    /**
     * Parses one JSON object.
     *
     * @throws InvalidPageException when the bytes are not a page object or the page is invalid
     */
    public ScrapedPage parse(byte[] json, String source) throws InvalidPageException {
        return parse(json, 0, json == null ? 0 : json.length, source);
    }

    /**
     * Parses the JSON object in {@code json[offset, offset + length)}, e.g. one line of NDJSON.
     *
     * @throws InvalidPageException when the bytes are not a page object or the page is invalid
     */
    public ScrapedPage parse(byte[] json, int offset, int length, String source) throws InvalidPageException {
        if (json == null || length == 0) {
            throw new InvalidPageException(Problem.MALFORMED, "empty: expected a JSON object " + SHAPE);
        }
        RawPage raw;
        try {
            raw = reader.readValue(json, offset, length);
        } catch (StreamReadException e) {
            throw new InvalidPageException(Problem.MALFORMED, "not valid JSON: " + e.getOriginalMessage());
        } catch (DatabindException e) {
            throw new InvalidPageException(Problem.INVALID, "not a page object " + SHAPE + ": "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidPageException(Problem.MALFORMED, "cannot read the JSON: " + e.getMessage());
        }
        if (raw == null) {
            throw new InvalidPageException(Problem.MALFORMED, "null: expected a JSON object " + SHAPE);
        }
        return toScraped(raw, source);
    }

    /**
     * Checks a page and turns it into a {@link ScrapedPage}.
     *
     * @throws InvalidPageException naming the first problem
     */
    public ScrapedPage toScraped(RawPage raw, String source) throws InvalidPageException {
        String url = requireHttpUrl(raw.url());
        if ((raw.html() == null) == (raw.text() == null)) {
            throw new InvalidPageException(Problem.INVALID, "give exactly one of \"html\" and \"text\"");
        }
        String content = raw.html() != null ? raw.html() : raw.text();
        // a char is at most 3 UTF-8 bytes, so short pages need no encoding to be measured
        checkSize(content.length() <= maxPageBytes / 3 ? content.length()
                : content.getBytes(StandardCharsets.UTF_8).length);
        ScrapedPage.Kind kind = raw.html() != null ? ScrapedPage.Kind.HTML : ScrapedPage.Kind.TEXT;
        return ScrapedPage.ofString(url, content, kind, raw.fetchedAt(), source);
    }

    /** @throws InvalidPageException when {@code size} bytes is over the page limit */
    public void checkSize(long size) throws InvalidPageException {
        if (size > maxPageBytes) {
            throw InvalidPageException.tooLarge(size, maxPageBytes);
        }
    }

    public int maxPageBytes() {
        return maxPageBytes;
    }

    /**
     * Returns {@code url} when it is an absolute http(s) URL with a host.
     *
     * @throws InvalidPageException otherwise
     */
    public static String requireHttpUrl(String url) throws InvalidPageException {
        if (url == null || url.isBlank()) {
            throw new InvalidPageException(Problem.INVALID, "\"url\" is required");
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new InvalidPageException(Problem.INVALID, "\"url\" must be an absolute http(s) URL: " + abbreviate(url));
            }
            return url.strip();
        } catch (URISyntaxException e) {
            throw new InvalidPageException(Problem.INVALID, "\"url\" is not a valid URL: " + e.getMessage());
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
}
