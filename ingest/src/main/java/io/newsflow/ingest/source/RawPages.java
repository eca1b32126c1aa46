package io.newsflow.ingest.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.newsflow.events.Json;
import io.newsflow.events.RawPage;
import io.newsflow.ingest.clean.ScrapedPage;
import io.newsflow.ingest.source.InvalidPageException.Problem;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the JSON a scraper sends ({@code {url, html | text, fetched_at?, headers?}}, on {@code pages.raw} or the HTTP
 * API) into a {@link ScrapedPage}, or says exactly what is wrong with it: the field (as a JSON pointer), what was
 * expected and what was found, never the names of Java types. Immutable and thread-safe.
 */
public final class RawPages {

    private static final String SHAPE = "{url, html | text, fetched_at?, headers?}";
    private static final String URL_EXAMPLE = "https://news.example.com/2026/03/01/story.html";
    /** What each field of a page object must be, in the words of the API's documentation. */
    private static final Map<String, String> EXPECTED = Map.of(
            "url", "a string, the page's absolute http(s) URL such as " + URL_EXAMPLE,
            "html", "a string, the page's HTML",
            "text", "a string, the page's plain text",
            "fetched_at", "an ISO-8601 instant such as 2026-03-01T12:00:00Z",
            "headers", "an object of header names to string values");

    /**
     * The events' mapping, except that a number or a boolean is no string: a scraper that sends {@code "html": 5}
     * sent no page, and is told so rather than have "5" cleaned.
     */
    private static final ObjectReader READER;

    static {
        ObjectMapper mapper = Json.mapper().copy();
        MutableCoercionConfig strings = mapper.coercionConfigFor(LogicalType.Textual);
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean)) {
            strings.setCoercion(shape, CoercionAction.Fail);
        }
        READER = mapper.readerFor(RawPage.class);
    }

    private final ObjectReader reader = READER;
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
            throw new InvalidPageException(Problem.MALFORMED, "the body is empty: expected a JSON object " + SHAPE);
        }
        String found = jsonKind(json, offset, length);
        if (!found.equals("an object") && !found.equals("something else")) {
            throw new InvalidPageException(Problem.MALFORMED, "expected a JSON object " + SHAPE + ", got " + found);
        }
        RawPage raw;
        // a parser of our own, so that after a failure its current token tells what the field held
        try (JsonParser parser = reader.createParser(json, offset, length)) {
            try {
                raw = reader.readValue(parser);
            } catch (DatabindException e) {
                if (e.getCause() instanceof StreamReadException broken) {
                    throw notValidJson(broken); // cut short inside a field's value: "html": "<p>hi
                }
                throw fieldProblem(e, parser.currentToken());
            }
            if (parser.nextToken() != null) { // a second value, or text, after the object
                throw new InvalidPageException(Problem.MALFORMED, "not valid JSON"
                        + where(parser.currentTokenLocation()) + ": more after the object ends, which must be all");
            }
        } catch (StreamReadException e) {
            throw notValidJson(e);
        } catch (IOException e) {
            throw new InvalidPageException(Problem.MALFORMED, "cannot read the JSON: " + firstLine(e.getMessage()));
        }
        if (raw == null) {
            throw new InvalidPageException(Problem.MALFORMED, "expected a JSON object " + SHAPE + ", got null");
        }
        return toScraped(raw, source);
    }

    /**
     * Checks a page and turns it into a {@link ScrapedPage}.
     *
     * @throws InvalidPageException naming the first problem
     */
    public ScrapedPage toScraped(RawPage raw, String source) throws InvalidPageException {
        String url = requireHttpUrl(raw.url(), "url");
        if ((raw.html() == null) == (raw.text() == null)) {
            throw new InvalidPageException(Problem.INVALID, raw.html() == null ? "/html" : "/text",
                    "html, text: give exactly one of them (html for an HTML page, text for plain text); got "
                            + (raw.html() == null ? "neither" : "both"));
        }
        String content = raw.html() != null ? raw.html() : raw.text();
        // a char is at most 3 UTF-8 bytes, so short pages need no encoding to be measured
        long size = content.length() <= maxPageBytes / 3 ? content.length()
                : content.getBytes(StandardCharsets.UTF_8).length;
        if (size > maxPageBytes) {
            String field = raw.html() != null ? "html" : "text";
            throw new InvalidPageException(Problem.TOO_LARGE, "/" + field, field + ": the page is " + size
                    + " bytes, over the limit of " + maxPageBytes + " bytes (INGEST_MAX_PAGE_BYTES)");
        }
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
     * @throws InvalidPageException otherwise, naming the field {@code url}
     */
    public static String requireHttpUrl(String url) throws InvalidPageException {
        return requireHttpUrl(url, "url");
    }

    /**
     * Returns {@code url} when it is an absolute http(s) URL with a host.
     *
     * @param name the name of the field it was given in, for the message: {@code url}, {@code X-Page-Url}
     * @throws InvalidPageException otherwise
     */
    public static String requireHttpUrl(String url, String name) throws InvalidPageException {
        String field = name.startsWith("X-") ? name : "/" + name;
        if (url == null || url.isBlank()) {
            throw new InvalidPageException(Problem.INVALID, field, name + ": required, " + EXPECTED.get("url"));
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new InvalidPageException(Problem.INVALID, field, name + ": expected an absolute http(s) URL"
                        + " such as " + URL_EXAMPLE + ", got \"" + abbreviate(url) + "\"");
            }
            return url.strip();
        } catch (URISyntaxException e) {
            throw new InvalidPageException(Problem.INVALID, field, name + ": not a valid URL (" + e.getReason()
                    + " at character " + e.getIndex() + "), got \"" + abbreviate(url) + "\"");
        }
    }

    private static InvalidPageException notValidJson(StreamReadException e) {
        return new InvalidPageException(Problem.MALFORMED, "not valid JSON" + where(e.getLocation()) + ": "
                + firstLine(e.getOriginalMessage()));
    }

    /** A field of the wrong type or format: its name, what it must be and what it was. */
    private static InvalidPageException fieldProblem(DatabindException e, JsonToken found) {
        List<JsonMappingException.Reference> path = e instanceof JsonMappingException mapping ? mapping.getPath()
                : List.of();
        if (path.isEmpty()) {
            return new InvalidPageException(Problem.MALFORMED, "expected a JSON object " + SHAPE);
        }
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            pointer.append('/').append(step.getFieldName() != null
                    ? step.getFieldName().replace("~", "~0").replace("/", "~1") : Integer.toString(step.getIndex()));
        }
        String top = path.get(0).getFieldName();
        String name = pointer.substring(1).replace('/', '.');
        String expected = path.size() == 1 ? EXPECTED.getOrDefault(top, "a different value")
                : top.equals("headers") ? "a string" : "a different value";
        String got;
        if (e instanceof InvalidFormatException format && format.getValue() instanceof String value) {
            got = "\"" + abbreviate(value) + "\"";
        } else {
            got = tokenKind(found);
        }
        return new InvalidPageException(Problem.INVALID, pointer.toString(), name + ": expected " + expected
                + (got == null ? "" : ", got " + got));
    }

    /** What kind of JSON value the bytes start with, in words, from its first character. */
    private static String jsonKind(byte[] json, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            switch (json[i]) {
                case ' ', '\t', '\r', '\n' -> {
                    continue;
                }
                case '{' -> {
                    return "an object";
                }
                case '[' -> {
                    return "an array";
                }
                case '"' -> {
                    return "a string";
                }
                case 't', 'f' -> {
                    return spells(json, i, offset + length, json[i] == 't' ? "true" : "false") ? "a boolean"
                            : "something else";
                }
                case 'n' -> {
                    return spells(json, i, offset + length, "null") ? "null" : "something else";
                }
                case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
                    return "a number";
                }
                default -> {
                    return "something else";
                }
            }
        }
        return "only white space";
    }

    /** Whether {@code json[at, end)} starts with the literal {@code word} and no letter follows it ("nul", "nothing"). */
    private static boolean spells(byte[] json, int at, int end, String word) {
        if (end - at < word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (json[at + k] != word.charAt(k)) {
                return false;
            }
        }
        int next = at + word.length();
        return next == end || !Character.isLetterOrDigit(json[next]);
    }

    private static String tokenKind(JsonToken token) {
        if (token == null) {
            return null;
        }
        return switch (token) {
            case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
            case START_ARRAY, END_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> null;
        };
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** The first line of a parser message, without the source excerpt Jackson appends. */
    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("");
        int source = line.indexOf(" (start marker at");
        return (source < 0 ? line : line.substring(0, source)).strip();
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
}
