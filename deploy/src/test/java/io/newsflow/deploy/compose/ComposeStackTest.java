package io.newsflow.deploy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.events.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Structural checks of {@code deploy/docker-compose.yml}, parsed as YAML: what can be verified on a machine with
 * no Docker engine. The stack itself runs in {@code ComposeStackIT} where Docker exists.
 */
class ComposeStackTest {

    private static final Path DEPLOY = ComposeFiles.DEPLOY;
    private static final Path ROOT = ComposeFiles.ROOT;
    private static final Set<String> ONE_SHOT = Set.of("certs-init", "kafka-acls", "kafka-init",
            "opensearch-security", "opensearch-security-apply", "dashboards-init", "dlq");
    private static final Set<String> NEWSFLOW_SERVICES = Set.of("ingest", "enrich", "index");
    private static final Pattern PINNED = Pattern.compile("^[\\w./-]+:(?!latest$)[\\w][\\w.-]*$");

    private static JsonNode compose() throws IOException {
        return ComposeFiles.yaml(ComposeFiles.COMPOSE);
    }

    private static Iterable<Map.Entry<String, JsonNode>> services(JsonNode compose) {
        List<Map.Entry<String, JsonNode>> all = new ArrayList<>();
        compose.path("services").fields().forEachRemaining(all::add);
        return all;
    }

    @Test
    void everyImageIsPinnedToAVersion() throws IOException {
        for (Map.Entry<String, JsonNode> service : services(compose())) {
            String image = service.getValue().path("image").asText("");
            String resolved = image.replaceAll("\\$\\{[A-Z_]+:-([^}]+)}", "$1");
            assertTrue(PINNED.matcher(resolved).matches(), service.getKey() + " image is not pinned: " + image);
        }
    }

    @Test
    void everyLongRunningServiceHasAHealthcheckAndARestartPolicy() throws IOException {
        for (Map.Entry<String, JsonNode> service : services(compose())) {
            JsonNode s = service.getValue();
            if (ONE_SHOT.contains(service.getKey())) {
                assertEquals("no", s.path("restart").asText(), service.getKey() + " is a one-shot job");
                continue;
            }
            assertTrue(s.has("healthcheck") && s.path("healthcheck").has("test"),
                    service.getKey() + " has no healthcheck");
            assertEquals("unless-stopped", s.path("restart").asText(), service.getKey() + " restart policy");
            assertTrue(s.has("mem_limit"), service.getKey() + " has no memory limit");
        }
    }

    @Test
    void everyServiceIsOnTheNewsflowNetwork() throws IOException {
        JsonNode compose = compose();
        assertTrue(compose.path("networks").has("newsflow"));
        for (Map.Entry<String, JsonNode> service : services(compose)) {
            List<String> networks = new ArrayList<>();
            service.getValue().path("networks").forEach(n -> networks.add(n.asText()));
            assertEquals(List.of("newsflow"), networks, service.getKey());
        }
    }

    @Test
    void dependenciesWaitForHealthOrCompletion() throws IOException {
        JsonNode compose = compose();
        for (Map.Entry<String, JsonNode> service : services(compose)) {
            Iterator<Map.Entry<String, JsonNode>> deps = service.getValue().path("depends_on").fields();
            while (deps.hasNext()) {
                Map.Entry<String, JsonNode> dep = deps.next();
                String condition = dep.getValue().path("condition").asText();
                String expected = ONE_SHOT.contains(dep.getKey()) ? "service_completed_successfully"
                        : "service_healthy";
                assertEquals(expected, condition, service.getKey() + " -> " + dep.getKey());
                assertTrue(compose.path("services").has(dep.getKey()), "unknown service " + dep.getKey());
            }
        }
    }

    @Test
    void theNewsflowServicesRunTheCommandOfTheirName() throws IOException {
        JsonNode services = compose().path("services");
        for (String name : NEWSFLOW_SERVICES) {
            assertEquals(name, services.path(name).path("command").path(0).asText(), name);
        }
    }

    @Test
    void kafkaImageMatchesTheKafkaVersionTheProjectBuildsAgainst() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        Matcher m = Pattern.compile("<kafka.version>([^<]+)</kafka.version>").matcher(pom);
        assertTrue(m.find());
        assertEquals("apache/kafka:" + m.group(1), compose().path("services").path("kafka").path("image").asText());
    }

    /**
     * The image's build stage runs Maven on the root {@code pom.xml}, which fails on any module it lists whose files
     * the stage did not copy ("Child module ... does not exist"): every module must be copied, sources and all.
     */
    @Test
    void theImageBuildCopiesEveryModuleTheBuildLists() throws IOException {
        String dockerfile = Files.readString(DEPLOY.resolve("Dockerfile"));
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        List<String> modules = new ArrayList<>();
        while (module.find()) {
            modules.add(module.group(1));
        }
        assertFalse(modules.isEmpty(), "the root pom.xml lists no module");
        for (String name : modules) {
            boolean whole = dockerfile.contains("\nCOPY " + name + "/ " + name + "/");
            boolean pomAndSources = dockerfile.contains("\nCOPY " + name + "/pom.xml ")
                    && dockerfile.contains("\nCOPY " + name + "/src/ ");
            assertTrue(whole || pomAndSources, "deploy/Dockerfile does not copy module " + name);
        }
    }

    @Test
    void openSearchImagesMatchTheVersionTheTestsUse() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        Matcher m = Pattern.compile("<opensearch.version>([^<]+)</opensearch.version>").matcher(pom);
        assertTrue(m.find());
        JsonNode services = compose().path("services");
        assertEquals("opensearchproject/opensearch:" + m.group(1), services.path("opensearch").path("image").asText());
        assertEquals("opensearchproject/opensearch-dashboards:" + m.group(1),
                services.path("opensearch-dashboards").path("image").asText());
    }

    @Test
    void topicInitCreatesEveryTopicTheCodeUses() throws IOException {
        String script = Files.readString(DEPLOY.resolve("compose/kafka/create-topics.sh"));
        Set<String> created = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^create\\s+(\\S+)\\s+(\\S+)").matcher(script);
        while (m.find()) {
            created.add(m.group(1));
            String partitions = m.group(2);
            boolean dlq = m.group(1).endsWith(".dlq");
            assertEquals(dlq ? String.valueOf(Topics.DLQ_PARTITIONS) : "\"$partitions\"", partitions, m.group(1));
        }
        assertEquals(new TreeSet<>(Topics.ALL), created);
        assertTrue(script.contains("partitions=\"${NEWSFLOW_PARTITIONS:-" + Topics.DEFAULT_PARTITIONS + "}\""),
                "default partitions differ from Topics.DEFAULT_PARTITIONS");
    }

    @Test
    void secretsAreMountedAsFilesNotPassedAsPlainEnvironment() throws IOException {
        for (Map.Entry<String, JsonNode> service : services(compose())) {
            Iterator<String> names = service.getValue().path("environment").fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (NEWSFLOW_SERVICES.contains(service.getKey())) {
                    assertFalse(name.endsWith("PASSWORD") || name.endsWith("TOKEN"),
                            service.getKey() + " gets secret " + name + " in its environment; use " + name + "_FILE");
                }
            }
        }
    }
}
