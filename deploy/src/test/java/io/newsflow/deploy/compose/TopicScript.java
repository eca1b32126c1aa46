package io.newsflow.deploy.compose;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code compose/kafka/create-topics.sh} with stand-ins for {@code kafka-topics.sh} and
 * {@code kafka-configs.sh} that only record their arguments: what the topic-init job asks Kafka for, call by call.
 */
final class TopicScript {

    private static final String END = "--end-of-call--";

    private TopicScript() {
    }

    /** Every Kafka tool call of the script, in order, with {@code env} over the defaults. */
    static List<List<String>> calls(Path workDir, Map<String, String> env) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Path log = workDir.resolve("calls.txt");
        Files.deleteIfExists(log);
        Path stub = workDir.resolve("kafka-tool.sh");
        Files.writeString(stub, "#!/usr/bin/env bash\nprintf '%s\\n' \"$@\" '" + END + "' >> '" + log + "'\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwx------"));
        ProcessBuilder builder = new ProcessBuilder("bash",
                ComposeFiles.DEPLOY.resolve("compose/kafka/create-topics.sh").toString(), "kafka:9092")
                .redirectErrorStream(true).redirectOutput(workDir.resolve("script.log").toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("NEWSFLOW_") || name.equals("INGEST_MAX_PAGE_BYTES"));
        environment.put("KAFKA_TOPICS_SH", stub.toString());
        environment.put("KAFKA_CONFIGS_SH", stub.toString());
        environment.put("CLIENT_PROPERTIES", workDir.resolve("client.properties").toString());
        environment.putAll(env);
        Process process = builder.start();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("create-topics.sh failed: " + Files.readString(workDir.resolve("script.log")));
        }
        List<List<String>> calls = new ArrayList<>();
        List<String> call = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            if (line.equals(END)) {
                calls.add(List.copyOf(call));
                call.clear();
            } else {
                call.add(line);
            }
        }
        return calls;
    }

    /** The argument after {@code option}. */
    static String value(List<String> call, String option) {
        List<String> values = values(call, option);
        if (values.size() != 1) {
            throw new IllegalArgumentException(option + " given " + values.size() + " times in " + call);
        }
        return values.get(0);
    }

    /** The argument after each {@code option}. */
    static List<String> values(List<String> call, String option) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < call.size() - 1; i++) {
            if (call.get(i).equals(option)) {
                values.add(call.get(i + 1));
            }
        }
        return values;
    }

    /** {@code --config name=value} settings of a call, by name. */
    static Map<String, String> configs(List<String> call) {
        Map<String, String> configs = new HashMap<>();
        values(call, "--config").forEach(c -> configs.put(c.substring(0, c.indexOf('=')), c.substring(c.indexOf('=') + 1)));
        return configs;
    }
}
