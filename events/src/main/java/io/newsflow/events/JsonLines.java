package io.newsflow.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Files of JSON Lines read whole, one JSON object a line, blank lines skipped, with the shared {@link Json} mapping. A
 * line that is no JSON object, or that the caller's parser refuses, fails with an {@link InvalidLineException} that
 * names the file, the line's number and what was wrong in words: the parser's own words, without its location (which
 * counts within the one line parsed, "line: 1") and its source excerpt. Thread-safe (stateless).
 */
public final class JsonLines {

    /** Where within the line the parser was, which a few of its messages spell out with a source excerpt. */
    private static final Pattern LOCATION =
            Pattern.compile(" *\\((?:start marker )?at \\[Source: [^\\]]*]\\)| *at \\[Source: [^\\]]*]");

    /** Makes the value of one line. */
    @FunctionalInterface
    public interface Parser<T> {

        /**
         * @throws IllegalArgumentException what is wrong with the line, in words ({@code needs "id" and "text"})
         * @throws JsonProcessingException  when the object does not map to the value's type
         */
        T parse(ObjectNode line) throws JsonProcessingException;
    }

    /**
     * The line's {@code "text"} string, as the files of texts to learn from give them ({@code {"text": ...}}).
     *
     * @throws IllegalArgumentException when the line has no {@code "text"} string
     */
    public static String text(ObjectNode line) {
        JsonNode text = line.get("text");
        if (text == null || !text.isTextual()) {
            throw new IllegalArgumentException("no \"text\" string");
        }
        return text.asText();
    }

    /** A line that is not what the reader of the file needs: {@code FILE line N: what was wrong}. */
    public static final class InvalidLineException extends IOException {

        InvalidLineException(Path file, int line, String problem) {
            super(file + " line " + line + ": " + problem);
        }
    }

    private JsonLines() {
    }

    /** Each non-blank line of {@code file} (UTF-8) as {@code parser} makes it, in file order. */
    public static <T> List<T> read(Path file, Parser<T> parser) throws IOException {
        List<T> values = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode json;
                try {
                    json = Json.mapper().readTree(line);
                } catch (JsonProcessingException e) {
                    throw new InvalidLineException(file, number, "not valid JSON (" + words(e) + ")");
                }
                if (!(json instanceof ObjectNode object)) {
                    throw new InvalidLineException(file, number, "not a JSON object");
                }
                try {
                    values.add(parser.parse(object));
                } catch (JsonProcessingException e) {
                    throw new InvalidLineException(file, number, words(e));
                } catch (IllegalArgumentException e) {
                    throw new InvalidLineException(file, number, e.getMessage());
                }
            }
        }
        return values;
    }

    private static String words(JsonProcessingException e) {
        return LOCATION.matcher(e.getOriginalMessage()).replaceAll("");
    }
}
