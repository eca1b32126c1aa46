package io.newsflow.ingest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RequestsTest {

    /** Feeds {@code body} to a splitter in pieces of {@code piece} bytes and lists what it reported. */
    private static List<String> lines(String body, int maxLineBytes, int piece) throws HttpProblem {
        List<String> seen = new ArrayList<>();
        Requests.LineSplitter splitter = new Requests.LineSplitter(maxLineBytes, new Requests.LineSplitter.Lines() {
            @Override
            public void line(int number, byte[] bytes, int length) {
                seen.add(number + ":" + new String(bytes, 0, length, StandardCharsets.UTF_8));
            }

            @Override
            public void oversized(int number, long size) {
                seen.add(number + ": too large, " + size + " bytes");
            }
        });
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i += piece) {
            splitter.accept(ByteBuffer.wrap(bytes, i, Math.min(piece, bytes.length - i)));
        }
        splitter.finish();
        return seen;
    }

    private static List<String> lines(String body) throws HttpProblem {
        return lines(body, 1_024, 3);
    }

    @Test
    void ndjsonLinesKeepTheirLineNumbersAndSkipBlankLines() throws HttpProblem {
        assertEquals(List.of("1:{\"a\":1}", "3:{\"b\":2}"), lines("{\"a\":1}\n\n{\"b\":2}\n"));
    }

    @Test
    void windowsLineEndsAndAMissingFinalNewlineAreAccepted() throws HttpProblem {
        assertEquals(List.of("1:{\"a\":1}", "2:{\"b\":2}"), lines("{\"a\":1}\r\n{\"b\":2}"));
    }

    @Test
    void aBodyOfBlankLinesHasNoLine() throws HttpProblem {
        assertEquals(List.of(), lines(" \n\t\r\n\n"));
    }

    @Test
    void aLineOverTheLimitIsReportedWithItsSizeAndTheNextLinesStillCount() throws HttpProblem {
        String longLine = "x".repeat(25);
        assertEquals(List.of("1:" + "y".repeat(10), "2: too large, 25 bytes", "3:{\"b\":2}", "4: too large, 11 bytes"),
                lines("y".repeat(10) + "\n" + longLine + "\r\n{\"b\":2}\n" + "z".repeat(11), 10, 4));
    }

    @Test
    void aLineOfExactlyTheLimitFitsWithOrWithoutCarriageReturn() throws HttpProblem {
        assertEquals(List.of("1:" + "a".repeat(8), "2:" + "b".repeat(8)),
                lines("a".repeat(8) + "\r\n" + "b".repeat(8), 8, 1));
    }

    @Test
    void aSinkCanStopTheBodyAtALine() {
        int[] count = {0};
        Requests.LineSplitter splitter = new Requests.LineSplitter(100, new Requests.LineSplitter.Lines() {
            @Override
            public void line(int number, byte[] bytes, int length) throws HttpProblem {
                if (++count[0] > 2) {
                    throw new HttpProblem(413, "too_many_pages", "over 2");
                }
            }

            @Override
            public void oversized(int number, long size) {
            }
        });
        HttpProblem problem = assertThrows(HttpProblem.class,
                () -> splitter.accept(ByteBuffer.wrap("x\nx\nx\nx\nx\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals(413, problem.status());
        assertEquals(3, count[0], "the splitter stopped at the third line");
    }

    @Test
    void anyBodyInAnyPiecesGivesTheLinesOfSplittingTheWholeTextAtLineFeeds() throws HttpProblem {
        Random random = new Random(7);
        String[] parts = {"a", "é", "{\"x\":1}", " ", "\t", "\r", "\n", "\r\n", "\n\n", "yyyyyyyyyy"};
        for (int round = 0; round < 2_000; round++) {
            StringBuilder body = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                body.append(parts[random.nextInt(parts.length)]);
            }
            int max = 1 + random.nextInt(24);
            int piece = 1 + random.nextInt(32);
            assertEquals(expectedLines(body.toString(), max), lines(body.toString(), max, piece),
                    "body " + body.toString().replace("\r", "\\r").replace("\n", "\\n") + ", limit " + max
                            + ", pieces of " + piece);
        }
    }

    /** What the splitter must report, from the whole text: its lines, a '\r' before each line feed dropped. */
    private static List<String> expectedLines(String body, int maxLineBytes) {
        List<String> expected = new ArrayList<>();
        String[] split = body.split("\n", -1);
        for (int n = 0; n < split.length; n++) {
            String line = split[n].endsWith("\r") ? split[n].substring(0, split[n].length() - 1) : split[n];
            int bytes = line.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > maxLineBytes) {
                expected.add((n + 1) + ": too large, " + bytes + " bytes");
            } else if (!line.isBlank() || line.contains("\r")) {
                expected.add((n + 1) + ":" + line);
            }
        }
        return expected;
    }
}
