package io.newsflow.deploy.cli;

import io.newsflow.deploy.logging.QuietConsole;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** The log file and console summary of the interactive commands (see {@link QuietConsole}). */
final class QuietConsoles {

    /** The data directory of {@code run}, and where the other interactive commands keep their log file. */
    static final Path DATA_DIR = Path.of(".newsflow");

    private QuietConsoles() {
    }

    /** Runs {@code command} with its log lines in {@code .newsflow/newsflow.log} (see {@link #open}). */
    static Integer quietly(CommandSpec spec, Callable<Integer> command) throws Exception {
        QuietConsole quiet = open(spec, DATA_DIR);
        try {
            return command.call();
        } finally {
            if (quiet != null) {
                quiet.close();
            }
        }
    }

    /**
     * Sends log lines to {@code dataDir/newsflow.log} and summarises warnings on the command's error stream; null
     * (logging stays on the console, as try-with-resources accepts) when the file cannot be written.
     */
    static QuietConsole open(CommandSpec spec, Path dataDir) {
        try {
            return QuietConsole.open(dataDir, spec.commandLine().getErr());
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println("newsflow: cannot write the log file in " + dataDir + " (" + e
                    + "); logging to the console");
            return null;
        }
    }
}
