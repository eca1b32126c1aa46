package io.newsflow.deploy.cli;

import io.newsflow.deploy.watch.StoryLine;
import io.newsflow.events.Article;
import io.newsflow.events.JsonSerde;
import io.newsflow.events.Topics;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow watch}: follows the {@code articles} topic and prints one line per new story and per
 * syndication, until Ctrl-C. Reads without a consumer group, so watching never disturbs the services.
 */
@Command(name = "watch", description = "Follow the articles topic: one line per new story and per syndication.")
final class WatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--query", paramLabel = "TEXT",
            description = "Only stories containing every word of TEXT (title, text, site, keywords, entities).")
    String query;

    @Option(names = "--from-beginning", description = "Start from the oldest article instead of new ones.")
    boolean fromBeginning;

    @Mixin
    KafkaConnection kafka;

    @Option(names = "--topic", description = "The topic of Article events (default: ${DEFAULT-VALUE}).",
            defaultValue = Topics.ARTICLES)
    String topic;

    /** Stops the loop: counted down by the shutdown hook, or by a test. */
    final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        return QuietConsoles.quietly(spec, this::execute);
    }

    private Integer execute() {
        Map<String, Object> props = kafka.clientProperties();
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> unreachable = Reachability.kafka("watch", props);
        if (unreachable.isPresent()) {
            err.println(unreachable.get());
            return 1;
        }
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            Thread hook = new Thread(() -> {
                stop.countDown();
                consumer.wakeup();
            }, "watch-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                if (partitions.isEmpty()) {
                    err.println("topic " + topic + " does not exist (yet) at " + props.get("bootstrap.servers"));
                    return 1;
                }
                consumer.assign(partitions);
                if (fromBeginning) {
                    consumer.seekToBeginning(partitions);
                } else {
                    consumer.seekToEnd(partitions);
                }
                err.println("watching " + topic + (query == null ? "" : " for \"" + query + "\"") + "; Ctrl-C stops");
                err.flush();
                while (stop.getCount() > 0) {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                        print(record, out, err);
                    }
                    out.flush();
                }
            } catch (WakeupException e) {
                // Ctrl-C
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // already shutting down
                }
            }
        }
        return 0;
    }

    private void print(ConsumerRecord<byte[], byte[]> record, PrintWriter out, PrintWriter err) {
        Article article;
        try {
            article = JsonSerde.article().deserialize(record.topic(), record.value());
        } catch (SerializationException e) {
            err.println("skipped " + record.topic() + "-" + record.partition() + "@" + record.offset() + ": "
                    + e.getMessage());
            return;
        }
        if (article != null && StoryLine.matches(article, query)) {
            StoryLine.of(article).ifPresent(out::println);
        }
    }
}
