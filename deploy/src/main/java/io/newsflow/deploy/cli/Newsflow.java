package io.newsflow.deploy.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsflow} command line: one subcommand per service, tool and benchmark. */
@Command(name = "newsflow",
        // -h/--help and -V/--version on every subcommand too, with the same version
        scope = CommandLine.ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = Newsflow.Version.class,
        description = "Scraped news pages to a clean, enriched, de-duplicated, searchable stream.",
        subcommands = {
                CommandLine.HelpCommand.class,
                CleanCommand.class,
                BenchCommand.class,
                IngestCommand.class,
                IngestFilesCommand.class,
                ExtractEvalCommand.class,
                IndexCommand.class,
                WatchCommand.class,
                DlqCommand.class,
                SearchCommand.class,
                EnrichCommand.class,
                DedupEvalCommand.class,
                EnrichEvalCommand.class,
                TrainNerCommand.class,
                TrainKeywordsCommand.class,
                RunCommand.class,
        })
public final class Newsflow {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line {@link #main} runs: a file a command cannot open is one line on stderr ({@link InputErrors}). */
    static CommandLine commandLine() {
        return new CommandLine(new Newsflow()).setExecutionExceptionHandler(new InputErrors());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Newsflow.class.getPackage().getImplementationVersion();
            return new String[] {"newsflow " + (v == null ? "dev" : v)};
        }
    }
}
