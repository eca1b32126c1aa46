package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that read JSON Lines, given a bad line: one line naming the file, the line's number and what was
 * wrong in words, exit code 2 (a new user's report: Jackson's "at [Source: REDACTED ..." excerpt on enrich-eval).
 */
class BadJsonLinesTest {

    private static final String NOT_JSON = "not valid JSON (Unrecognized token 'oops': was expecting (JSON String,"
            + " Number, Array, Object or token 'null', 'true' or 'false'))";

    @TempDir
    Path dir;

    private Path docs() throws Exception {
        return Files.writeString(dir.resolve("docs.jsonl"), "{\"id\": \"a\", \"text\": \"Some text.\"}\n"
                + "{\"id\": \"b\", \"text\": \"More text.\"}\n{\"id\": \"c\", \"text\": oops}\n");
    }

    @Test
    void enrichEval() throws Exception {
        Path docs = docs();

        CliRun run = CliRun.of("enrich-eval", "--docs", docs.toString(), "--out", dir.resolve("out.jsonl").toString());

        assertOneLine(run, "newsflow enrich-eval: " + docs + " line 3: " + NOT_JSON);
    }

    @Test
    void dedupEval() throws Exception {
        Path docs = docs();
        Path pairs = Files.writeString(dir.resolve("pairs.tsv"), "id_a\tid_b\tlabel\na\tb\t0\n");

        CliRun run = CliRun.of("dedup-eval", "--docs", docs.toString(), "--pairs", pairs.toString());

        assertOneLine(run, "newsflow dedup-eval: " + docs + " line 3: " + NOT_JSON);
    }

    @Test
    void benchEnrich() throws Exception {
        Path docs = docs();

        CliRun run = CliRun.of("bench", "enrich", "--docs", docs.toString(), "--rounds", "1");

        assertOneLine(run, "newsflow bench enrich: " + docs + " line 3: " + NOT_JSON);
    }

    @Test
    void extractEval() throws Exception {
        Path truth = Files.writeString(dir.resolve("truth.jsonl"), "{\"id\": \"a\", \"url\": \"https://a.example/\","
                + " \"text\": \"Some text.\"}\n{\"id\": \"b\", \"url\": \"https://b.example/\"\n");

        CliRun run = CliRun.of("extract-eval", "--pages", dir.toString(), "--truth", truth.toString());

        assertOneLine(run, "newsflow extract-eval: " + truth + " line 2: not valid JSON (Unexpected end-of-input:"
                + " expected close marker for Object)");
    }

    @Test
    void trainNer() throws Exception {
        Path news = Files.writeString(dir.resolve("news.jsonl"), "{\"text\": \"Some news.\"}\n{\"title\": \"x\"}\n");

        CliRun run = CliRun.of("train-ner", "--data", dir.toString(), "--news", news.toString(), "--out",
                dir.resolve("ner.bin").toString());

        assertOneLine(run, "newsflow train-ner: " + news + " line 2: no \"text\" string");
    }

    @Test
    void trainKeywords() throws Exception {
        Path news = Files.writeString(dir.resolve("news.jsonl"), "{\"text\": \"Some news.\"}\n{\"title\": \"x\"}\n");

        CliRun run = CliRun.of("train-keywords", "--news", news.toString(), "--out", dir.resolve("df.tsv").toString());

        assertOneLine(run, "newsflow train-keywords: " + news + " line 2: no \"text\" string");
    }

    private static void assertOneLine(CliRun run, String line) {
        assertEquals(2, run.exit(), run.toString());
        assertEquals(line + "\n", run.err());
        assertEquals("", run.out());
    }
}
