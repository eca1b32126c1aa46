package io.newsflow.deploy.cli;

import io.newsflow.ingest.clean.Boilerplate;
import io.newsflow.ingest.clean.CleanerConfig;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --boilerplate FILE} option shared by the commands that run the cleaner. */
final class VocabularyOption {

    @Option(names = "--boilerplate", paramLabel = "FILE",
            description = "Extra boilerplate vocabulary, added to the shipped one (same format as boilerplate.txt).")
    Path file;

    /** The cleaner configuration: default limits, and the shipped vocabulary plus {@code --boilerplate}. */
    CleanerConfig config() throws IOException {
        CleanerConfig defaults = CleanerConfig.defaults();
        return file == null ? defaults : defaults.withVocabulary(Boilerplate.defaultsWith(file));
    }
}
