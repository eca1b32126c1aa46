package io.newsflow.deploy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.events.Topics;
import io.newsflow.service.config.PageSizeContract;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Compose stack's security as the files state it, checked without Docker: secrets only in files, loopback
 * publishing, no plain Kafka listener for clients, the broker and topic settings of the default and the ha stack
 * (by running the stack's own scripts with what Compose gives them), every Kafka user with its rules, and the
 * OpenSearch users made from the secret files. What runs on a real broker is in {@link KafkaAclsIT}.
 */
class ComposeSecurityTest {

    private static final Pattern SECRET_NAME = Pattern.compile("(?i)(.*_)?(PASSWORD|TOKEN|SECRET|JAAS_CONFIG)(_FILE)?");
    private static final Pattern JAAS = Pattern.compile(
            "org\\.apache\\.kafka\\.common\\.security\\.scram\\.ScramLoginModule required username=\"([a-z-]+)\""
                    + " password=\"\\$\\$\\{secrets:/run/secrets:([a-z_]+)}\";");

    @TempDir
    Path tmp;

    private static JsonNode compose() throws IOException {
        return ComposeFiles.yaml(ComposeFiles.COMPOSE);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    @Test
    void everySecretIsAFileAndNoEnvironmentHoldsOne() throws IOException {
        JsonNode compose = compose();
        compose.path("secrets").fields().forEachRemaining(secret -> {
            assertTrue(secret.getValue().has("file"), secret.getKey() + " must come from a file");
            assertEquals("${NEWSFLOW_SECRETS_DIR:-./secrets}/" + secret.getKey(), secret.getValue().path("file").asText());
        });
        Set<String> declared = new HashSet<>();
        compose.path("secrets").fieldNames().forEachRemaining(declared::add);
        compose.path("services").fields().forEachRemaining(service -> {
            List<String> mounted = texts(service.getValue().path("secrets"));
            assertTrue(declared.containsAll(mounted), service.getKey() + " mounts an undeclared secret: " + mounted);
            ComposeFiles.environment(service.getValue()).forEach((name, value) -> {
                String where = service.getKey() + " " + name;
                if (name.endsWith("KAFKA_SASL_JAAS_CONFIG")) { // the service's, or one client's (STATUS_KAFKA_...)
                    Matcher jaas = JAAS.matcher(value);
                    assertTrue(jaas.matches(), where + " must read its password from a secret file: " + value);
                    assertTrue(mounted.contains(jaas.group(2)), where + " reads secret " + jaas.group(2)
                            + " that is not mounted");
                } else if (SECRET_NAME.matcher(name).matches()) {
                    assertTrue(name.endsWith("_FILE") && value.startsWith("/run/secrets/")
                                    && mounted.contains(value.substring("/run/secrets/".length())),
                            where + " must name a mounted secret file, not hold a secret: " + value);
                }
                assertFalse(value.contains("PASSWORD}") || value.contains("TOKEN}")
                                || (value.contains("password=") && !name.endsWith("KAFKA_SASL_JAAS_CONFIG")),
                        where + " holds or takes a secret from the environment of compose: " + value);
            });
        });
        String text = Files.readString(ComposeFiles.COMPOSE);
        assertFalse(text.contains("OPENSEARCH_INITIAL_ADMIN_PASSWORD"), "no password may depend on the demo installer");
        for (String line : Files.readAllLines(ComposeFiles.DEPLOY.resolve(".env.example"))) {
            assertFalse(!line.startsWith("#") && line.contains("=") && SECRET_NAME.matcher(line.split("=")[0]).matches(),
                    ".env.example holds a secret: " + line);
        }
    }

    @Test
    void makeSecretsWritesEverySecretTheStackDeclares() throws Exception {
        Process process = new ProcessBuilder("sh", ComposeFiles.DEPLOY.resolve("make-secrets.sh").toString(),
                tmp.resolve("secrets").toString()).redirectErrorStream(true).start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0,
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        compose().path("secrets").fieldNames().forEachRemaining(name -> {
            Path file = tmp.resolve("secrets").resolve(name);
            try {
                String secret = Files.readString(file);
                assertTrue(secret.matches("[A-Za-z0-9]{32}"), name + ": 32 letters and digits, no newline");
            } catch (IOException e) {
                throw new AssertionError(name + " was not written", e);
            }
        });
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("secrets"))));
    }

    /** Where Compose looks for the secrets, {@code NEWSFLOW_SECRETS_DIR}, is where the script writes them. */
    @Test
    void makeSecretsWritesWhereNewsflowSecretsDirSaysAsComposeReadsThem() throws Exception {
        String output = assertMakeSecretsWrites(ComposeFiles.DEPLOY.resolve("make-secrets.sh"),
                tmp.resolve("elsewhere").toString(), tmp.resolve("elsewhere"));
        assertTrue(output.contains(tmp.resolve("elsewhere").toString()), output);
    }

    /**
     * {@code .env.example} has the operator set {@code NEWSFLOW_SECRETS_DIR} in {@code deploy/.env}, where Compose
     * reads it (a relative directory from {@code deploy/}): the script reads it there too.
     */
    @Test
    void makeSecretsWritesWhereDeployEnvSaysAsComposeReadsIt() throws Exception {
        Path deploy = Files.createDirectories(tmp.resolve("copy/deploy"));
        Files.copy(ComposeFiles.DEPLOY.resolve("make-secrets.sh"), deploy.resolve("make-secrets.sh"));
        Files.writeString(deploy.resolve(".env"), "PUBLISH_ADDRESS=127.0.0.1\nNEWSFLOW_SECRETS_DIR=\"kept/here\"\n");
        assertMakeSecretsWrites(deploy.resolve("make-secrets.sh"), null, deploy.resolve("kept/here"));
    }

    /**
     * Runs {@code script} without arguments, {@code NEWSFLOW_SECRETS_DIR} set to {@code secretsDir} (null: unset),
     * and asserts that it succeeded and wrote every secret the stack declares into {@code expected}; its output.
     */
    private static String assertMakeSecretsWrites(Path script, String secretsDir, Path expected) throws Exception {
        ProcessBuilder make = new ProcessBuilder("sh", script.toString()).redirectErrorStream(true);
        make.environment().remove("NEWSFLOW_SECRETS_DIR");
        if (secretsDir != null) {
            make.environment().put("NEWSFLOW_SECRETS_DIR", secretsDir);
        }
        Process process = make.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0, output);
        compose().path("secrets").fieldNames().forEachRemaining(name -> assertTrue(
                Files.isRegularFile(expected.resolve(name)), name + " was not written: " + output));
        return output;
    }

    @Test
    void everyPublishedPortBindsThePublishAddressLoopbackByDefault() throws IOException {
        compose().path("services").fields().forEachRemaining(service -> {
            for (String port : texts(service.getValue().path("ports"))) {
                assertTrue(port.startsWith("${PUBLISH_ADDRESS:-127.0.0.1}:"), service.getKey() + " publishes " + port);
            }
        });
        for (String internal : List.of("kafka", "kafka-2", "kafka-3", "opensearch", "index", "enrich")) {
            assertTrue(compose().path("services").path(internal).path("ports").isMissingNode(), internal + " is published");
        }
    }

    @Test
    void theBrokerHasNoPlainListenerAndOnlyItselfAsSuperUser() throws Exception {
        Properties broker = brokerConfig("kafka", Map.of());
        assertEquals("CLIENT:SASL_SSL,INTERNAL:SSL,CONTROLLER:SSL", broker.getProperty("listener.security.protocol.map"));
        assertFalse(broker.getProperty("listeners").contains("PLAINTEXT"));
        assertEquals("SCRAM-SHA-512", broker.getProperty("sasl.enabled.mechanisms"));
        assertEquals("required", broker.getProperty("listener.name.internal.ssl.client.auth"));
        assertEquals("required", broker.getProperty("listener.name.controller.ssl.client.auth"));
        assertEquals("org.apache.kafka.metadata.authorizer.StandardAuthorizer", broker.getProperty("authorizer.class.name"));
        assertEquals("User:kafka", broker.getProperty("super.users"));
        assertEquals("false", broker.getProperty("allow.everyone.if.no.acl.found"));
        // the one certificate's subject maps to User:kafka, and nothing else does: clients present none
        assertTrue(broker.getProperty("ssl.principal.mapping.rules").startsWith("RULE:^CN=([a-z0-9-]+),OU=newsflow,O=newsflow$/$1/"));
    }

    @Test
    void oneBrokerByDefaultThreeWithReplicationThreeAndTwoInSyncInTheHaProfile() throws Exception {
        Properties single = brokerConfig("kafka", Map.of());
        assertEquals("1@kafka:9093", single.getProperty("controller.quorum.voters"));
        for (String key : List.of("default.replication.factor", "offsets.topic.replication.factor",
                "transaction.state.log.replication.factor", "min.insync.replicas", "transaction.state.log.min.isr")) {
            assertEquals("1", single.getProperty(key), key);
        }

        Map<String, String> ha = haEnv();
        assertEquals("ha", ha.get("COMPOSE_PROFILES"));
        JsonNode services = compose().path("services");
        for (String name : List.of("kafka-2", "kafka-3")) {
            assertEquals(List.of("ha"), texts(services.path(name).path("profiles")), name);
        }
        Set<String> ids = new TreeSet<>();
        for (String name : List.of("kafka", "kafka-2", "kafka-3")) {
            Properties broker = brokerConfig(name, ha);
            ids.add(broker.getProperty("node.id"));
            assertEquals("1@kafka:9093,2@kafka-2:9093,3@kafka-3:9093", broker.getProperty("controller.quorum.voters"));
            assertEquals("CLIENT://" + name + ":9092,INTERNAL://" + name + ":9091", broker.getProperty("advertised.listeners"));
            for (String key : List.of("default.replication.factor", "offsets.topic.replication.factor",
                    "transaction.state.log.replication.factor", "share.coordinator.state.topic.replication.factor")) {
                assertEquals("3", broker.getProperty(key), name + " " + key);
            }
            for (String key : List.of("min.insync.replicas", "transaction.state.log.min.isr",
                    "share.coordinator.state.topic.min.isr")) {
                assertEquals("2", broker.getProperty(key), name + " " + key);
            }
        }
        assertEquals(Set.of("1", "2", "3"), ids);
        assertEquals(ha.get("NEWSFLOW_KAFKA_BOOTSTRAP"), "kafka:9092,kafka-2:9092,kafka-3:9092");

        for (List<String> call : TopicScript.calls(tmp.resolve("ha"), ha)) {
            if (call.contains("--create")) {
                assertEquals("3", TopicScript.value(call, "--replication-factor"), call.toString());
                assertEquals("2", TopicScript.configs(call).get("min.insync.replicas"), call.toString());
            }
        }
        assertEquals("false", services.path("kafka-init").path("depends_on").path("kafka-2").path("required").asText());
        assertEquals("false", services.path("kafka-init").path("depends_on").path("kafka-3").path("required").asText());
    }

    @Test
    void topicInitGivesEveryTopicTheMessageSizeOfThePageSizeContract() throws Exception {
        for (int page : List.of(PageSizeContract.DEFAULT_MAX_PAGE_BYTES, PageSizeContract.MIN_PAGE_BYTES,
                PageSizeContract.MAX_PAGE_BYTES)) {
            String expected = Integer.toString(new PageSizeContract(page).maxMessageBytes());
            Set<String> created = new TreeSet<>();
            Set<String> raised = new TreeSet<>();
            for (List<String> call : TopicScript.calls(tmp.resolve("p" + page),
                    Map.of("INGEST_MAX_PAGE_BYTES", Integer.toString(page)))) {
                if (call.contains("--create")) {
                    created.add(TopicScript.value(call, "--topic"));
                    assertEquals(expected, TopicScript.configs(call).get("max.message.bytes"), call.toString());
                    assertEquals("1", TopicScript.value(call, "--replication-factor"));
                } else if (call.contains("--alter")) {
                    raised.add(TopicScript.value(call, "--entity-name"));
                    assertEquals("max.message.bytes=" + expected, TopicScript.value(call, "--add-config"));
                }
            }
            assertEquals(new TreeSet<>(Topics.ALL), created);
            assertEquals(new TreeSet<>(Topics.ALL), raised);
        }
    }

    @Test
    void everyKafkaUserIsFormattedWithASecretAndHasRulesAndEveryServiceLogsInAsItsOwn() throws IOException {
        JsonNode services = compose().path("services");
        KafkaAcls acls = KafkaAcls.read();
        Set<String> formatted = new TreeSet<>(List.of(
                ComposeFiles.environment(services.path("kafka")).get("SCRAM_USERS").trim().split("\\s+")));
        assertEquals(acls.users(), formatted, "the broker's SCRAM users and the principals of acls.txt");
        List<String> brokerSecrets = texts(services.path("kafka").path("secrets"));
        for (String user : formatted) {
            assertTrue(brokerSecrets.contains(secretOf(user)), user + " has no secret file on the broker");
            assertFalse(acls.of(user).isEmpty(), user);
        }
        assertEquals(brokerSecrets, texts(services.path("kafka-acls").path("secrets")));
        Map<String, String> users = new HashMap<>();
        for (String service : List.of("ingest", "enrich", "index", "dlq")) {
            Matcher jaas = JAAS.matcher(ComposeFiles.environment(services.path(service)).get("KAFKA_SASL_JAAS_CONFIG"));
            assertTrue(jaas.matches(), service);
            assertEquals("newsflow-" + service, jaas.group(1), service + " logs in as another service");
            assertEquals(secretOf(jaas.group(1)), jaas.group(2));
            users.put(service, jaas.group(1));
        }
        assertEquals(4, new HashSet<>(users.values()).size());
        assertTrue(Files.readString(ComposeFiles.DEPLOY.resolve("compose/kafka/create-topics.sh"))
                .contains("username=\"newsflow-topic-init\" password=\"$(cat /run/secrets/" + secretOf("newsflow-topic-init")));
        assertEquals("newsflow-enrich", ComposeFiles.environment(services.path("enrich")).get("ENRICH_APPLICATION_ID"),
                "acls.txt names enrich's group, transactional ids and internal topics after its application id");
    }

    @Test
    void oneOpenSearchNodeHoldsNoReplicas() throws IOException {
        JsonNode services = compose().path("services");
        assertEquals("single-node", ComposeFiles.environment(services.path("opensearch")).get("discovery.type"));
        assertEquals("0", ComposeFiles.environment(services.path("index")).get("INDEX_REPLICAS"));
    }

    @Test
    void theSecurityConfigurationHoldsEveryUserWithTheHashOfItsOwnSecret() throws Exception {
        Path home = tmp.resolve("opensearch");
        Path tools = Files.createDirectories(home.resolve("plugins/opensearch-security/tools"));
        // hash.sh's output as the plugin prints it: a banner, then the hash; here a stand-in that shows its input
        Files.writeString(tools.resolve("hash.sh"), "#!/usr/bin/env bash\necho '** banner **'\n"
                + "[[ \"$1\" == -env ]] && printf '$2y$12$%s\\n' \"${!2}\"\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(tools.resolve("hash.sh"), PosixFilePermissions.fromString("rwx------"));
        Path secrets = Files.createDirectories(tmp.resolve("secrets"));
        JsonNode job = compose().path("services").path("opensearch-security");
        for (String secret : texts(job.path("secrets"))) {
            Files.writeString(secrets.resolve(secret), "pw-of-" + secret, StandardCharsets.UTF_8);
        }
        Path out = Files.createDirectories(tmp.resolve("out"));
        ProcessBuilder builder = new ProcessBuilder("bash",
                ComposeFiles.DEPLOY.resolve("compose/opensearch/security-config.sh").toString(), out.toString())
                .redirectErrorStream(true);
        builder.environment().put("OPENSEARCH_HOME", home.toString());
        builder.environment().put("SECRETS_DIR", secrets.toString());
        Process process = builder.start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0, log);

        JsonNode users = ComposeFiles.yaml(out.resolve("internal_users.yml"));
        Map<String, String> secretOf = Map.of("admin", "opensearch_admin_password",
                "kibanaserver", "opensearch_kibanaserver_password", "newsflow_indexer", "opensearch_indexer_password",
                "newsflow_reader", "opensearch_reader_password");
        Set<String> names = new TreeSet<>();
        users.fieldNames().forEachRemaining(names::add);
        names.remove("_meta");
        assertEquals(new TreeSet<>(secretOf.keySet()), names);
        secretOf.forEach((user, secret) -> assertEquals("$2y$12$pw-of-" + secret, users.path(user).path("hash").asText(), user));

        JsonNode mapping = ComposeFiles.yaml(out.resolve("roles_mapping.yml"));
        assertEquals(List.of("admin"), texts(mapping.path("all_access").path("users")));
        assertEquals(List.of("kibanaserver"), texts(mapping.path("kibana_server").path("users")));
        assertEquals(List.of("newsflow_indexer"), texts(mapping.path("newsflow_writer").path("users")));
        assertEquals(List.of("newsflow_reader"), texts(mapping.path("newsflow_reader").path("users")));
        JsonNode roles = ComposeFiles.yaml(out.resolve("roles.yml"));
        for (String role : List.of("newsflow_writer", "newsflow_reader")) {
            assertEquals(List.of("articles", "articles-*"),
                    texts(roles.path(role).path("index_permissions").path(0).path("index_patterns")), role);
        }

        JsonNode services = compose().path("services");
        assertEquals("newsflow_indexer", ComposeFiles.environment(services.path("index")).get("OPENSEARCH_USERNAME"));
        assertEquals("kibanaserver", ComposeFiles.environment(services.path("opensearch-dashboards")).get("OPENSEARCH_USERNAME"));
        assertEquals(List.of("opensearch_kibanaserver_password"), texts(services.path("opensearch-dashboards").path("secrets")));
        assertTrue(Files.readString(ComposeFiles.DEPLOY.resolve("compose/dashboards/start.sh"))
                .contains("$(cat /run/secrets/opensearch_kibanaserver_password)"));
        assertEquals("true", ComposeFiles.environment(services.path("opensearch")).get("DISABLE_INSTALL_DEMO_CONFIG"));
    }

    @Test
    void theAclJobAppliesExactlyTheRulesOfTheFileAndSetsEveryUsersPassword() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path log = tmp.resolve("calls.txt");
        recordingTool(bin.resolve("kafka-acls.sh"), log);
        recordingTool(bin.resolve("kafka-configs.sh"), log);
        JsonNode job = compose().path("services").path("kafka-acls");
        Map<String, String> passwords = writeSecrets(texts(job.path("secrets")), "");
        Map<String, String> env = new HashMap<>(ComposeFiles.environment(job));
        env.put("KAFKA_BIN", bin.toString());
        env.put("ACLS_FILE", KafkaAcls.FILE.toString());
        env.put("SECRETS_DIR", tmp.resolve("secrets").toString());
        run("compose/kafka/apply-acls.sh", env, "kafka:9091");

        Set<AclBinding> applied = new HashSet<>();
        Map<String, String> scram = new HashMap<>();
        for (List<String> call : calls(log)) {
            if (call.contains("--add")) {
                String pattern = TopicScript.value(call, "--resource-pattern-type");
                String[] resource = call.contains("--topic") ? new String[] {"TOPIC", TopicScript.value(call, "--topic")}
                        : call.contains("--group") ? new String[] {"GROUP", TopicScript.value(call, "--group")}
                        : new String[] {"TRANSACTIONAL_ID", TopicScript.value(call, "--transactional-id")};
                for (String operation : TopicScript.values(call, "--operation")) {
                    applied.add(new AclBinding(new ResourcePattern(ResourceType.valueOf(resource[0]), resource[1],
                            PatternType.valueOf(pattern.toUpperCase(Locale.ROOT))), new AccessControlEntry(
                            TopicScript.value(call, "--allow-principal"), "*",
                            AclOperation.fromString(operation.replaceAll("([a-z])([A-Z])", "$1_$2")),
                            AclPermissionType.ALLOW)));
                }
            } else if (call.contains("--entity-type")) {
                assertEquals("users", TopicScript.value(call, "--entity-type"));
                scram.put(TopicScript.value(call, "--entity-name"), TopicScript.value(call, "--add-config"));
            }
        }
        assertEquals(new HashSet<>(KafkaAcls.read().bindings()), applied);
        Map<String, String> expected = new HashMap<>();
        KafkaAcls.read().users().forEach(user -> expected.put(user,
                "SCRAM-SHA-512=[password=" + passwords.get(secretOf(user)) + "]"));
        assertEquals(expected, scram);
    }

    @Test
    void theBrokerFormatsItsStorageWithEveryUserFromItsSecretFileAndRefusesAPasswordWithANewline() throws Exception {
        Path home = tmp.resolve("kafka");
        Path log = tmp.resolve("calls.txt");
        Files.createDirectories(home.resolve("config"));
        recordingTool(Files.createDirectories(home.resolve("bin")).resolve("kafka-storage.sh"), log);
        recordingTool(home.resolve("bin/kafka-server-start.sh"), log);
        JsonNode broker = compose().path("services").path("kafka");
        Map<String, String> passwords = writeSecrets(texts(broker.path("secrets")), "");
        Map<String, String> env = new HashMap<>(ComposeFiles.environment(broker));
        env.put("KAFKA_HOME", home.toString());
        env.put("SECRETS_DIR", tmp.resolve("secrets").toString());
        run("compose/kafka/start-broker.sh", env);

        List<List<String>> calls = calls(log);
        assertEquals(2, calls.size(), calls.toString());
        List<String> format = calls.get(0);
        assertEquals(List.of("format", "--ignore-formatted"), format.subList(0, 2));
        assertEquals(ComposeFiles.environment(broker).get("CLUSTER_ID"), TopicScript.value(format, "--cluster-id"));
        Set<String> users = new TreeSet<>();
        for (String user : KafkaAcls.read().users()) {
            users.add("SCRAM-SHA-512=[name=" + user + ",password=" + passwords.get(secretOf(user)) + "]");
        }
        assertEquals(users, new TreeSet<>(TopicScript.values(format, "--add-scram")));
        String properties = home.resolve("config/newsflow-server.properties").toString();
        assertEquals(properties, TopicScript.value(format, "--config"));
        assertEquals(List.of(properties), calls.get(1));

        writeSecrets(List.of("kafka_ingest_password"), "\n");
        Process refused = process("compose/kafka/start-broker.sh", env);
        String out = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(refused.waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, refused.exitValue(), out);
        assertTrue(out.contains("kafka_ingest_password must hold 16+ characters") && out.contains("no newline"), out);
    }

    /** Writes a random password (letters and digits, then {@code end}) into each secret file; returns them. */
    private Map<String, String> writeSecrets(List<String> names, String end) throws IOException {
        Path secrets = Files.createDirectories(tmp.resolve("secrets"));
        Map<String, String> passwords = new HashMap<>();
        for (String name : names) {
            String password = "pw" + java.util.UUID.randomUUID().toString().replace("-", "");
            Files.writeString(secrets.resolve(name), password + end, StandardCharsets.UTF_8);
            passwords.put(name, password);
        }
        return passwords;
    }

    private static void recordingTool(Path tool, Path log) throws IOException {
        Files.writeString(tool, "#!/usr/bin/env bash\nprintf '%s\\n' \"$@\" '--end-of-call--' >> '" + log + "'\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwx------"));
    }

    private static List<List<String>> calls(Path log) throws IOException {
        List<List<String>> calls = new ArrayList<>();
        List<String> call = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            if (line.equals("--end-of-call--")) {
                calls.add(List.copyOf(call));
                call.clear();
            } else {
                call.add(line);
            }
        }
        return calls;
    }

    private static void run(String script, Map<String, String> env, String... args) throws Exception {
        Process process = process(script, env, args);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0, script + ": " + out);
    }

    private static Process process(String script, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", ComposeFiles.DEPLOY.resolve(script).toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("NEWSFLOW_") || name.startsWith("KAFKA_"));
        builder.environment().putAll(env);
        return builder.start();
    }

    /** The properties start-broker.sh writes for broker {@code service}, from what Compose gives it, and {@code env}. */
    private Properties brokerConfig(String service, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash",
                ComposeFiles.DEPLOY.resolve("compose/kafka/start-broker.sh").toString(), "--print-config");
        builder.environment().keySet().removeIf(name -> name.startsWith("NEWSFLOW_"));
        ComposeFiles.environment(compose().path("services").path(service)).forEach((name, value) ->
                builder.environment().put(name, value));
        env.forEach((name, value) -> builder.environment().put(name, value));
        Process process = builder.redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0, out);
        Properties properties = new Properties();
        properties.load(new StringReader(out));
        return properties;
    }

    private static Map<String, String> haEnv() throws IOException {
        Map<String, String> env = new HashMap<>();
        for (String line : Files.readAllLines(ComposeFiles.DEPLOY.resolve("ha.env"))) {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0) {
                env.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return env;
    }

    private static String secretOf(String user) {
        return "kafka_" + user.substring("newsflow-".length()).replace('-', '_') + "_password";
    }
}
