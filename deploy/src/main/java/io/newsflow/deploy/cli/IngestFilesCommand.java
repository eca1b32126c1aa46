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
        FileIngester.Summary summary;
        try (FileImport fileImport = FileImport.open(config)) {
            summary = fileImport.ingest(paths, base);
        }
        PrintWriter err = spec.commandLine().getErr();
        summary.problems().forEach(err::println);
        err.flush();
        spec.commandLine().getOut().println(summary);
        spec.commandLine().getOut().flush();
        return summary.allPublished() ? 0 : 1;
    }
}
