package io.newsflow.localstack;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

class LocalKafkaIT {

    private static LocalKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = LocalKafka.start(LocalKafka.Options.defaults());
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void recordsProducedWithAcksAllAreConsumedBackInOrderPerKey() throws Exception {
        String topic = "local-kafka-it-" + UUID.randomUUID();
        kafka.createTopic(topic, 4);
        List<String> sent = IntStream.range(0, 50).mapToObj(i -> "value-" + i).toList();

        produce(kafka.bootstrapServers(), topic, sent);

        assertEquals(sent, consume(kafka.bootstrapServers(), topic, sent.size()));
    }

    @Test
    void creatingAnExistingTopicIsHarmless() throws Exception {
        String topic = "local-kafka-it-" + UUID.randomUUID();
        kafka.createTopic(topic, 2);
        kafka.createTopic(topic, 2);

        assertEquals(2, describe(kafka.bootstrapServers(), topic).partitions().size());
    }

    @Test
    void transactionsCommitOnASingleBroker() throws Exception {
        String topic = "local-kafka-it-" + UUID.randomUUID();
        kafka.createTopic(topic, 1);
        Properties props = producerProps(kafka.bootstrapServers());
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "local-kafka-it-tx-" + UUID.randomUUID());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "k", "committed"));
            producer.commitTransaction();
        }

        assertEquals(List.of("committed"), consume(kafka.bootstrapServers(), topic, 1));
    }

    @Test
    void aTakenPortIsRefusedWithAMessageNamingIt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            LocalStackException error = assertThrows(LocalStackException.class,
                    () -> LocalKafka.start(LocalKafka.Options.defaults().port(taken.getLocalPort())));

            assertTrue(error.getMessage().contains("port " + taken.getLocalPort() + " is already in use"),
                    error.getMessage());
        }
    }

    @Test
    void aGivenDataDirKeepsTopicsAndRecordsAcrossRestarts(@TempDir Path dataDir) throws Exception {
        String topic = "kept";
        try (LocalKafka first = LocalKafka.start(LocalKafka.Options.defaults().dataDir(dataDir))) {
            first.createTopic(topic, 1);
            produce(first.bootstrapServers(), topic, List.of("before restart"));
        }
        assertTrue(Files.exists(dataDir.resolve("broker-0").resolve("broker.log")), "the broker log is kept");

        try (LocalKafka second = LocalKafka.start(LocalKafka.Options.defaults().dataDir(dataDir))) {
            assertEquals(List.of("before restart"), consume(second.bootstrapServers(), topic, 1));
        }
    }

    @Test
    void aTemporaryDataDirIsDeletedOnClose() {
        Path dataDir;
        try (LocalKafka kafka = LocalKafka.start(LocalKafka.Options.defaults())) {
            dataDir = kafka.dataDir();
            assertTrue(Files.isDirectory(dataDir));
        }
        assertFalse(Files.exists(dataDir));
    }

    @Test
    void threeBrokersKeepAcceptingAndServingWhileOneIsStoppedAndRestarted() throws Exception {
        try (LocalKafka kafka = LocalKafka.start(LocalKafka.Options.defaults().brokers(3))) {
            String topic = "replicated";
            kafka.createTopic(topic, 3);
            String bootstrap = kafka.bootstrapServers();
            assertEquals(3, describe(bootstrap, topic).partitions().get(0).replicas().size());
            int portBefore = kafka.port(0);

            produce(bootstrap, topic, List.of("a", "b"));
            kafka.stopBroker(0);
            assertFalse(kafka.isRunning(0));
            produce(bootstrap, topic, List.of("c", "d"));
            kafka.startBroker(0);

            assertTrue(kafka.isRunning(0));
            assertEquals(portBefore, kafka.port(0));
            await().atMost(Duration.ofSeconds(60)).until(() -> describe(bootstrap, topic).partitions().stream()
                    .allMatch(p -> p.isr().size() == 3));
            produce(bootstrap, topic, List.of("e"));
            assertEquals(List.of("a", "b", "c", "d", "e"),
                    consume(bootstrap, topic, 5).stream().sorted().toList());
        }
    }

    /**
     * A broker that ends of itself is news to the cluster's owner, whose clients cannot work without it ({@code
     * newsflow run} kept running without its broker); one the cluster killed or stopped is not.
     */
    @Test
    void aBrokerKilledFromOutsideIsReportedWithItsExitCodeAndLogAndOneTheClusterKilledIsNot() throws Exception {
        try (LocalKafka kafka = LocalKafka.start(LocalKafka.Options.defaults())) {
            CompletableFuture<ChildExit> exit = kafka.unexpectedExit();
            kafka.killBroker(0);
            Set<Long> before = ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet());
            kafka.startBroker(0);
            ProcessHandle broker = ProcessHandle.current().children().filter(p -> !before.contains(p.pid()))
                    .findFirst().orElseThrow();
            assertFalse(exit.isDone(), exit::toString);

            broker.destroyForcibly();

            assertEquals(new ChildExit("Kafka broker 0", 137, kafka.logFile(0)), exit.get(30, TimeUnit.SECONDS));
        }
    }

    private static Properties producerProps(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "60000");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return props;
    }

    private static void produce(String bootstrap, String topic, List<String> values)
            throws InterruptedException, ExecutionException, TimeoutException {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps(bootstrap))) {
            for (String value : values) {
                // one key, so the order of the values is kept on one partition
                producer.send(new ProducerRecord<>(topic, "key", value)).get(60, TimeUnit.SECONDS);
            }
        }
    }

    private static List<String> consume(String bootstrap, String topic, int count) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "local-kafka-it-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
                return values.size() >= count;
            });
        }
        return values;
    }

    private static TopicDescription describe(String bootstrap, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            // a topic just created reaches the metadata of the broker asked a moment later (unknown until then)
            return await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(
                    () -> admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic),
                    Objects::nonNull);
        }
    }
}
