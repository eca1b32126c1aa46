package io.newsflow.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {

    @TempDir
    Path dir;

    @Test
    void readsEachObjectInFileOrderAndSkipsBlankLines() throws Exception {
        Path file = Files.writeString(dir.resolve("docs.jsonl"), "{\"id\": \"a\"}\n\n  \n{\"id\": \"b\"}\n");

        assertEquals(List.of("a", "b"), JsonLines.read(file, line -> line.get("id").asText()));
    }

    @Test
    void aLineThatIsNotJsonIsNamedWithTheParsersWordsButNotItsSourceExcerpt() throws Exception {
        Path file = Files.writeString(dir.resolve("docs.jsonl"), "{\"id\": \"a\"}\n\n{\"id\": b}\n");

        var e = assertThrows(JsonLines.InvalidLineException.class, () -> JsonLines.read(file, line -> line));

        assertEquals(file + " line 3: not valid JSON (Unrecognized token 'b': was expecting (JSON String, Number,"
                + " Array, Object or token 'null', 'true' or 'false'))", e.getMessage());
    }

    @Test
    void theParsersLocationWithinTheLineIsLeftOut() throws Exception {
        Path file = Files.writeString(dir.resolve("docs.jsonl"), "{\"id\": \"a\"\n");

        var e = assertThrows(JsonLines.InvalidLineException.class, () -> JsonLines.read(file, line -> line));

        assertEquals(file + " line 1: not valid JSON (Unexpected end-of-input: expected close marker for Object)",
                e.getMessage());
    }

    @Test
    void aLineThatIsNoObjectIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("docs.jsonl"), "[\"a\"]\n");

        var e = assertThrows(JsonLines.InvalidLineException.class, () -> JsonLines.read(file, line -> line));

        assertEquals(file + " line 1: not a JSON object", e.getMessage());
    }

    @Test
    void whatTheParserRefusesIsNamedWithTheLine() throws Exception {
        Path file = Files.writeString(dir.resolve("docs.jsonl"), "{\"id\": \"a\"}\n{\"title\": \"b\"}\n");

        var e = assertThrows(JsonLines.InvalidLineException.class, () -> JsonLines.read(file, line -> {
            if (!line.has("id")) {
                throw new IllegalArgumentException("needs \"id\"");
            }
            return line;
        }));

        assertEquals(file + " line 2: needs \"id\"", e.getMessage());
    }
}
