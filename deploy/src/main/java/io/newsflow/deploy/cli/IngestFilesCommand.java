package io.newsflow.deploy.cli;

import io.newsflow.service.config.Env;
import io.newsflow.service.config.ConfigException;
import io.newsflow.ingest.FileImport;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.source.FileIngester;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow ingest-files}: publishes files, directories and WARCs to pages.clean, then prints a summary. */
@Command(name = "ingest-files",
        description = {"Publish HTML (.html, .htm, .xhtml) and text (.txt) files, directories of them and WARC files"
                + " (.warc, .warc.gz) to pages.clean, wait for Kafka's acknowledgements and print a summary.",
                "Exit code 0 when every page was published, 1 when some were rejected or not acknowledged."})
final class IngestFilesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bootstrap-servers", description = "Kafka bootstrap servers (KAFKA_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories or WARC files.")
    List<Path> paths;

    @Option(names = "--base-url", paramLabel = "URL", description = {"The address the pages were saved from: a page"
            + " that declares no canonical link gets URL + its path under the directory given (a file given alone:"
            + " its name), and its site from URL. Without it such a page is known by its file:// URL and has no site."})
    String baseUrl;

    @Override
    public Integer call() throws Exception {
        return QuietConsoles.quietly(spec, this::execute);
    }

    private Integer execute() {
        Map<String, String> options = new HashMap<>();
        options.put(Env.KAFKA_BOOTSTRAP_SERVERS, bootstrapServers);
        IngestConfig config;
        URI base;
        try {
            base = baseUrl == null ? null : FileIngester.baseUrl(baseUrl);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("newsflow ingest-files: --base-url: " + e.getMessage());
            return 2;
        }
        try {
            config = IngestConfig.from(CliEnv.withOptions(options));
        } catch (ConfigException e) {
            spec.commandLine().getErr().println("newsflow ingest-files: " + e.getMessage());
            return 2;
        }
        Optional<String> unreachable = Reachability.kafka("ingest-files", config.kafka());
        if (unreachable.isPresent()) {
            spec.commandLine().getErr().println(unreachable.get());
            return 1;
        }
        PrintWriter err = spec.commandLine().getErr();
        // on standard error, so that standard output holds only the summary
        ProgressBar bar = ProgressBar.onConsole(err, "newsflow ingest-files: ");
        FileIngester.Progress[] last = {null};
        FileIngester.Summary summary;
        try (FileImport fileImport = FileImport.open(config)) {
            summary = fileImport.ingest(paths, base, progress -> {
                last[0] = progress;
                bar.update(progress.bytesDone(), progress.bytesTotal(), describe(progress, bar));
            });
        }
        finish(bar, last[0], summary);
        summary.problems().forEach(err::println);
        err.flush();
        spec.commandLine().getOut().println(summary);
        spec.commandLine().getOut().flush();
        return summary.allPublished() ? 0 : 1;
    }

    /** {@code files 12/40 · 3.4 of 12.0 MB · published 118 · rejected 2 · failed 0 · 85.0 pages/s}. */
    static String describe(FileIngester.Progress p, ProgressBar bar) {
        return describe(p.filesDone(), p.filesTotal(), p.bytesDone(), p.bytesTotal(), p.published(), p.rejected(),
                p.failed(), bar);
    }

    /** Shows the last state of an ingest run on {@code bar}, with the summary's final counts. */
    static void finish(ProgressBar bar, FileIngester.Progress last, FileIngester.Summary summary) {
        if (last == null || last.filesTotal() == 0) {
            return;
        }
        bar.finish(last.bytesTotal(), last.bytesTotal(), describe(last.filesTotal(), last.filesTotal(),
                last.bytesTotal(), last.bytesTotal(), summary.published(), summary.rejected(), summary.failed(), bar));
    }

    private static String describe(int filesDone, int filesTotal, long bytesDone, long bytesTotal, int published,
                                   int rejected, int failed, ProgressBar bar) {
        return String.format(Locale.ROOT, "files %d/%d · %s · published %d · rejected %d · failed %d · %s",
                filesDone, filesTotal, ProgressBar.bytes(bytesDone, bytesTotal), published, rejected, failed,
                bar.rate((long) published + rejected + failed, "pages"));
    }
}
