package io.newsflow.deploy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.enrich.app.EnrichConfig;
import io.newsflow.service.config.Env;
import io.newsflow.service.status.PipelineStatus;
import io.newsflow.index.app.IndexConfig;
import io.newsflow.ingest.IngestConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What Compose gives the ingest, enrich and index containers is what they read: every variable is one the
 * service's configuration class lists (or a {@code KAFKA_*} client setting, a {@code _FILE} form, or a variable of
 * the image itself), and the health probe and the Prometheus scrape use the port the service actually serves on,
 * as its own configuration class parses it from that environment.
 */
class ServiceEnvironmentTest {

    /** The JVM reads it itself: the image's heap flags. */
    private static final String JVM_OPTIONS = "JAVA_TOOL_OPTIONS";
    private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)");

    /** One newsflow service: what its configuration reads, and the port its configuration serves health on. */
    private record Service(String name, String prefix, Set<String> variables, ToIntFunction<Env> healthPort) {
    }

    private static final List<Service> SERVICES = List.of(
            new Service("ingest", "INGEST_", IngestConfig.VARIABLES, env -> IngestConfig.from(env).httpPort()),
            new Service("enrich", "ENRICH_", EnrichConfig.VARIABLES, env -> EnrichConfig.fromEnv(env).httpPort()),
            new Service("index", "INDEX_", IndexConfig.VARIABLES, env -> IndexConfig.fromEnv(env).httpPort()));

    @Test
    void everyVariableComposeGivesAServiceIsOneItReads() throws Exception {
        Set<String> image = imageVariables();
        for (Path file : List.of(ComposeFiles.COMPOSE, ComposeFiles.OVERRIDE_EXAMPLE)) {
            JsonNode services = ComposeFiles.yaml(file).path("services");
            for (Service service : SERVICES) {
                Set<String> unread = new TreeSet<>();
                for (String variable : ComposeFiles.environment(services.path(service.name())).keySet()) {
                    if (!reads(service, image, variable)) {
                        unread.add(variable);
                    }
                }
                assertTrue(unread.isEmpty(), file.getFileName() + " gives " + service.name()
                        + " variables it never reads: " + unread);
            }
        }
    }

    @Test
    void theImageReadsTheLogFormatComposeSets() throws Exception {
        assertTrue(imageVariables().contains("LOG_FORMAT"), "logback.xml no longer reads LOG_FORMAT");
        for (String format : List.of("text", "json")) {
            assertTrue(Files.exists(ComposeFiles.DEPLOY.resolve(
                    "src/main/resources/io/newsflow/deploy/logging/console-" + format + ".xml")), format);
        }
    }

    @Test
    void eachHealthcheckProbesTheReadinessPortTheServiceServes() throws IOException {
        JsonNode services = ComposeFiles.yaml(ComposeFiles.COMPOSE).path("services");
        for (Service service : SERVICES) {
            JsonNode test = services.path(service.name()).path("healthcheck").path("test");
            List<String> command = new ArrayList<>();
            test.forEach(part -> command.add(part.asText()));
            assertEquals(List.of("CMD", "/app/healthcheck.sh", Integer.toString(servedPort(service, services))),
                    command, service.name());
        }
        assertTrue(Files.isExecutable(ComposeFiles.DEPLOY.resolve("compose/newsflow/healthcheck.sh")));
    }

    @Test
    void prometheusScrapesEveryServiceOnTheMetricsPortItServes() throws IOException {
        JsonNode services = ComposeFiles.yaml(ComposeFiles.COMPOSE).path("services");
        JsonNode prometheus = ComposeFiles.yaml(ComposeFiles.DEPLOY.resolve("compose/prometheus/prometheus.yml"));
        Map<String, Integer> scraped = new HashMap<>();
        for (JsonNode job : prometheus.path("scrape_configs")) {
            assertEquals("/metrics", job.path("metrics_path").asText("/metrics"), job.path("job_name").asText());
            for (JsonNode sd : job.path("dns_sd_configs")) {
                sd.path("names").forEach(name -> scraped.put(name.asText(), sd.path("port").asInt()));
            }
        }
        for (Service service : SERVICES) {
            assertEquals(servedPort(service, services), scraped.get(service.name()), service.name());
        }
    }

    @Test
    void theHealthPortsAreExposedByTheImageAndDistinct() throws IOException {
        JsonNode services = ComposeFiles.yaml(ComposeFiles.COMPOSE).path("services");
        Set<Integer> ports = new HashSet<>();
        for (Service service : SERVICES) {
            assertTrue(ports.add(servedPort(service, services)), service.name() + " shares a port");
        }
        Matcher expose = Pattern.compile("(?m)^EXPOSE\\s+(.+)$").matcher(
                Files.readString(ComposeFiles.DEPLOY.resolve("Dockerfile")));
        assertTrue(expose.find(), "the Dockerfile exposes no port");
        Set<Integer> exposed = new HashSet<>();
        for (String port : expose.group(1).trim().split("\\s+")) {
            exposed.add(Integer.parseInt(port));
        }
        assertEquals(ports, exposed);
    }

    /** The port the service binds, parsed by its own configuration class from its own variables in Compose. */
    private static int servedPort(Service service, JsonNode services) {
        Map<String, String> own = new HashMap<>();
        ComposeFiles.environment(services.path(service.name())).forEach((name, value) -> {
            // secrets and file paths exist only in the container; the port does not depend on them
            if (name.startsWith(service.prefix()) && !name.endsWith(Env.FILE_SUFFIX)) {
                own.put(name, value);
            }
        });
        int port = service.healthPort().applyAsInt(new Env(own));
        assertFalse(port == 0, service.name() + " would serve health on a random port in a container");
        return port;
    }

    private static boolean reads(Service service, Set<String> image, String variable) {
        boolean statusPageClient = service.name().equals("ingest")
                && variable.startsWith(PipelineStatus.Settings.KAFKA_OVERRIDES + Env.KAFKA_PREFIX);
        if (variable.startsWith(Env.KAFKA_PREFIX) || statusPageClient || image.contains(variable)
                || service.variables().contains(variable)) {
            return true;
        }
        return variable.endsWith(Env.FILE_SUFFIX) && service.variables().contains(
                variable.substring(0, variable.length() - Env.FILE_SUFFIX.length()));
    }

    /** Variables the image reads outside the services' configuration: logback's substitutions, the JVM's options. */
    private static Set<String> imageVariables() throws Exception {
        Document logback = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(ComposeFiles.DEPLOY.resolve("src/main/resources/logback.xml").toFile());
        Set<String> variables = new TreeSet<>();
        collectSubstitutions(logback.getDocumentElement(), variables);
        variables.add(JVM_OPTIONS);
        return variables;
    }

    private static void collectSubstitutions(Node node, Set<String> into) {
        if (node instanceof Element element) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                addSubstitutions(attributes.item(i).getNodeValue(), into);
            }
        } else if (node.getNodeType() == Node.TEXT_NODE) {
            addSubstitutions(node.getNodeValue(), into);
        }
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            collectSubstitutions(children.item(i), into);
        }
    }

    private static void addSubstitutions(String text, Set<String> into) {
        Matcher m = SUBSTITUTION.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }
}
