package io.newsflow.deploy.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsflow bench}: benchmarks of the hot paths, each printing its figures. */
@Command(name = "bench",
        description = "Measure the hot paths and print figures.",
        subcommands = {
                CommandLine.HelpCommand.class,
                IngestBenchCommand.class,
                BenchCleanCommand.class,
                IndexBenchCommand.class,
                BenchEnrichCommand.class,
                BenchPipelineCommand.class,
        })
final class BenchCommand {
}
