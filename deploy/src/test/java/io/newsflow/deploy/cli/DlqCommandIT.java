package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.localstack.LocalKafka;
import io.newsflow.testkit.LocalKafkaExtension;
import io.newsflow.events.DeadLetter;
import io.newsflow.events.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code newsflow dlq list} and {@code newsflow dlq replay} on a real broker. */
class DlqCommandIT {

    @RegisterExtension
    static final LocalKafkaExtension KAFKA = LocalKafkaExtension.shared();

    @Test
    void listsWhyEachRecordFailedAndReplaysEachOnceToTheTopicItCameFrom(LocalKafka kafka) throws Exception {
        String dlq = "dlq-it.dlq";
        String source = "dlq-it.pages";
        String elsewhere = "dlq-it.elsewhere";
        kafka.createTopic(dlq, 2);
        kafka.createTopic(source, 1);
        kafka.createTopic(elsewhere, 1);
        String servers = kafka.bootstrapServers();
        deadLetter(servers, dlq, 0, "page-1", "<html>one</html>", source);
        deadLetter(servers, dlq, 1, "page-2", "<html>two</html>", source);
        deadLetter(servers, dlq, 0, "orphan", "<html>three</html>", null);

        CliRun list = CliRun.of("dlq", "list", dlq, "--bootstrap-servers", servers);
        assertEquals(0, list.exit(), list.err());
        List<JsonNode> letters = new ArrayList<>();
        for (String line : list.out().lines().toList()) {
            letters.add(Json.mapper().readTree(line));
        }
        assertEquals(3, letters.size(), list.out());
        JsonNode first = letters.stream().filter(l -> l.get("key").asText().equals("page-1")).findFirst().orElseThrow();
        assertEquals(source, first.get("source_topic").asText());
        assertEquals("ingest", first.get("stage").asText());
        assertEquals("NO_CONTENT: no body text was found on the page", first.get("error_message").asText());
        assertEquals("<html>one</html>", first.get("value").asText());
        assertTrue(list.err().contains("3 record(s) in " + dlq), list.err());

        // The orphan names no source topic: it is reported, not guessed, and the exit code says so.
        CliRun replay = CliRun.of("dlq", "replay", dlq, "--bootstrap-servers", servers);
        assertEquals(2, replay.exit(), replay.err());
        assertTrue(replay.out().contains("replayed 2 record(s) from " + dlq), replay.out());
        assertTrue(replay.err().contains("names no source topic"), replay.err());
        List<ConsumerRecord<byte[], byte[]>> back = readAll(servers, source, 2);
        assertEquals(List.of("<html>one</html>", "<html>two</html>"), back.stream()
                .map(r -> new String(r.value(), StandardCharsets.UTF_8)).sorted().toList());
        ConsumerRecord<byte[], byte[]> one = back.stream()
                .filter(r -> new String(r.key(), StandardCharsets.UTF_8).equals("page-1")).findFirst().orElseThrow();
        assertNull(one.headers().lastHeader(DeadLetter.ERROR_MESSAGE), "the failure is not part of the record");
        assertEquals("kept", header(one, "trace-id"));
        assertTrue(header(one, "replayed.from").startsWith(dlq + "-0@"), header(one, "replayed.from"));

        // The group remembers: a second replay sends only what failed since.
        deadLetter(servers, dlq, 1, "page-4", "<html>four</html>", source);
        CliRun again = CliRun.of("dlq", "replay", dlq, "--bootstrap-servers", servers);
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("replayed 1 record(s)"), again.out());
        assertEquals(3, readAll(servers, source, 3).size());

        // --to sends everything, the orphan too, where the operator says; a new group starts from the beginning.
        CliRun to = CliRun.of("dlq", "replay", dlq, "--to", elsewhere, "--group", "dlq-it-elsewhere",
                "--bootstrap-servers", servers);
        assertEquals(0, to.exit(), to.err());
        assertEquals(4, readAll(servers, elsewhere, 4).size());
    }

    @Test
    void aReplayWhoseSendsFailMarksNothingReplayed(LocalKafka kafka) throws Exception {
        String dlq = "dlq-it-fail.dlq";
        String source = "dlq-it-fail.pages";
        kafka.createTopic(dlq, 1);
        kafka.createTopic(source, 1);
        String servers = kafka.bootstrapServers();
        deadLetter(servers, dlq, 0, "page-1", "<html>one</html>", source);

        CliRun failed = CliRun.of("dlq", "replay", dlq, "--to", "not a topic!", "--group", "dlq-it-fail",
                "--bootstrap-servers", servers);
        assertEquals(1, failed.exit(), failed.out());
        assertTrue(failed.err().contains("cannot replay " + dlq), failed.err());

        CliRun again = CliRun.of("dlq", "replay", dlq, "--group", "dlq-it-fail", "--bootstrap-servers", servers);
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("replayed 1 record(s)"), again.out());
        assertEquals(1, readAll(servers, source, 1).size());
    }

    @Test
    void saysWhenTheTopicDoesNotExist(LocalKafka kafka) {
        CliRun r = CliRun.of("dlq", "list", "no-such.dlq", "--bootstrap-servers", kafka.bootstrapServers());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("no-such.dlq does not exist"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    private static void deadLetter(String servers, String dlq, int partition, String key, String value,
            String sourceTopic) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", servers),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            ProducerRecord<byte[], byte[]> r = new ProducerRecord<>(dlq, partition,
                    key.getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8));
            r.headers().add(DeadLetter.ERROR_CLASS, utf8("PageRejectedException"));
            r.headers().add(DeadLetter.ERROR_MESSAGE, utf8("NO_CONTENT: no body text was found on the page"));
            r.headers().add(DeadLetter.ERROR_STAGE, utf8("ingest"));
            if (sourceTopic != null) {
                r.headers().add(DeadLetter.SOURCE_TOPIC, utf8(sourceTopic));
                r.headers().add(DeadLetter.SOURCE_PARTITION, utf8("0"));
                r.headers().add(DeadLetter.SOURCE_OFFSET, utf8("7"));
            }
            r.headers().add("trace-id", utf8("kept"));
            producer.send(r).get();
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(String servers, String topic, int expected) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", servers),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition p = new TopicPartition(topic, 0);
            consumer.assign(List.of(p));
            consumer.seekToBeginning(List.of(p));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            // anything beyond what was expected would be a record sent twice
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return records;
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
