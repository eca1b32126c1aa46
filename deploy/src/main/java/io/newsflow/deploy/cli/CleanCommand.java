package io.newsflow.deploy.cli;

import io.newsflow.events.JsonSerde;
import io.newsflow.ingest.clean.PageCleaner;
import io.newsflow.ingest.clean.PageRejectedException;
import io.newsflow.ingest.clean.ScrapedPage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsflow clean}: prints one cleaned {@code Page} JSON object per line per file. A file that cannot be read is
 * named on stderr and the others are still cleaned; the exit code is then a usage error's (2), else 1 when a page was
 * rejected.
 */
@Command(name = "clean", description = "Clean scraped pages (HTML or plain text, detected by content) and print one Page JSON per line.")
final class CleanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VocabularyOption vocabulary;

    @Option(names = "--url", description = "URL of the page (default: the file's file: URL).")
    String url;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Pages to clean.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        PageCleaner cleaner = new PageCleaner(vocabulary.config(), Clock.systemUTC());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        int unreadable = 0;
        for (Path file : files) {
            String pageUrl = url != null ? url : file.toAbsolutePath().toUri().toString();
            byte[] bytes;
            try {
                if (Files.isDirectory(file)) {
                    throw new FileSystemException(file.toString(), null, "a directory, not a page");
                }
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                // named as a usage error is, and the other files are still cleaned
                Optional<String> problem = InputErrors.problem(e);
                if (problem.isEmpty()) {
                    throw e;
                }
                unreadable++;
                err.println(spec.qualifiedName() + ": " + problem.get());
                continue;
            }
            try {
                ScrapedPage page = new ScrapedPage(pageUrl, bytes, null, ScrapedPage.Kind.DETECT, null,
                        ScrapedPage.FILE);
                out.println(new String(JsonSerde.page().serialize(null, cleaner.clean(page)), StandardCharsets.UTF_8));
            } catch (PageRejectedException e) {
                failed++;
                err.println(file + ": rejected (" + e.reason() + "): " + e.getMessage());
            }
        }
        out.flush();
        err.flush();
        return unreadable > 0 ? spec.exitCodeOnInvalidInput() : failed == 0 ? 0 : 1;
    }
}
