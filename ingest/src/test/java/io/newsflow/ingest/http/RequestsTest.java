package io.newsflow.ingest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestsTest {

    private static List<String> lines(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return Requests.lines(bytes).stream()
                .map(line -> line[0] + ":" + new String(bytes, line[1], line[2] - line[1], StandardCharsets.UTF_8))
                .toList();
    }

    @Test
    void ndjsonLinesKeepTheirLineNumbersAndSkipBlankLines() {
        assertEquals(List.of("1:{\"a\":1}", "3:{\"b\":2}"), lines("{\"a\":1}\n\n{\"b\":2}\n"));
    }

    @Test
    void windowsLineEndsAndAMissingFinalNewlineAreAccepted() {
        assertEquals(List.of("1:{\"a\":1}", "2:{\"b\":2}"), lines("{\"a\":1}\r\n{\"b\":2}"));
    }

    @Test
    void aBodyOfBlankLinesHasNoLine() {
        assertEquals(List.of(), lines(" \n\t\r\n\n"));
    }
}
