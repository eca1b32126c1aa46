package io.newsflow.deploy.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/** The deployment files, parsed, for the structural tests of this package. */
final class ComposeFiles {

    /** Maven runs the tests in the module directory. */
    static final Path DEPLOY = Path.of("").toAbsolutePath();
    static final Path ROOT = DEPLOY.getParent();
    static final Path COMPOSE = DEPLOY.resolve("docker-compose.yml");
    static final Path OVERRIDE_EXAMPLE = DEPLOY.resolve("docker-compose.override.example.yml");

    private static final Pattern DEFAULTED = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*:-([^}]*)}");

    private ComposeFiles() {
    }

    /** A YAML file as a tree; SnakeYAML resolves anchors and merge keys ({@code <<: *service}) as Compose does. */
    static JsonNode yaml(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            Object yaml = new Yaml().load(in);
            return new ObjectMapper().valueToTree(yaml);
        }
    }

    /**
     * A service's environment, in either Compose form (a map, or a list of {@code NAME=value}), with each
     * {@code ${NAME:-default}} as Compose gives it when {@code NAME} is not set: its default.
     */
    static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode node = service.path("environment");
        if (node.isArray()) {
            node.forEach(entry -> {
                String text = entry.asText();
                int eq = text.indexOf('=');
                env.put(eq < 0 ? text : text.substring(0, eq), eq < 0 ? "" : defaulted(text.substring(eq + 1)));
            });
        } else {
            node.fields().forEachRemaining(e -> env.put(e.getKey(),
                    e.getValue().isNull() ? "" : defaulted(e.getValue().asText())));
        }
        return env;
    }

    private static String defaulted(String value) {
        return DEFAULTED.matcher(value).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }
}
