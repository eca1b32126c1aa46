package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numbers out of an option's range are refused before the command runs, naming the option, with the usage and exit
 * status 2 (a new user's report: {@code run --ingest-port 99999} ended in a stack trace, {@code search --size -1} in
 * OpenSearch's, and {@code search --size 0} said no article matched).
 */
class BoundedOptionsTest {

    static Stream<List<String>> outOfRange() {
        return Stream.of(List.of("run", "--ingest-port", "99999"), List.of("run", "--kafka-port", "-1"),
                List.of("run", "--opensearch-port", "70000"), List.of("run", "--ingest-port", "eighty"),
                List.of("search", "--size", "0", "strike"), List.of("search", "--size", "-1", "strike"),
                List.of("dlq", "list", "--max", "-3"));
    }

    @ParameterizedTest
    @MethodSource("outOfRange")
    void aNumberOutOfItsRangeIsRefusedNamingTheOption(List<String> words) {
        CliRun run = CliRun.of(words.toArray(String[]::new));

        assertEquals(2, run.exit(), run.toString());
        String option = words.stream().filter(w -> w.startsWith("--")).findFirst().orElseThrow();
        assertTrue(run.err().contains("Invalid value for option '" + option + "'"), run.err());
        assertTrue(run.err().contains("Usage: newsflow " + words.get(0)), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
