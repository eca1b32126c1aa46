package io.newsflow.deploy.cli;

import io.newsflow.service.config.ConfigException;
import io.newsflow.ingest.clean.CleanerConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --boilerplate FILE} option shared by the commands that run the cleaner; without it they read
 * {@code INGEST_BOILERPLATE_FILE} like the service does.
 */
final class VocabularyOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--boilerplate", paramLabel = "FILE",
            description = "Extra boilerplate vocabulary, added to the shipped one (same format as boilerplate.txt;"
                    + " default: INGEST_BOILERPLATE_FILE).")
    Path file;

    /**
     * The cleaner configuration: default limits, and the shipped vocabulary plus the operator's file.
     *
     * @throws ParameterException when the file cannot be read, naming it
     */
    CleanerConfig config() {
        Map<String, String> options = new HashMap<>();
        options.put(CleanerConfig.BOILERPLATE_FILE, file == null ? null : file.toString());
        try {
            return CleanerConfig.from(CliEnv.withOptions(options));
        } catch (ConfigException e) {
            throw new ParameterException(command.commandLine(), (file == null ? "" : "--boilerplate: ")
                    + e.getMessage(), e);
        }
    }
}
