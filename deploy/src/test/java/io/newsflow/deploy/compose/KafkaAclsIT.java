package io.newsflow.deploy.compose;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.deploy.dlq.DeadLetterTopic;
import io.newsflow.enrich.app.EnrichConfig;
import io.newsflow.enrich.app.EnrichService;
import io.newsflow.events.DeadLetter;
import io.newsflow.events.Json;
import io.newsflow.events.Topics;
import io.newsflow.index.app.IndexConfig;
import io.newsflow.index.app.Indexer;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.IngestService;
import io.newsflow.localstack.LocalKafka;
import io.newsflow.localstack.LocalOpenSearch;
import io.newsflow.service.config.Env;
import io.newsflow.service.status.PipelineStatus;
import io.newsflow.testkit.LocalOpenSearchExtension;
import io.newsflow.testkit.RawPages;
import io.newsflow.testkit.TopicReader;
import io.newsflow.testkit.tls.ScramListener;
import io.newsflow.testkit.tls.TestCa;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Compose stack's Kafka security on a real broker: a SASL_SSL listener with SCRAM-SHA-512 (TLS from a test CA),
 * Kafka's standard authorizer (which the test only watches, to learn which rules were used), and exactly the ACLs of
 * {@code compose/kafka/acls.txt}. Each service runs its real work
 * with the Kafka settings {@code docker-compose.yml} gives it (its own user, the password read by Kafka's
 * DirectoryConfigProvider from a secret file): topic-init creates the topics as {@code create-topics.sh} asks,
 * a scraper feeds {@code pages.raw}, ingest publishes, enrich turns pages into articles exactly once, index reads
 * them into OpenSearch, the DLQ tool lists and replays every DLQ; and every rule of the file is used by that work.
 * A user doing what another user may is refused.
 *
 * <p>The broker's own traffic (controller, replication) and the test's set-up run on the broker's PLAINTEXT
 * loopback listener, whose principal {@code User:ANONYMOUS} is therefore the super user here, in the role
 * {@code User:kafka} (the broker's certificate) has in Compose. The services use only the SCRAM listener.
 */
class KafkaAclsIT {

    @RegisterExtension
    static final LocalOpenSearchExtension OPENSEARCH = new LocalOpenSearchExtension();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dir;

    private static LocalKafka kafka;
    private static JsonNode services;
    private static Path secrets;
    private static Path caPem;

    @BeforeAll
    static void startBrokerWithTheStacksAcls() throws Exception {
        services = ComposeFiles.yaml(ComposeFiles.COMPOSE).path("services");
        TestCa ca = TestCa.create("newsflow test CA");
        caPem = ca.writeCertificatePem(dir.resolve("ca.pem"));
        Path keyStore = ca.issueServer("kafka").writeKeyStore(dir.resolve("kafka.p12"), "broker-secret");
        kafka = LocalKafka.start(LocalKafka.Options.defaults()
                .listener(ScramListener.of(keyStore, "broker-secret"))
                .config("authorizer.class.name", RecordingAuthorizer.class.getName())
                .config(RecordingAuthorizer.FILE_CONFIG, dir.resolve("allowed-actions.txt").toString())
                .config("super.users", "User:ANONYMOUS"));

        // the users the broker is formatted with in Compose, each with a password in its own secret file
        secrets = Files.createDirectories(dir.resolve("secrets"));
        String users = ComposeFiles.environment(services.path("kafka")).get("SCRAM_USERS");
        for (String user : users.trim().split("\\s+")) {
            String password = "pw" + UUID.randomUUID().toString().replace("-", "");
            Files.writeString(secrets.resolve(secretName(user)), password, StandardCharsets.UTF_8);
            ScramListener.addUser(kafka, user, password);
        }
        Files.writeString(secrets.resolve("ingest_api_token"), "token-" + UUID.randomUUID(), StandardCharsets.UTF_8);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createAcls(KafkaAcls.read().bindings()).all().get(60, TimeUnit.SECONDS);
        }
        createTopicsAsTopicInit();
    }

    @AfterAll
    static void stopBroker() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void everyServiceDoesItsWorkUnderItsOwnUserAndUsesEveryRuleItIsGiven(LocalOpenSearch node) throws Exception {
        String alias = "acl-articles-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> indexEnv = serviceEnv("index");
        indexEnv.keySet().removeIf(name -> name.startsWith("OPENSEARCH_"));
        indexEnv.put("OPENSEARCH_URL", node.url());
        indexEnv.put("INDEX_ALIAS", alias);
        Map<String, String> enrichEnv = serviceEnv("enrich");
        // Kafka Streams purges consumed repartition records every 30 s; sooner here, so that the test sees it
        enrichEnv.put("KAFKA_REPARTITION_PURGE_INTERVAL_MS", "200");
        Env ingestEnv = new Env(serviceEnv("ingest"));
        IngestConfig ingestConfig = IngestConfig.from(ingestEnv);
        // the status page reads as its own user (STATUS_KAFKA_SASL_JAAS_CONFIG)
        try (IngestService ingest = IngestService.start(ingestConfig,
                PipelineStatus.Settings.from(ingestEnv, ingestConfig.kafka()));
             EnrichService enrich = EnrichService.start(EnrichConfig.fromEnv(new Env(enrichEnv)));
             Indexer index = new Indexer(IndexConfig.fromEnv(new Env(indexEnv)))) {
            index.start();
            String story = "story " + UUID.randomUUID();
            String url = "https://acl.example.org/news/" + UUID.randomUUID() + ".html";
            String id = post(ingest, url, story);

            // a scraper feeds pages.raw under its own user; ingest reads it in its group, and dead-letters junk
            String rawUrl = "https://acl.example.org/news/" + UUID.randomUUID() + ".html";
            String junkKey = "junk-" + UUID.randomUUID();
            try (KafkaProducer<String, String> scraper = producer(clientProperties("newsflow-scraper"))) {
                scraper.send(new ProducerRecord<>(Topics.PAGES_RAW, rawUrl, otherPageJson(rawUrl)))
                        .get(30, TimeUnit.SECONDS);
                scraper.send(new ProducerRecord<>(Topics.PAGES_RAW, junkKey, "not a page")).get(30, TimeUnit.SECONDS);
            }

            // enrich, exactly once: articles and duplicates are committed, so read_committed readers see them
            JsonNode article = Json.mapper().readTree(TopicReader.readMatching(kafka.bootstrapServers(),
                    Topics.ARTICLES, r -> id.equals(r.key()), 1).get(0).value());
            assertEquals(url, article.path("url").asText());
            TopicReader.readMatching(kafka.bootstrapServers(), Topics.ARTICLES, r -> r.value().contains(rawUrl), 1);
            // a copy under another address, once the story is known (the first page of a story taken is its
            // article, and pages on other partitions may be taken first)
            String copyUrl = "https://acl-copy.example.net/" + UUID.randomUUID() + ".html";
            post(ingest, copyUrl, story);
            TopicReader.readMatching(kafka.bootstrapServers(), Topics.ARTICLES_DUPLICATES,
                    r -> r.value().contains(copyUrl), 1);
            TopicReader.readMatching(kafka.bootstrapServers(), Topics.INGEST_DLQ, r -> junkKey.equals(r.key()), 1);

            // index: the article is in OpenSearch
            await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> HTTP.send(HttpRequest.newBuilder(URI.create(node.url() + "/" + alias + "/_doc/" + id))
                            .build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200);

            // the DLQ tool lists each DLQ and replays each letter to the topic it came from, where the stage that
            // reads it fails on it again and dead-letters it once more
            String enrichLetter = "bad-page-" + UUID.randomUUID();
            String indexLetter = "bad-article-" + UUID.randomUUID();
            deadLetter(Topics.ENRICH_DLQ, enrichLetter, "not a page", Topics.PAGES_CLEAN);
            deadLetter(Topics.INDEX_DLQ, indexLetter, "not an article", Topics.ARTICLES);
            DeadLetterTopic dlq = new DeadLetterTopic(clientProperties("newsflow-dlq"));
            Map<String, String> letters = Map.of(Topics.INGEST_DLQ, junkKey, Topics.ENRICH_DLQ, enrichLetter,
                    Topics.INDEX_DLQ, indexLetter);
            for (Map.Entry<String, String> letter : letters.entrySet()) {
                List<DeadLetterTopic.Entry> listed = new ArrayList<>();
                dlq.read(letter.getKey(), 100, listed::add);
                assertTrue(listed.stream().anyMatch(e -> letter.getValue().equals(
                        new String(e.letter().key(), StandardCharsets.UTF_8))), letter + " in " + listed);
                DeadLetterTopic.Replay replay = dlq.replay(letter.getKey(), null,
                        "newsflow-dlq-replay-" + letter.getKey(), skipped -> { });
                assertTrue(replay.replayed() >= 1, replay.toString());
            }
            for (Map.Entry<String, String> letter : letters.entrySet()) {
                TopicReader.readMatching(kafka.bootstrapServers(), letter.getKey(),
                        r -> letter.getValue().equals(r.key()), 2);
            }

            // every rule of acls.txt was used by the work above: none is there for nothing
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertEquals(List.of(), unusedRules()));
        }
    }

    /** The rules of acls.txt that allowed no action yet (an action by the rule's own operation, not one implied). */
    private static List<String> unusedRules() throws IOException {
        Path file = dir.resolve("allowed-actions.txt");
        List<String[]> allowed = Files.exists(file)
                ? Files.readAllLines(file).stream().map(line -> line.split(" ")).toList() : List.of();
        List<String> unused = new ArrayList<>();
        for (AclBinding rule : KafkaAcls.read().bindings()) {
            ResourcePattern pattern = rule.pattern();
            boolean used = allowed.stream().anyMatch(a -> a[0].equals(rule.entry().principal())
                    && a[1].equals(rule.entry().operation().name())
                    && a[2].equals(pattern.resourceType().name())
                    && (pattern.patternType() == PatternType.PREFIXED ? a[3].startsWith(pattern.name())
                    : a[3].equals(pattern.name())));
            if (!used) {
                unused.add(rule.entry().principal() + " " + rule.entry().operation() + " " + pattern.resourceType()
                        + " " + pattern.patternType() + " " + pattern.name());
            }
        }
        return unused;
    }

    private static String post(IngestService ingest, String url, String story) throws Exception {
        HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + ingest.httpPort() + "/v1/pages"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + Files.readString(secrets.resolve("ingest_api_token")))
                .POST(HttpRequest.BodyPublishers.ofString(RawPages.harbourStory(url, story))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, posted.statusCode(), posted.body());
        return Json.mapper().readTree(posted.body()).path("id").asText();
    }

    @Test
    void aUserDoingWhatAnotherUserMayIsRefused() {
        Map<String, Object> index = clientProperties("newsflow-index");
        Map<String, Object> ingest = clientProperties("newsflow-ingest");
        Map<String, Object> enrich = clientProperties("newsflow-enrich");
        Map<String, Object> dlq = clientProperties("newsflow-dlq");
        Map<String, Object> scraper = clientProperties("newsflow-scraper");
        refused("index writes pages.clean", () -> produce(index, Topics.PAGES_CLEAN));
        refused("scraper writes articles", () -> produce(scraper, Topics.ARTICLES));
        refused("the status page's user writes articles",
                () -> produce(clientProperties("newsflow-status"), Topics.ARTICLES));
        refused("ingest reads articles", () -> consume(ingest, Topics.ARTICLES, "newsflow-ingest"));
        refused("index reads pages.clean", () -> consume(index, Topics.PAGES_CLEAN, "newsflow-index"));
        refused("index joins enrich's group", () -> consume(index, Topics.ARTICLES, "newsflow-enrich"));
        refused("dlq reads articles", () -> consume(dlq, Topics.ARTICLES, "newsflow-dlq-replay-x"));
        refused("enrich uses ingest's transactional id", () -> {
            Map<String, Object> props = new HashMap<>(enrich);
            props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "newsflow-ingest-tx");
            try (KafkaProducer<String, String> producer = producer(props)) {
                producer.initTransactions();
            }
        });
        refused("ingest creates a topic", () -> {
            try (Admin admin = Admin.create(ingest)) {
                admin.createTopics(List.of(new NewTopic("acl-forbidden", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
        });
        refused("enrich changes the retention of articles", () -> {
            try (Admin admin = Admin.create(enrich)) {
                admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, Topics.ARTICLES),
                        List.of(new AlterConfigOp(new ConfigEntry("retention.ms", "1"), AlterConfigOp.OpType.SET))))
                        .all().get(30, TimeUnit.SECONDS);
            }
        });
    }

    /**
     * Asserts that the broker refused {@code action} for want of a right. The refusal may come wrapped: in an
     * {@code ExecutionException}, or in the {@code KafkaException} of an idempotent producer whose producer id the
     * broker refused first, which puts it in an error state with that refusal as the cause (which of the two a send
     * meets depends on timing).
     */
    private static void refused(String what, Executable action) {
        Throwable thrown = assertThrows(Throwable.class, action, what + " was allowed");
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthorizationException) {
                return;
            }
        }
        fail(what + ": not refused for want of a right: " + thrown);
    }

    /** What topic-init does: every kafka-topics.sh and kafka-configs.sh call of create-topics.sh, as its user. */
    private static void createTopicsAsTopicInit() throws Exception {
        List<List<String>> calls = TopicScript.calls(dir.resolve("topic-script"), Map.of());
        try (Admin admin = Admin.create(clientProperties("newsflow-topic-init"))) {
            for (List<String> call : calls) {
                if (call.contains("--create")) {
                    NewTopic topic = new NewTopic(TopicScript.value(call, "--topic"),
                            Optional.of(Integer.parseInt(TopicScript.value(call, "--partitions"))),
                            Optional.of(Short.parseShort(TopicScript.value(call, "--replication-factor"))))
                            .configs(TopicScript.configs(call));
                    try {
                        admin.createTopics(List.of(topic)).all().get(60, TimeUnit.SECONDS);
                    } catch (ExecutionException e) {
                        if (!(e.getCause() instanceof TopicExistsException)) {
                            throw e;
                        }
                    }
                } else if (call.contains("--alter")) {
                    String setting = TopicScript.value(call, "--add-config");
                    admin.incrementalAlterConfigs(Map.of(
                            new ConfigResource(ConfigResource.Type.TOPIC, TopicScript.value(call, "--entity-name")),
                            List.of(new AlterConfigOp(new ConfigEntry(setting.substring(0, setting.indexOf('=')),
                                    setting.substring(setting.indexOf('=') + 1)), AlterConfigOp.OpType.SET))))
                            .all().get(60, TimeUnit.SECONDS);
                } else if (call.contains("--list")) {
                    // the broker's metadata follows the controller's shortly after createTopics returned
                    await().atMost(Duration.ofSeconds(30)).until(() ->
                            admin.listTopics().names().get(30, TimeUnit.SECONDS).containsAll(Topics.ALL));
                }
            }
        }
    }

    /**
     * The environment Compose gives {@code service}, pointed at this test's broker, CA, secret files and free ports.
     */
    private static Map<String, String> serviceEnv(String service) {
        Map<String, String> env = new HashMap<>();
        ComposeFiles.environment(services.path(service)).forEach((name, value) -> env.put(name, local(value)));
        env.put("KAFKA_BOOTSTRAP_SERVERS", ScramListener.bootstrapServers(kafka));
        env.put("KAFKA_SSL_TRUSTSTORE_LOCATION", caPem.toString());
        env.replaceAll((name, value) -> name.endsWith("_HTTP_HOST") ? "127.0.0.1"
                : name.endsWith("_HTTP_PORT") ? "0" : value);
        env.computeIfPresent("ENRICH_STATE_DIR", (name, value) -> dir.resolve("enrich-state").toString());
        return env;
    }

    /** Kafka client properties for {@code user}, as the services' configuration builds them from Compose's. */
    private static Map<String, Object> clientProperties(String user) {
        Map<String, String> env = serviceEnv("dlq");
        env.computeIfPresent("KAFKA_SASL_JAAS_CONFIG", (name, jaas) -> jaas
                .replace("username=\"newsflow-dlq\"", "username=\"" + user + "\"")
                .replace(secretName("newsflow-dlq"), secretName(user)));
        Map<String, Object> props = new HashMap<>();
        new Env(env).kafkaClientProperties().forEach((k, v) -> props.put((String) k, v));
        return props;
    }

    /** A Compose value as it reaches the container ({@code $$} is a {@code $}), with this test's secret files. */
    private static String local(String value) {
        return value.replace("$$", "$").replace("/run/secrets", secrets.toString());
    }

    private static String secretName(String user) {
        return "kafka_" + user.substring("newsflow-".length()).replace('-', '_') + "_password";
    }

    private static void produce(Map<String, Object> props, String topic) throws Exception {
        try (KafkaProducer<String, String> producer = producer(props)) {
            producer.send(new ProducerRecord<>(topic, "k", "v")).get(30, TimeUnit.SECONDS);
        }
    }

    private static void consume(Map<String, Object> props, String topic, String group) {
        Map<String, Object> consumerProps = new HashMap<>(props);
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < end) {
                consumer.poll(Duration.ofMillis(500));
            }
        }
    }

    private static KafkaProducer<String, String> producer(Map<String, Object> props) {
        Map<String, Object> producerProps = new HashMap<>(props);
        producerProps.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        producerProps.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        producerProps.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 20_000);
        return new KafkaProducer<>(producerProps, new StringSerializer(), new StringSerializer());
    }

    /** A dead letter as a stage writes it, written by the super user. */
    private static void deadLetter(String dlq, String key, String value, String source) throws Exception {
        try (KafkaProducer<String, String> producer = producer(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            ProducerRecord<String, String> record = new ProducerRecord<>(dlq, key, value);
            record.headers().add(new RecordHeader(DeadLetter.ERROR_STAGE, DeadLetter.ENRICH.getBytes(StandardCharsets.UTF_8)));
            record.headers().add(new RecordHeader(DeadLetter.ERROR_CLASS, "java.lang.IllegalStateException"
                    .getBytes(StandardCharsets.UTF_8)));
            record.headers().add(new RecordHeader(DeadLetter.ERROR_MESSAGE, "test".getBytes(StandardCharsets.UTF_8)));
            record.headers().add(new RecordHeader(DeadLetter.SOURCE_TOPIC, source.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get(30, TimeUnit.SECONDS);
        }
    }

    /** Another story, far from {@link RawPages#harbourStory}'s, so that neither is taken for a copy of the other. */
    private static String otherPageJson(String url) {
        String html = """
                <html lang="en"><head><title>Library extends opening hours for exam season</title></head><body>
                <article><h1>Library extends opening hours for exam season</h1>
                <p>The central library will stay open until midnight on weekdays from next month, the council said,
                after students asked for more quiet space to revise before the summer examinations.</p>
                <p>Extra staff have been hired for the late shifts, and the reading rooms on the second floor will be
                reserved for students holding a valid card from one of the city's colleges.</p>
                <p>Librarians said the trial would run for eight weeks and be reviewed in the autumn.</p>
                </article></body></html>
                """;
        return Json.mapper().createObjectNode().put("url", url).put("html", html).toString();
    }


}
