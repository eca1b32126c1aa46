package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A file named on the command line that cannot be opened: one line naming it and what was wrong, no stack trace, exit
 * code 2 as for any other mistake in the command line (a new user's report: {@code NoSuchFileException} traces).
 */
class InputErrorsTest {

    @TempDir
    Path dir;

    @Test
    void enrichEvalNamesADocsFileThatIsNotThere() {
        Path docs = dir.resolve("docs.jsonl");

        CliRun run = CliRun.of("enrich-eval", "--docs", docs.toString(), "--out", dir.resolve("out.jsonl").toString());

        assertOneLine(run, "newsflow enrich-eval: " + docs + ": no such file or directory");
    }

    @Test
    void enrichEvalNamesTheMissingDirectoryOfItsOutFile() throws Exception {
        Path docs = Files.writeString(dir.resolve("docs.jsonl"), "{\"id\": \"a\", \"text\": \"Some text.\"}\n");
        Path out = dir.resolve("no-such-dir").resolve("out.jsonl");

        CliRun run = CliRun.of("enrich-eval", "--docs", docs.toString(), "--out", out.toString());

        assertOneLine(run, "newsflow enrich-eval: " + out + ": the directory " + out.getParent() + " does not exist");
    }

    @Test
    void dedupEvalNamesADocsFileThatIsNotThere() throws Exception {
        Path docs = dir.resolve("docs.jsonl");
        Path pairs = Files.writeString(dir.resolve("pairs.tsv"), "id_a\tid_b\tlabel\n");

        CliRun run = CliRun.of("dedup-eval", "--docs", docs.toString(), "--pairs", pairs.toString());

        assertOneLine(run, "newsflow dedup-eval: " + docs + ": no such file or directory");
    }

    @Test
    void dedupEvalNamesThePairsFileAndTheLineThatIsWrong() throws Exception {
        Path docs = Files.writeString(dir.resolve("docs.jsonl"), "{\"id\": \"a\", \"text\": \"Some text.\"}\n");
        Path pairs = Files.writeString(dir.resolve("pairs.tsv"), "id_a\tid_b\tlabel\na\tb\tyes\n");
        Path headless = Files.writeString(dir.resolve("headless.tsv"), "a\tb\t1\n");

        assertOneLine(CliRun.of("dedup-eval", "--docs", docs.toString(), "--pairs", pairs.toString()),
                "newsflow dedup-eval: " + pairs + " line 2: expected 'id_a<TAB>id_b<TAB>0|1'");
        assertOneLine(CliRun.of("dedup-eval", "--docs", docs.toString(), "--pairs", headless.toString()),
                "newsflow dedup-eval: " + headless + " line 1: must be the header 'id_a id_b label'");
    }

    @Test
    void extractEvalNamesATruthFileThatIsNotThere() {
        Path truth = dir.resolve("truth.jsonl");

        CliRun run = CliRun.of("extract-eval", "--pages", dir.toString(), "--truth", truth.toString());

        assertOneLine(run, "newsflow extract-eval: " + truth + ": no such file or directory");
    }

    @Test
    void benchCleanNamesAPagesDirectoryThatIsNotThere() {
        Path pages = dir.resolve("pages");

        CliRun run = CliRun.of("bench", "clean", "--pages", pages.toString());

        assertOneLine(run, "newsflow bench clean: " + pages + ": no such file or directory");
    }

    @Test
    void cleanNamesAPageThatIsNotThere() {
        Path page = dir.resolve("page.html");

        CliRun run = CliRun.of("clean", page.toString());

        assertOneLine(run, "newsflow clean: " + page + ": no such file or directory");
    }

    @Test
    void cleanNamesADirectoryItWasGivenForAPage() {
        CliRun run = CliRun.of("clean", dir.toString());

        assertOneLine(run, "newsflow clean: " + dir + ": a directory, not a page");
    }

    @Test
    void cleanNamesAPageThatIsNotThereAndCleansTheOthers() throws Exception {
        Path missing = dir.resolve("missing.html");
        Path page = Files.writeString(dir.resolve("page.html"), "<html><head><title>Harbour works</title></head><body>"
                + "<article><p>" + "The council approved the harbour works on Monday after a long debate. ".repeat(8)
                + "</p></article></body></html>");

        CliRun run = CliRun.of("clean", missing.toString(), page.toString());

        assertEquals(2, run.exit(), run.toString());
        assertEquals("newsflow clean: " + missing + ": no such file or directory\n", run.err());
        assertEquals(1, run.out().lines().count(), run.toString());
        assertTrue(run.out().contains("harbour works"), run.toString());
    }

    @Test
    void aFaultOfNewsflowItselfKeepsItsStackTrace() {
        StringWriter err = new StringWriter();

        int exit = new CommandLine(new Faulty()).setExecutionExceptionHandler(new InputErrors())
                .setErr(new PrintWriter(err, true)).execute();

        assertEquals(1, exit);
        assertTrue(err.toString().startsWith("java.lang.IllegalStateException: a bug\n\tat "), err.toString());
    }

    @Command(name = "faulty")
    static final class Faulty implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a bug");
        }
    }

    private static void assertOneLine(CliRun run, String line) {
        assertEquals(2, run.exit(), run.toString());
        assertEquals(line + "\n", run.err());
        assertEquals("", run.out());
    }
}
