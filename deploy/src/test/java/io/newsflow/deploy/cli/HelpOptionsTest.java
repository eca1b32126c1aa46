package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * {@code -h}/{@code --help} and {@code -V}/{@code --version} on every command and subcommand, as on {@code newsflow}
 * itself (a new user's report: {@code newsflow run --help} answered "Unknown option: '--help'", exit code 2).
 */
class HelpOptionsTest {

    /** Every command line's words after {@code newsflow}: {@code []}, {@code [run]}, {@code [bench, clean]}, ... */
    static Stream<List<String>> commands() {
        List<List<String>> commands = new ArrayList<>();
        collect(Newsflow.commandLine(), List.of(), commands);
        return commands.stream();
    }

    private static void collect(CommandLine command, List<String> words, List<List<String>> commands) {
        commands.add(words);
        command.getSubcommands().forEach((name, sub) -> {
            List<String> subWords = new ArrayList<>(words);
            subWords.add(name);
            collect(sub, subWords, commands);
        });
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpPrintsTheUsageAndExitsZero(List<String> command) {
        for (String option : List.of("--help", "-h")) {
            CliRun run = CliRun.of(Stream.concat(command.stream(), Stream.of(option)).toArray(String[]::new));

            assertEquals(0, run.exit(), run.toString());
            assertTrue(run.out().contains("Usage: " + String.join(" ", Stream.concat(Stream.of("newsflow"),
                    command.stream()).toList()) + " "), run.out());
            assertEquals("", run.err());
        }
    }

    /** The commands but {@code help}, which takes only {@code -h}. */
    static Stream<List<String>> commandsButHelp() {
        return commands().filter(command -> !command.contains("help"));
    }

    @ParameterizedTest
    @MethodSource("commandsButHelp")
    void versionPrintsNewsflowsVersionAndExitsZero(List<String> command) {
        CliRun run = CliRun.of(Stream.concat(command.stream(), Stream.of("--version")).toArray(String[]::new));

        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().matches("newsflow \\S+\n"), run.out());
    }
}
