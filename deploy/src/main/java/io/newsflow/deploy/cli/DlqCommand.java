package io.newsflow.deploy.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.deploy.dlq.DeadLetterTopic;
import io.newsflow.deploy.dlq.DeadLetterTopic.Entry;
import io.newsflow.events.DeadLetter;
import io.newsflow.events.Json;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow dlq}: what the dead-letter topics hold, and their replay once the cause is fixed. */
@Command(name = "dlq",
        description = "Inspect and replay the dead-letter topics (ingest.dlq, enrich.dlq, index.dlq).",
        subcommands = {CommandLine.HelpCommand.class, DlqCommand.ListLetters.class, DlqCommand.ReplayLetters.class})
final class DlqCommand {

    /** The dead-letter topic both subcommands work on, and the Kafka connection to it. */
    static final class Target {
        @Mixin
        KafkaConnection kafka;
        @Parameters(paramLabel = "TOPIC", description = "The dead-letter topic, e.g. ingest.dlq.")
        String topic;

        DeadLetterTopic deadLetters() {
            return new DeadLetterTopic(kafka.clientProperties());
        }
    }

    @Command(name = "list",
            description = "Print the records of a dead-letter topic, one JSON object per line: "
            + "where each came from, the stage and error that rejected it, and its original key and value.")
    static final class ListLetters implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Target target;
        @Option(names = "--max", description = "At most this many records (default: ${DEFAULT-VALUE}).",
                defaultValue = "100", converter = Bounded.AtLeastOne.class)
        int max;
        @Option(names = "--value-chars", description = "Characters of each value to print (default: "
                + "${DEFAULT-VALUE}; 0 prints none).", defaultValue = "200")
        int valueChars;

        @Override
        public Integer call() throws Exception {
            return QuietConsoles.quietly(spec, this::execute);
        }

        private Integer execute() {
            PrintWriter out = spec.commandLine().getOut();
            Optional<String> unreachable = Reachability.kafka("dlq list", target.kafka.clientProperties());
            if (unreachable.isPresent()) {
                spec.commandLine().getErr().println(unreachable.get());
                return 1;
            }
            try {
                int n = target.deadLetters().read(target.topic, max, letter -> out.println(json(letter, valueChars)));
                out.flush();
                spec.commandLine().getErr().println(n + " record(s) in " + target.topic
                        + (n == max ? " shown (--max)" : ""));
                return 0;
            } catch (IllegalArgumentException | KafkaException e) {
                spec.commandLine().getErr().println("newsflow dlq list: cannot read " + target.topic + ": "
                        + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "replay",
            description = "Send the records of a dead-letter topic back to the topics they came "
            + "from (or to --to), with their original key, value and headers. A consumer group remembers what was "
            + "replayed: run it again after the next fix and only newer records are sent. Stops at the end the "
            + "topic had when it started, so records that fail again wait for the next replay.")
    static final class ReplayLetters implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Target target;
        @Option(names = "--to", paramLabel = "TOPIC",
                description = "Send every record here instead of to the topic it came from.")
        String to;
        @Option(names = "--group", description = "Consumer group that remembers what was replayed (default: "
                + "newsflow-dlq-replay-TOPIC).")
        String group;

        @Override
        public Integer call() throws Exception {
            return QuietConsoles.quietly(spec, this::execute);
        }

        private Integer execute() {
            PrintWriter err = spec.commandLine().getErr();
            Optional<String> unreachable = Reachability.kafka("dlq replay", target.kafka.clientProperties());
            if (unreachable.isPresent()) {
                err.println(unreachable.get());
                return 1;
            }
            String replayGroup = group != null ? group : "newsflow-dlq-replay-" + target.topic;
            try {
                DeadLetterTopic.Replay r = target.deadLetters().replay(target.topic, to, replayGroup, letter -> err.println(
                        "skipped " + letter.address() + (letter.letter().truncated()
                                ? ": its value was truncated to fit the dead-letter topic; it cannot be replayed"
                                : ": it names no source topic; give --to")));
                PrintWriter out = spec.commandLine().getOut();
                out.println("replayed " + r.replayed() + " record(s) from " + target.topic
                        + (r.byTarget().isEmpty() ? "" : " to " + r.byTarget()) + ", skipped " + r.skipped());
                out.flush();
                return r.skipped() == 0 ? 0 : 2;
            } catch (IllegalArgumentException | KafkaException e) {
                err.println("newsflow dlq replay: cannot replay " + target.topic + ": " + e.getMessage());
                return 1;
            }
        }
    }

    static String json(Entry entry, int valueChars) {
        DeadLetter letter = entry.letter();
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("partition", entry.partition());
        o.put("offset", entry.offset());
        o.put("timestamp", entry.timestamp().toString());
        o.put("source_topic", letter.sourceTopic());
        o.put("source_partition", letter.sourceTopic() == null ? null : letter.sourcePartition());
        o.put("source_offset", letter.sourceTopic() == null ? null : letter.sourceOffset());
        o.put("stage", letter.stage());
        o.put("error_class", letter.errorClass());
        o.put("error_message", letter.errorMessage());
        o.put("key", letter.key() == null ? null : new String(letter.key(), StandardCharsets.UTF_8));
        byte[] value = letter.value();
        o.put("value_bytes", value == null ? 0 : value.length);
        if (valueChars > 0 && value != null) {
            String v = new String(value, StandardCharsets.UTF_8);
            o.put("value", v.length() > valueChars ? v.substring(0, valueChars) + "…" : v);
        }
        return o.toString();
    }
}
